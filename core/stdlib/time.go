// Package time on goroscope's virtual clock: it starts at 2009-11-10 23:00:00 UTC and
// advances with the cost of the instructions run and jumps to the next timer when every
// goroutine waits, so sleeping is instant.
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

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) Seconds() float64    { return float64(d/Second) + float64(d%Second)/1e9 }
func (d Duration) Minutes() float64    { return float64(d/Minute) + float64(d%Minute)/(60*1e9) }
func (d Duration) Hours() float64      { return float64(d/Hour) + float64(d%Hour)/(60*60*1e9) }

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

// Round rounds d to the nearest multiple of m, halfway values away from zero; a result
// beyond the range of Duration saturates to the largest (or smallest) one, as in Go.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if down := d - m + r; down < d {
			return down
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if up := d + m - r; up > d {
		return up
	}
	return maxDuration
}

// lessThanHalf reports whether r < m/2 for 0 <= r < m, without overflowing r+r.
func lessThanHalf(r, m Duration) bool { return uint64(r)+uint64(r) < uint64(m) }

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
func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }
func Unix(sec int64, nsec int64) Time {
	return Time{sec + unixToInternal, 0, false}.Add(Duration(nsec))
}
func UnixMilli(msec int64) Time { return Unix(floorDiv(msec, 1e3), (msec-floorDiv(msec, 1e3)*1e3)*1e6) }
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

// AddDate returns the time years, months and days later, normalized as Date does (October
// 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, t.Nanosecond(), t.Location())
}

// Round returns t rounded to the nearest multiple of d since the zero time (halfway values
// round up), without its monotonic reading.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t.wall()
	}
	r := t.sinceZeroMod(d)
	if lessThanHalf(r, d) {
		return t.wall().Add(-r)
	}
	return t.wall().Add(d - r)
}

// ISOWeek returns the ISO 8601 year and week number of t: weeks start on Monday, and week 1
// is the one with the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	year = t.Year()
	thursday := t.YearDay() - (int(t.Weekday())+6)%7 + 3 // day of the year of this week's Thursday
	if thursday < 1 {
		year--
		thursday += daysInYear(year)
	} else if n := daysInYear(year); thursday > n {
		year++
		thursday -= n
	}
	return year, (thursday-1)/7 + 1
}

func daysInYear(year int) int {
	if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		return 366
	}
	return 365
}

// Truncate rounds t down to a multiple of d since the zero Time (as Go does: not since
// 1970), so that days start at midnight for every date, before 1970 and year 1 too.
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t.wall()
	}
	return t.wall().Add(-t.sinceZeroMod(d))
}

// sinceZeroMod returns the time since the zero Time modulo d, in [0, d). The seconds and
// nanoseconds are reduced separately: their sum in nanoseconds overflows an int64.
func (t Time) sinceZeroMod(d Duration) Duration {
	m := uint64(d)
	s := t.sec % int64(d)
	if s < 0 {
		s += int64(d)
	}
	return Duration((mulMod(uint64(s), 1e9%m, m) + uint64(t.nsec)%m) % m)
}

// mulMod returns a*b mod m for a, b < m < 2^63 by shifting and adding: every partial sum
// is below 2^64.
func mulMod(a, b, m uint64) uint64 {
	r := uint64(0)
	for ; b > 0; b >>= 1 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
	}
	return r
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
func (t Time) Weekday() Weekday { return Weekday(((t.days() % 7) + 11) % 7) }
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

func (t Time) Location() *Location   { return UTC }
func (t Time) In(loc *Location) Time { return t.wall() }

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
	// Months outside January..December carry into the year (October 32 is November 1, and
	// the other fields carry linearly below).
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	days := daysFromCivil(y, m+1, int64(day))
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	return Time{s + unixToInternal, 0, false}.Add(Duration(nsec))
}

// appendInt appends x in decimal, zero-padded to width digits after the sign (so the year
// -44 is -0044, as in Go).
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	digits := utoa(u)
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// String formats like Go: "2009-11-10 23:00:00 +0000 UTC m=+0.000000001" (the monotonic
// reading counts from the start of the program).
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono {
		m, sign := t.unixNano()-startNs, " m=+"
		if m < 0 {
			m, sign = -m, " m=-"
		}
		s += sign + utoa(uint64(m)/1e9) + "." + string(appendInt(nil, int(m%1e9), 9))
	}
	return s
}

