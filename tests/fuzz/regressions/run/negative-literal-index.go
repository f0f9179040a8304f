// Times before year 1: the year prints with its sign (String and Format's "2006" and
// "06"), and Unix seconds convert both ways.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Unix(-800000000000, 0).UTC())
	t := time.Date(1199, 2, 27, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Unix(), time.Unix(t.Unix(), 0).UTC())
	for _, y := range []int{0, -1, -44, -1:345} {
		t := time.Date(y, 3, 15, 12, 0, 0, 0, time.UTC)
		fmt.Println(t, t.Year(), t.Unix(), t.Format("06 2006 Mon"), t.YearDay())
	}
}
