// time: AddDate and Date normalizing months, Time.Round, ISOWeek at year boundaries.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.January, 31, 10, 30, 45, 123456789, time.UTC)
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, 0, 0), t.AddDate(0, 0, -31), t.AddDate(0, -13, 0))
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC), time.Date(2023, 0, 1, 0, 0, 0, 0, time.UTC), time.Date(2023, -14, 35, 25, 61, 0, 0, time.UTC))
	fmt.Println(t.Round(time.Hour), t.Round(time.Second), t.Round(24*time.Hour), t.Round(time.Millisecond), t.Round(0))
	for _, d := range []time.Time{t, time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 29, 0, 0, 0, 0, time.UTC), time.Date(2015, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format("2006-01-02 Mon"), y, w, d.YearDay())
	}
}
