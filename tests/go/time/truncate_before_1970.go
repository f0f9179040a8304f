// Time.Truncate rounds down to a multiple since the zero Time (year 1), so a day starts
// at midnight for dates before 1970, before 1678 (outside UnixNano) and before year 1.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{2020, 1970, 1969, 1809, 1192, 1, -500} {
		t := time.Date(y, 10, 26, 13, 47, 31, 123456789, time.UTC)
		fmt.Println(t.Truncate(24*time.Hour), t.Truncate(time.Hour), t.Truncate(time.Second))
		fmt.Println("  ", t.Truncate(7*time.Millisecond), t.Truncate(90*time.Minute), t.Truncate(0))
	}
}