// Format lays out t like Go's reference time "Mon Jan 2 15:04:05 MST 2006": each layout
// element (see layoutElem) is replaced by t's value, any other text is copied.
func (t Time) Format(layout string) string {
	f := t.fields()
	var b []byte
	for layout != "" {
		n := layoutElem(layout)
		if n == 0 {
			b = append(b, layout[0])
			n = 1
		} else {
			b = f.appendElem(b, layout[:n])
		}
		layout = layout[n:]
	}
	return string(b)
}

// clockFields is a time broken down for Format.
type clockFields struct {
	year, day, yday, hour, min, sec, nsec int
	month                                 Month
	weekday                               Weekday
}

func (t Time) fields() clockFields {
	f := clockFields{yday: t.YearDay(), nsec: t.Nanosecond(), weekday: t.Weekday()}
	f.year, f.month, f.day = t.Date()
	f.hour, f.min, f.sec = t.Clock()
	return f
}

// layoutElem returns the length of the layout element s starts with, or 0 when s starts
// with literal text. The elements are Go's: when several match, the longest listed
// first wins ("2006" before "2"); "Jan" and "Mon" followed by a lower-case letter are
// text ("Month"), and so is the '_' of "_2006".
func layoutElem(s string) int {
	switch s[0] {
	case 'J':
		return wordElem(s, "January", "Jan")
	case 'M':
		if n := wordElem(s, "Monday", "Mon"); n > 0 {
			return n
		}
		return prefixElem(s, "MST")
	case '0':
		return prefixElem(s, "01", "02", "03", "04", "05", "06", "002")
	case '1':
		return prefixElem(s, "15", "1")
	case '2':
		return prefixElem(s, "2006", "2")
	case '_':
		if hasPrefix(s, "_2006") {
			return 0
		}
		return prefixElem(s, "_2", "__2")
	case '3', '4', '5':
		return 1
	case 'P':
		return prefixElem(s, "PM")
	case 'p':
		return prefixElem(s, "pm")
	case '-':
		return prefixElem(s, "-070000", "-07:00:00", "-0700", "-07:00", "-07")
	case 'Z':
		return prefixElem(s, "Z070000", "Z07:00:00", "Z0700", "Z07:00", "Z07")
	case '.', ',':
		return fracElem(s)
	}
	return 0
}

// prefixElem returns the length of the first of elems that s starts with, or 0.
func prefixElem(s string, elems ...string) int {
	for _, e := range elems {
		if hasPrefix(s, e) {
			return len(e)
		}
	}
	return 0
}

// wordElem matches the long name, or the short one unless a lower-case letter follows it.
func wordElem(s, long, short string) int {
	if hasPrefix(s, long) {
		return len(long)
	}
	if hasPrefix(s, short) && !(len(s) > len(short) && 'a' <= s[len(short)] && s[len(short)] <= 'z') {
		return len(short)
	}
	return 0
}

// fracElem matches fractional seconds: '.' or ',' then a run of '0's (digits kept) or
// of '9's (trailing zeros dropped) that no other digit follows.
func fracElem(s string) int {
	if len(s) < 2 || s[1] != '0' && s[1] != '9' {
		return 0
	}
	n := 2
	for n < len(s) && s[n] == s[1] {
		n++
	}
	if n < len(s) && '0' <= s[n] && s[n] <= '9' {
		return 0
	}
	return n
}

