// Package strconv implements goroscope's strconv: conversions between strings and basic
// types and Go-syntax quoting. Float formatting and parsing are native.
package strconv

import (
	"errors"
	"unicode"
	"unicode/utf8"
)

// ---- natives ----

// formatFloat is strconv.FormatFloat with Go's exact semantics (fmt 'b','e','E','f','g',
// 'G','x','X'; prec -1 = shortest; bitSize 32 or 64).
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// parseFloat parses s like Go's ParseFloat(s, bitSize): ok is false on a syntax error;
// otherwise f is the value Go returns (rounded to float32 when bitSize is 32) and
// outOfRange reports when Go would return ErrRange (f is then ±Inf).
func parseFloat(s string, bitSize int) (f float64, ok bool, outOfRange bool)

// ---- errors ----

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, s string) *NumError { return &NumError{fn, s, ErrSyntax} }
func rangeError(fn, s string) *NumError  { return &NumError{fn, s, ErrRange} }

func baseError(fn, s string, base int) *NumError {
	return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, s string, bitSize int) *NumError {
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

// ---- bools ----

// ParseBool returns the boolean value represented by the string (1 t T TRUE true True and
// 0 f F FALSE false False); any other value is a syntax error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// ---- integers ----

func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		// Look for a base prefix; a lone leading 0 means octal.
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}

	const maxUint64 = ^uint64(0)
	cutoff := maxUint64/uint64(base) + 1 // first n with n*base overflowing
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets s in the given base (0, or 2 to 36) and bit size (0 means int) and
// returns the corresponding value. Base 0 accepts Go prefixes and underscores. Out of
// range values return the nearest limit with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func = fn
		ne.Num = s0
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	if n := len(s); 0 < n && n < 19 {
		// Fast path: cannot overflow.
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fn, s0)
			}
		}
		v := 0
		for i := 0; i < len(s); i++ {
			d := s[i] - '0'
			if d > 9 {
				return 0, syntaxError(fn, s0)
			}
			v = v*10 + int(d)
		}
		if s0[0] == '-' {
			v = -v
		}
		return v, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if ne, ok := err.(*NumError); ok {
		ne.Func = fn
	}
	return int(i64), err
}

// underscoreOK reports whether underscores in s (a base-0 literal) only separate digits
// or follow a base prefix.
func underscoreOK(s string) bool {
	saw := byte('^') // '^' start, '0' digit or prefix, '_' underscore, '!' other
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"

// appendBits appends u (negated first when neg) in the given base.
func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digitChars) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [65]byte
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		a[i] = digitChars[u-q*b]
		u = q
	}
	i--
	a[i] = digitChars[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// FormatInt returns the string representation of i in the given base (2 to 36), using
// lower-case letters for digits >= 10.
func FormatInt(i int64, base int) string {
	if 0 <= i && i < 10 && base >= 10 && base <= 36 {
		return digitChars[int(i) : int(i)+1]
	}
	return string(appendBits(nil, uint64(i), base, i < 0))
}

// FormatUint returns the string representation of i in the given base (2 to 36).
func FormatUint(i uint64, base int) string {
	if i < 10 && base >= 10 && base <= 36 {
		return digitChars[int(i) : int(i)+1]
	}
	return string(appendBits(nil, i, base, false))
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends the string form of i (as by FormatInt) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return appendBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends the string form of i (as by FormatUint) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendBits(dst, i, base, false)
}

// ---- floats ----

// ParseFloat converts s to a floating-point number of the given bitSize (32 or 64),
// accepting Go's decimal and hexadecimal float syntax plus "inf"/"infinity"/"nan".
func ParseFloat(s string, bitSize int) (float64, error) {
	if bitSize != 32 {
		bitSize = 64
	}
	f, ok, outOfRange := parseFloat(s, bitSize)
	if !ok {
		return 0, syntaxError("ParseFloat", s)
	}
	if outOfRange {
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// FormatFloat converts f to a string according to fmt ('b', 'e', 'E', 'f', 'g', 'G',
// 'x', 'X') and precision prec (-1 = fewest digits that round-trip), assuming bitSize bits.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends the string form of f (as by FormatFloat) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

// ---- quoting ----

const lowerhex = "0123456789abcdef"

// appendQuoted appends s quoted with quote, escaping like a Go literal; asciiOnly escapes
// every non-ASCII rune, graphicOnly lets graphic (not just printable) runes through.
func appendQuoted(buf []byte, s string, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		r := rune(s[i])
		width := 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s[i:])
		}
		if width == 1 && r == utf8.RuneError {
			// An invalid byte is shown as \x escape of that byte.
			buf = append(buf, '\\', 'x', lowerhex[s[i]>>4], lowerhex[s[i]&0xF])
			i++
			continue
		}
		buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
		i += width
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = utf8.RuneError
	}
	if r < 0x10000 {
		buf = append(buf, '\\', 'u')
		for sh := 12; sh >= 0; sh -= 4 {
			buf = append(buf, lowerhex[r>>uint(sh)&0xF])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		buf = append(buf, lowerhex[r>>uint(sh)&0xF])
	}
	return buf
}

// IsPrint reports whether r is printable as Go defines it: letters, marks, numbers,
// punctuation, symbols and U+0020 (unassigned code points are not), which is Go's
// definition of unicode.IsPrint too.
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic reports whether r is a graphic character (printable or a space separator).
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }

// Quote returns a double-quoted Go string literal representing s, using escapes for
// control characters and non-printable runes.
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', false, false))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', false, false) }

// QuoteToASCII is like Quote but escapes every non-ASCII rune.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', true, false))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', true, false) }

// QuoteToGraphic is like Quote but leaves graphic runes such as U+00A0 unescaped.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', false, true))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, '\'', false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, '\'', false, false) }

// QuoteRuneToASCII is like QuoteRune but escapes non-ASCII runes.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRune(nil, r, '\'', true, false)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is like QuoteRune but leaves graphic runes unescaped.
func QuoteRuneToGraphic(r rune) string { return string(appendQuotedRune(nil, r, '\'', false, true)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', false, true)
}

// CanBackquote reports whether s can be represented unchanged as a single-line
// backquoted string (no control characters other than tab, no backquote, no BOM).
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func unhex(b byte) (rune, bool) {
	switch {
	case '0' <= b && b <= '9':
		return rune(b - '0'), true
	case 'a' <= b && b <= 'f':
		return rune(b-'a') + 10, true
	case 'A' <= b && b <= 'F':
		return rune(b-'A') + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of the quoted-literal body
// s (delimited by quote); multibyte reports whether it needs a multi-byte UTF-8 encoding.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			// A \x escape is a single byte, not a rune.
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c - '0')
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go literal and
// returns the value it quotes (a single-quoted literal yields one character).
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// unquote parses the quoted literal at the start of in; with unescape it returns the
// decoded value, otherwise the literal's source text. rem is what follows it.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := indexByte(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // just past the closing quote, if there are no escapes

	switch quote {
	case '`':
		if !unescape {
			return in[:end], in[end:], nil
		}
		// Carriage returns are discarded from raw strings.
		body := in[1 : end-1]
		if indexByte(body, '\r') < 0 {
			return body, in[end:], nil
		}
		buf := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), in[end:], nil
	case '"', '\'':
		// Fast path: no escapes or newlines before the first closing quote.
		if indexByte(in[:end], '\\') < 0 && indexByte(in[:end], '\n') < 0 {
			valid := false
			if quote == '"' {
				valid = utf8.ValidString(in[1 : end-1])
			} else {
				r, n := utf8.DecodeRuneInString(in[1 : end-1])
				valid = 1+n+1 == end && (r != utf8.RuneError || n != 1)
			}
			if valid {
				if unescape {
					return in[1 : end-1], in[end:], nil
				}
				return in[:end], in[end:], nil
			}
		}
		var buf []byte
		in0 := in
		in = in[1:]
		if unescape {
			buf = make([]byte, 0, 3*end/2)
		}
		for len(in) > 0 && in[0] != quote {
			r, multibyte, rest, err := UnquoteChar(in, quote)
			if in[0] == '\n' || err != nil {
				return "", in0, ErrSyntax
			}
			in = rest
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break // a character literal holds exactly one character
			}
		}
		if !(len(in) > 0 && in[0] == quote) {
			return "", in0, ErrSyntax
		}
		in = in[1:]
		if unescape {
			return string(buf), in, nil
		}
		return in0[:len(in0)-len(in)], in, nil
	}
	return "", in, ErrSyntax
}
