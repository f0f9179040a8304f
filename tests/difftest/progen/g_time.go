// Feature group "time": time.Duration arithmetic and String (1.5s, 2h3m0.5s, negative,
// overflowing), Round and Truncate, ParseDuration, and fixed dates in UTC: Format with
// several layouts, Add, Sub, Truncate, Weekday, YearDay, Unix. Never the current time.
package progen

import "fmt"

var timeFeatures = []Feature{
	{"duration", timeDuration},
	{"date", timeDate},
}

func timeDuration(f *Func) {
	tm := f.P.Import("time")
	d := f.Fresh("d")
	f.Linef("%s := %s.Duration(%s)", d, tm, f.IntText(f.IntValue(Int64)))
	units := []string{"Nanosecond", "Microsecond", "Millisecond", "Second", "Minute", "Hour"}
	e := f.Fresh("d")
	f.Linef("%s := %d*%s.%s + %d*%s.%s", e, f.R.Range(-3, 99), tm, Pick(f.R, units), f.R.Range(0, 999), tm, Pick(f.R, units))
	f.Println(d, e, "-"+e, e+".Hours()", e+".Minutes()", e+".Seconds()", e+".Milliseconds()")
	r := Pick(f.R, units)
	f.Println(e+".Round("+tm+"."+r+")", e+".Truncate("+tm+"."+r+")", d+".Round("+tm+".Hour)", e+".Abs()", "2*"+e)
	f.Printf("%v %d %s %T %5.1f", e, e, "-"+d, e, e+".Seconds()")
	p, err := f.Fresh("p"), f.Fresh("err")
	f.Linef("%s, %s := %s.ParseDuration(%q)", p, err, tm, Pick(f.R, []string{"1h2m3.5s", "-1.5h", "300ms", "1us", "2µs", "1d", "", "3", "1.5e3s", "9999999999h", ".5s", "1h-2m"}))
	f.Println(p, err)
}

var timeLayouts = []string{
	"time.RFC3339", "time.RFC3339Nano", "time.Kitchen", "time.ANSIC", "time.RFC1123", "time.DateTime", "time.DateOnly",
	"time.Stamp", `"2006-01-02 15:04:05.000 Mon Jan"`, `"Monday, 2 January 06 3:04PM"`, `"_2 __2 002 .999 ,000000"`,
}

func timeDate(f *Func) {
	tm := f.P.Import("time")
	t := f.Fresh("t")
	f.Linef("%s := %s.Date(%d, %s.Month(%d), %d, %d, %d, %d, %d, %s.UTC)", t, tm, f.R.Range(1, 2400), tm, f.R.Range(1, 12), f.R.Range(1, 31), f.R.Range(0, 30), f.R.Range(0, 70), f.R.Range(0, 59), Pick(f.R, []int{0, 5, 120000000, 999999999, 1000000001}), tm)
	f.Println(t, t+".Weekday()", t+".YearDay()", t+".Month()", t+".Unix()", t+".Nanosecond()")
	for k := f.R.Range(1, 3); k > 0; k-- {
		layout := Pick(f.R, timeLayouts)
		if layout[0] == 't' {
			layout = tm + layout[len("time"):]
		}
		f.Println(t + ".Format(" + layout + ")")
	}
	u := f.Fresh("u")
	f.Linef("%s := %s.Add(%d * %s.Hour).Add(%d * %s.Second)", u, t, f.R.Range(-1000, 100000), tm, f.R.Range(-99, 99), tm)
	f.Println(u, u+".Sub("+t+")", u+".After("+t+")", u+".Equal("+t+")", t+".Truncate(24 * "+tm+".Hour)")
	y, m, d := f.Fresh("y"), f.Fresh("m"), f.Fresh("day")
	f.Linef("%s, %s, %s := %s.Date()", y, m, d, u)
	f.Println(y, m, d, fmt.Sprintf("%s.Unix(%d, 0).UTC()", tm, f.R.Range(-1<<40, 1<<40)))
}
