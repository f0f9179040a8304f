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
func (d Duration) Abs() Duration {
	if d < 0 {
		return -d
	}
	return d
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

// Time is an instant on the virtual clock, in nanoseconds since the Unix epoch (UTC).
type Time struct {
	ns int64
}

// startNs is the virtual clock at program start (the monotonic reading's origin).
const startNs = 1257894000 * 1e9

func Now() Time                        { return Time{now()} }
func Since(t Time) Duration            { return Duration(now() - t.ns) }
func Until(t Time) Duration            { return Duration(t.ns - now()) }
func Unix(sec int64, nsec int64) Time  { return Time{sec*1e9 + nsec} }
func UnixMilli(msec int64) Time        { return Time{msec * 1e6} }
func (t Time) Add(d Duration) Time     { return Time{t.ns + int64(d)} }
func (t Time) Sub(u Time) Duration     { return Duration(t.ns - u.ns) }
func (t Time) Before(u Time) bool      { return t.ns < u.ns }
func (t Time) After(u Time) bool       { return t.ns > u.ns }
func (t Time) Equal(u Time) bool       { return t.ns == u.ns }
func (t Time) Compare(u Time) int {
	if t.ns < u.ns {
		return -1
	}
	if t.ns > u.ns {
		return 1
	}
	return 0
}
func (t Time) IsZero() bool            { return t.ns == 0 }
func (t Time) Unix() int64             { return floorDiv(t.ns, 1e9) }
func (t Time) UnixNano() int64         { return t.ns }
func (t Time) UnixMilli() int64        { return floorDiv(t.ns, 1e6) }
func (t Time) UnixMicro() int64        { return floorDiv(t.ns, 1e3) }
func (t Time) Nanosecond() int         { return int(t.ns - floorDiv(t.ns, 1e9)*1e9) }
func (t Time) UTC() Time               { return t }
func (t Time) Local() Time             { return t }
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return Time{t.ns - t.ns%int64(d)}
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

func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civil(floorDiv(t.ns, 86400e9))
	return y, Month(m), d
}
func (t Time) Year() int         { y, _, _ := t.Date(); return y }
func (t Time) Month() Month      { _, m, _ := t.Date(); return m }
func (t Time) Day() int          { _, _, d := t.Date(); return d }
func (t Time) Weekday() Weekday  { return Weekday((floorDiv(t.ns, 86400e9)%7 + 11) % 7) }
func (t Time) Clock() (hour, min, sec int) {
	s := floorDiv(t.ns, 1e9) - floorDiv(t.ns, 86400e9)*86400
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}
func (t Time) Hour() int   { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }
func (t Time) Second() int { _, _, s := t.Clock(); return s }

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
	if t.ns >= startNs {
		m := uint64(t.ns - startNs)
		out += " m=+" + utoa(m/1e9) + "." + pad(int(m%1e9), 9)
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

// Format supports the reference-time layout elements most programs use.
func (t Time) Format(layout string) string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	out := ""
	for i := 0; i < len(layout); {
		rest := layout[i:]
		switch {
		case hasPrefix(rest, "2006"):
			out += pad(y, 4)
			i += 4
		case hasPrefix(rest, "January"):
			out += mo.String()
			i += 7
		case hasPrefix(rest, "Jan"):
			out += mo.String()[:3]
			i += 3
		case hasPrefix(rest, "Monday"):
			out += t.Weekday().String()
			i += 6
		case hasPrefix(rest, "Mon"):
			out += t.Weekday().String()[:3]
			i += 3
		case hasPrefix(rest, "01"):
			out += pad(int(mo), 2)
			i += 2
		case hasPrefix(rest, "02"):
			out += pad(d, 2)
			i += 2
		case hasPrefix(rest, "15"):
			out += pad(h, 2)
			i += 2
		case hasPrefix(rest, "04"):
			out += pad(mi, 2)
			i += 2
		case hasPrefix(rest, "05"):
			out += pad(s, 2)
			i += 2
		case hasPrefix(rest, "MST"):
			out += "UTC"
			i += 3
		case hasPrefix(rest, "Z07:00"):
			out += "Z"
			i += 6
		case hasPrefix(rest, "-0700"):
			out += "+0000"
			i += 5
		case hasPrefix(rest, ".000"):
			out += "." + pad(t.Nanosecond()/1e6, 3)
			i += 4
		default:
			out += layout[i : i+1]
			i++
		}
	}
	return out
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

const (
	RFC3339  = "2006-01-02T15:04:05Z07:00"
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
