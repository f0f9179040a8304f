// Tests Quote/QuoteToASCII/Unquote variants and ParseInt/ParseUint/ParseFloat edge cases.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ss := []string{"plain", "tab\there", "nl\n", "quote\"s", "back\\slash", "\x00\x7f", "é日本", "\xff\xfe", "\u2028", "emoji😀", "`back`"}
	for _, s := range ss {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0x7f, 'é', 0x1F600, -1, 0x10FFFF + 1} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	for _, q := range []string{`"abc"`, `"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9"`, `"bad`, `abc`, `"\x41\101"`, `'ab'`, `"\z"`, `""`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<64-1, 36), strconv.Itoa(-0))
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "-9223372036854775808", "9223372036854775808", " 1", "+5", ""} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}
	for _, s := range []string{"255", "256", "-1"} {
		v, err := strconv.ParseUint(s, 10, 8)
		fmt.Println(s, v, err)
	}
	for _, s := range []string{"1.5", "1e400", "-1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1_0.5", ".5", "5.", "abc"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, v, err)
	}
	for _, f := range []float64{1.0, 0.1, 123.456, 1e21, 1e-5, -0.0} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'G', 4, 64))
	}
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendBool(nil, false)))
	v, err := strconv.Atoi("12345678901234567890")
	fmt.Println(v, err)
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
}
