// Tests strconv conversions and error cases.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0x1F", "1e3", "", " 5", "99999999999999999999", "+8"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "-0x10", "1_000"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	n8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(n8, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e-3", "inf", "-Inf", "NaN", "abc", "1.7976931348623157e309"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012345, 'e', 3, 64), strconv.FormatFloat(2.5, 'f', -1, 32))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺é"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	b := []byte("n=")
	b = strconv.AppendInt(b, 77, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("numerror", ne)
	} else {
		fmt.Println("not numerror:", err == strconv.ErrSyntax)
	}
}
