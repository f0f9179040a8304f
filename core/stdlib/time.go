// Package time on goroscope's virtual clock: it starts at 2009-11-10 23:00:00 UTC and
// advances only when every goroutine is blocked and a timer is due, so sleeping is instant.
package time

import "errors"

// Native hooks into the VM's clock and timers.
func now() int64
func Sleep(d Duration)
func startTimer(c chan Time, when int64, period int64) int64
func startFuncTimer(f func(), when int64) int64
func stopTimer(id int64) bool
func resetTimer(id int64, when int64, period int64) bool

type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

// fracString formats v / 10^digits, dropping trailing zeros of the fraction.
func fracString(v uint64, digits int) string {
	p := uint64(1)
	for i := 0; i < digits; i++ {
		p *= 10
	}
	ip, fp := v/p, v%p
	if fp == 0 {
		return utoa(ip)
	}
	fs := utoa(fp)
	for len(fs) < digits {
		fs = "0" + fs
	}
	for fs[len(fs)-1] == '0' {
		fs = fs[:len(fs)-1]
	}
	return utoa(ip) + "." + fs
}

// String formats the duration like 72h3m0.5s, 1.5ms or 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	switch {
	case u < uint64(Microsecond):
		s = utoa(u) + "ns"
	case u < uint64(Millisecond):
		s = fracString(u, 3) + "µs"
	case u < uint64(Second):
		s = fracString(u, 6) + "ms"
	default:
		secs, frac := u/1e9, u%1e9
		h, m, sec := secs/3600, secs/60%60, secs%60
		s = fracString(sec*1e9+frac, 9) + "s"
		if h > 0 {
			s = utoa(h) + "h" + utoa(m) + "m" + s
		} else if m > 0 {
			s = utoa(m) + "m" + s
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

func (d Duration) Nanoseconds() int64   { return int64(d) }
func (d Duration) Microseconds() int64  { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64  { return int64(d) / 1e6 }
func (d Duration) Seconds() float64     { return float64(d/Second) + float64(d%Second)/1e9 }
func (d Duration) Minutes() float64     { return float64(d/Minute) + float64(d%Minute)/(60*1e9) }
func (d Duration) Hours() float64       { return float64(d/Hour) + float64(d%Hour)/(60*60*1e9) }
// Abs returns |d|; the most negative Duration, which has no positive counterpart,
// saturates to the largest one as in Go.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Truncate rounds d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
}

var unitMap = map[string]uint64{
	"ns": 1, "us": 1e3, "µs": 1e3, "μs": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9,
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	bad := errors.New("time: invalid duration \"" + orig + "\"")
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, bad
	}
	var total float64
	for s != "" {
		i := 0
		for i < len(s) && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9')) {
			i++
		}
		if i == 0 {
			return 0, bad
		}
		num := s[:i]
		s = s[i:]
		j := 0
		for j < len(s) && s[j] != '.' && (s[j] < '0' || s[j] > '9') {
			j++
		}
		if j == 0 {
			return 0, errors.New("time: missing unit in duration \"" + orig + "\"")
		}
		unit, ok := unitMap[s[:j]]
		if !ok {
			return 0, errors.New("time: unknown unit \"" + s[:j] + "\" in duration \"" + orig + "\"")
		}
		s = s[j:]
		var v, scale float64 = 0, 1
		seenDot, digits := false, 0
		for k := 0; k < len(num); k++ {
			c := num[k]
			if c == '.' {
				if seenDot {
					return 0, bad
				}
				seenDot = true
				continue
			}
			digits++
			if seenDot {
				scale /= 10
				v += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		}
		if digits == 0 {
			return 0, bad
		}
		total += v * float64(unit)
	}
	if total > 9223372036854775807 {
		return 0, errors.New("time: invalid duration \"" + orig + "\"")
	}
	d := Duration(total + 0.5)
	if neg {
		d = -d
	}
	return d, nil
}

// Time is an instant: seconds since January 1, year 1 UTC, plus nanoseconds (so the
// zero Time is year 1, as in Go). The virtual clock gives Unix nanoseconds.
type Time struct {
	sec  int64
	nsec int64
	mono bool // carries a monotonic reading: set by Now, kept by Add, stripped by UTC/In/Truncate
}

// unixToInternal is the number of seconds from year 1 to 1970.
const unixToInternal int64 = 62135596800

// startNs is the virtual clock at program start (the monotonic reading's origin).
const startNs = 1257894000 * 1e9

func fromUnixNano(ns int64) Time {
	sec := floorDiv(ns, 1e9)
	return Time{sec + unixToInternal, ns - sec*1e9, false}
}

func (t Time) unixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

