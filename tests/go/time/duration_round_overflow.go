// Duration.Round near the int64 limits: Go saturates to the largest (or smallest)
// Duration; goroscope's result wraps around.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"fmt"
	"time"
)

func main() {
	d := time.Duration(9223372036854775000)
	fmt.Println(d.Round(time.Hour), (-d).Round(time.Hour), d.Round(time.Second))
}
