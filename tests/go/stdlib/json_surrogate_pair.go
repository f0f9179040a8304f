// json.Unmarshal of a \uXXXX surrogate pair: Go joins it into one rune; goroscope
// decodes each half as U+FFFD.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var s string
	err := json.Unmarshal([]byte(`"\ud83d\ude00 \u00e9 \ud800x"`), &s)
	fmt.Printf("%q %v\n", s, err)
}