func Now() Time {
	t := fromUnixNano(now())
	t.mono = true
	return t
}
func Since(t Time) Duration           { return Now().Sub(t) }
func Until(t Time) Duration           { return t.Sub(Now()) }
func Unix(sec int64, nsec int64) Time { return Time{sec + unixToInternal, 0, false}.Add(Duration(nsec)) }
func UnixMilli(msec int64) Time       { return Unix(floorDiv(msec, 1e3), (msec-floorDiv(msec, 1e3)*1e3)*1e6) }
func (t Time) Add(d Duration) Time {
	sec := t.sec + int64(d/1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		sec++
		nsec -= 1e9
	} else if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return Time{sec, nsec, t.mono}
}
func (t Time) Sub(u Time) Duration {
	return Duration((t.sec-u.sec)*1e9 + (t.nsec - u.nsec))
}
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }
func (t Time) After(u Time) bool  { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }
func (t Time) Equal(u Time) bool  { return t.sec == u.sec && t.nsec == u.nsec }
func (t Time) Compare(u Time) int {
	if t.Before(u) {
		return -1
	}
	if t.After(u) {
		return 1
	}
	return 0
}
func (t Time) IsZero() bool     { return t.sec == 0 && t.nsec == 0 }
func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return t.unixNano() }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) Nanosecond() int  { return int(t.nsec) }
func (t Time) UTC() Time        { return t.wall() }
func (t Time) Local() Time      { return t.wall() }

// wall is t without its monotonic reading.
func (t Time) wall() Time { return Time{t.sec, t.nsec, false} }

func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t.wall()
	}
	ns := t.unixNano()
	return fromUnixNano(ns - ns%int64(d))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(days int64) (year, month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), int(m), int(d)
}

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

func (t Time) days() int64 { return floorDiv(t.sec-unixToInternal, 86400) }