// appendElem appends the value of the layout element e (as matched by layoutElem).
func (f clockFields) appendElem(b []byte, e string) []byte {
	switch e {
	case "2006":
		return appendInt(b, f.year, 4)
	case "06":
		y := f.year
		if y < 0 {
			y = -y
		}
		return appendInt(b, y%100, 2)
	case "January":
		return append(b, f.month.String()...)
	case "Jan":
		return append(b, f.month.String()[:3]...)
	case "1", "01":
		return appendInt(b, int(f.month), numWidth(e))
	case "Monday":
		return append(b, f.weekday.String()...)
	case "Mon":
		return append(b, f.weekday.String()[:3]...)
	case "2", "02":
		return appendInt(b, f.day, numWidth(e))
	case "_2":
		return appendSpacePadded(b, f.day, 2)
	case "__2":
		return appendSpacePadded(b, f.yday, 3)
	case "002":
		return appendInt(b, f.yday, 3)
	case "15":
		return appendInt(b, f.hour, 2)
	case "3", "03":
		return appendInt(b, f.hour12(), numWidth(e))
	case "4", "04":
		return appendInt(b, f.min, numWidth(e))
	case "5", "05":
		return appendInt(b, f.sec, numWidth(e))
	case "PM":
		if f.hour >= 12 {
			return append(b, "PM"...)
		}
		return append(b, "AM"...)
	case "pm":
		if f.hour >= 12 {
			return append(b, "pm"...)
		}
		return append(b, "am"...)
	case "MST":
		return append(b, "UTC"...)
	}
	switch e[0] {
	case 'Z':
		return append(b, 'Z') // Go's ISO 8601 zones print Z for UTC
	case '-':
		return appendZeroOffset(b, e)
	}
	return appendFrac(b, e, f.nsec)
}

// numWidth is the width the numeric element e pads to with zeros: 2 for "01", none for
// "1".
func numWidth(e string) int {
	if e[0] == '0' {
		return 2
	}
	return 0
}

// hour12 is the hour on a 12-hour clock: noon is 12PM, midnight 12AM.
func (f clockFields) hour12() int {
	if h := f.hour % 12; h != 0 {
		return h
	}
	return 12
}

// appendSpacePadded appends x padded with spaces to width digits.
func appendSpacePadded(b []byte, x int, width int) []byte {
	for i := len(utoa(uint64(x))); i < width; i++ {
		b = append(b, ' ')
	}
	return appendInt(b, x, 0)
}

// appendZeroOffset appends the zero UTC offset in the shape of the numeric zone element
// e ("-07:00" gives "+00:00").
func appendZeroOffset(b []byte, e string) []byte {
	b = append(b, '+')
	for i := 1; i < len(e); i++ {
		if e[i] == ':' {
			b = append(b, ':')
		} else {
			b = append(b, '0')
		}
	}
	return b
}

// appendFrac appends nsec as the fractional-second element e: its separator, then as
// many digits as e has (at most 9); a run of '9's drops trailing zeros, and the
// separator too when nothing is left.
func appendFrac(b []byte, e string, nsec int) []byte {
	digits := string(appendInt(nil, nsec, 9))
	if len(e)-1 < 9 {
		digits = digits[:len(e)-1]
	}
	if e[1] == '9' {
		for digits != "" && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		if digits == "" {
			return b
		}
	}
	return append(append(b, e[0]), digits...)
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Stamp       = "Jan _2 15:04:05"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
	Kitchen     = "3:04PM"
)

// Timer delivers the current time on C once, after its duration.
type Timer struct {
	C  <-chan Time
	id int64
	f  func()
}

// when is the virtual time d from now, saturated as in Go's runtime: a timer that far out
// never fires (a wrapped sum would make it fire at once).
func when(d Duration) int64 {
	t := now() + int64(d)
	if d > 0 && t < 0 {
		return 1<<63 - 1
	}
	return t
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, id: startTimer(c, when(d), 0)}
}

// Stop prevents the timer from firing; false if it already fired or was stopped.
func (t *Timer) Stop() bool { return stopTimer(t.id) }

// Reset changes the timer to fire after d; true if it had been active.
func (t *Timer) Reset(d Duration) bool { return resetTimer(t.id, when(d), 0) }

func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc calls f in its own goroutine after d.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{id: startFuncTimer(f, when(d)), f: f}
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
	return &Ticker{C: c, id: startTimer(c, when(d), int64(d)), period: d}
}

func (t *Ticker) Stop() { stopTimer(t.id) }

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.period = d
	resetTimer(t.id, when(d), int64(d))
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
