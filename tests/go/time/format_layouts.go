// Time.Format layout elements as Go matches them: day of the year (__2, 002), fractional
// seconds of any width after '.' or ',', zones in UTC, "_2006", and "Jan"/"Mon" as text
// when a lower-case letter follows ("Month").
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, 1, 22, 3, 4, 5, 999999999, time.UTC)
	fmt.Println(t.Format("_2|__2|002|Jan _2|.999|,000000|.0|,9|.00000000000"))
	t = time.Date(2021, 12, 2, 15, 4, 5, 120000000, time.UTC)
	fmt.Println(t.Format("_2|__2|002|.9|.99|.999999|,000|.0001"))
	fmt.Println(t.Format("Z07|Z0700|Z07:00|Z070000|Z07:00:00|-07|-0700|-07:00|-070000|-07:00:00|MST"))
	fmt.Println(t.Format("_2006|Month|Monday|Mon.|Janet|January|Jan2|3PM 03pm|1/2/06 15:4:5"))
	t = time.Date(2021, 4, 9, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Format("__2|002|.999|,999|.000|3:04 PM"), t.Format(time.RFC3339Nano))
	for _, layout := range []string{time.Layout, time.ANSIC, time.RFC1123, time.RFC3339, time.RFC3339Nano, time.Stamp, time.DateTime, time.DateOnly, time.TimeOnly, time.Kitchen} {
		fmt.Println(t.Add(13*time.Hour + 5*time.Millisecond).Format(layout))
	}
}