func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civil(t.days())
	return y, Month(m), d
}
func (t Time) Year() int        { y, _, _ := t.Date(); return y }
func (t Time) Month() Month     { _, m, _ := t.Date(); return m }
func (t Time) Day() int         { _, _, d := t.Date(); return d }
func (t Time) Weekday() Weekday { return Weekday(((t.days()%7)+11) % 7) }
func (t Time) YearDay() int {
	y, _, _ := t.Date()
	jan1 := Date(y, January, 1, 0, 0, 0, 0, UTC)
	return int(t.days()-jan1.days()) + 1
}
func (t Time) Clock() (hour, min, sec int) {
	s := (t.sec - unixToInternal) - t.days()*86400
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}
func (t Time) Hour() int   { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// Location: goroscope only has UTC.
type Location struct{ name string }

var UTC = &Location{"UTC"}
var Local = UTC

func (l *Location) String() string { return l.name }

func (t Time) Location() *Location       { return UTC }
func (t Time) In(loc *Location) Time     { return t.wall() }

// daysFromCivil is the inverse of civil.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mm := m + 9
	if m > 2 {
		mm = m - 3
	}
	doy := (153*mm+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// Date returns the Time of the given date and clock in UTC (values out of range are
// normalized, as in Go, for seconds and below only).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	days := daysFromCivil(int64(year), int64(month), int64(day))
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	return Time{s + unixToInternal, 0, false}.Add(Duration(nsec))
}

func pad(v int, width int) string {
	s := utoa(uint64(v))
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// String formats like Go: "2009-11-10 23:00:00 +0000 UTC m=+0.000000001" (the monotonic
// reading counts from the start of the program).
func (t Time) String() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	out := pad(y, 4) + "-" + pad(int(mo), 2) + "-" + pad(d, 2) + " " + pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(s, 2)
	if ns := t.Nanosecond(); ns != 0 {
		out += "." + fracDigits(ns)
	}
	out += " +0000 UTC"
	if t.mono {
		m, sign := t.unixNano()-startNs, " m=+"
		if m < 0 {
			m, sign = -m, " m=-"
		}
		out += sign + utoa(uint64(m)/1e9) + "." + pad(int(m%1e9), 9)
	}
	return out
}

func fracDigits(ns int) string {
	s := pad(ns, 9)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}

// Format lays out t like Go's reference time "Mon Jan 2 15:04:05 MST 2006".
func (t Time) Format(layout string) string {
	y, mo, d := t.Date()
	h, mi, sec := t.Clock()
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	out := ""
	for i := 0; i < len(layout); {
		rest := layout[i:]
		n := 0
		switch {
		case hasPrefix(rest, "2006"):
			out, n = out+pad(y, 4), 4
		case hasPrefix(rest, "January"):
			out, n = out+mo.String(), 7
		case hasPrefix(rest, "Jan"):
			out, n = out+mo.String()[:3], 3
		case hasPrefix(rest, "Monday"):
			out, n = out+t.Weekday().String(), 6
		case hasPrefix(rest, "Mon"):
			out, n = out+t.Weekday().String()[:3], 3
		case hasPrefix(rest, "MST"):
			out, n = out+"UTC", 3
		case hasPrefix(rest, "Z07:00"):
			out, n = out+"Z", 6
		case hasPrefix(rest, "Z0700"):
			out, n = out+"Z", 5
		case hasPrefix(rest, "-07:00"):
			out, n = out+"+00:00", 6
		case hasPrefix(rest, "-0700"):
			out, n = out+"+0000", 5
		case hasPrefix(rest, "01"):
			out, n = out+pad(int(mo), 2), 2
		case hasPrefix(rest, "02"):
			out, n = out+pad(d, 2), 2
		case hasPrefix(rest, "_2"):
			s := utoa(uint64(d))
			if d < 10 {
				s = " " + s
			}
			out, n = out+s, 2
		case hasPrefix(rest, "06"):
			out, n = out+pad(y%100, 2), 2
		case hasPrefix(rest, "15"):
			out, n = out+pad(h, 2), 2
		case hasPrefix(rest, "03"):
			out, n = out+pad(h12, 2), 2
		case hasPrefix(rest, "04"):
			out, n = out+pad(mi, 2), 2
		case hasPrefix(rest, "05"):
			out, n = out+pad(sec, 2), 2
		case hasPrefix(rest, "PM"):
			if h >= 12 {
				out += "PM"
			} else {
				out += "AM"
			}
			n = 2
		case hasPrefix(rest, "pm"):
			if h >= 12 {
				out += "pm"
			} else {
				out += "am"
			}
			n = 2
		case hasPrefix(rest, ".000000000") || hasPrefix(rest, ".000000") || hasPrefix(rest, ".000"):
			digits := 3
			if hasPrefix(rest, ".000000000") {
				digits = 9
			} else if hasPrefix(rest, ".000000") {
				digits = 6
			}
			frac := pad(t.Nanosecond(), 9)
			out, n = out+"."+frac[:digits], digits+1
		case hasPrefix(rest, ".999999999") || hasPrefix(rest, ".999999") || hasPrefix(rest, ".999"):
			digits := 3
			if hasPrefix(rest, ".999999999") {
				digits = 9
			} else if hasPrefix(rest, ".999999") {
				digits = 6
			}
			frac := pad(t.Nanosecond(), 9)[:digits]
			for len(frac) > 0 && frac[len(frac)-1] == '0' {
				frac = frac[:len(frac)-1]
			}
			if frac != "" {
				out += "." + frac
			}
			n = digits + 1
		case rest[0] == '1':
			out, n = out+utoa(uint64(mo)), 1
		case rest[0] == '2':
			out, n = out+utoa(uint64(d)), 1
		case rest[0] == '3':
			out, n = out+utoa(uint64(h12)), 1
		case rest[0] == '4':
			out, n = out+utoa(uint64(mi)), 1
		case rest[0] == '5':
			out, n = out+utoa(uint64(sec)), 1
		default:
			out, n = out+layout[i:i+1], 1
		}
		i += n
	}
	return out
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

const (
	Layout   = "01/02 03:04:05PM '06 -0700"
	ANSIC    = "Mon Jan _2 15:04:05 2006"
	RFC1123  = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339  = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Stamp    = "Jan _2 15:04:05"
	DateTime = "2006-01-02 15:04:05"
	DateOnly = "2006-01-02"
	TimeOnly = "15:04:05"
	Kitchen  = "3:04PM"
)

// Timer delivers the current time on C once, after its duration.
type Timer struct {
	C  <-chan Time
	id int64
	f  func()
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, id: startTimer(c, now()+int64(d), 0)}
}

// Stop prevents the timer from firing; false if it already fired or was stopped.
func (t *Timer) Stop() bool { return stopTimer(t.id) }

// Reset changes the timer to fire after d; true if it had been active.
func (t *Timer) Reset(d Duration) bool { return resetTimer(t.id, now()+int64(d), 0) }

func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc calls f in its own goroutine after d.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{id: startFuncTimer(f, now()+int64(d)), f: f}
}

// Ticker delivers ticks on C every period; slow receivers miss ticks.
type Ticker struct {
	C      <-chan Time
	id     int64
	period Duration
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, id: startTimer(c, now()+int64(d), int64(d)), period: d}
}

func (t *Ticker) Stop() { stopTimer(t.id) }

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.period = d
	resetTimer(t.id, now()+int64(d), int64(d))
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
