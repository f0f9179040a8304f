// Tests strconv parse edge cases: float syntax variants, range errors with bit sizes, base prefixes, quoting round trips.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1e", "0x1p-2", "0x1.8p3", "1_000.5", ".", "+.5", "-.5e1", "Infinity", "+inf", "nan", "1e309", "-1e309", "4.9e-324", "1e-400", "0.1e+2", "1.", "  1", "0x10", "1E2", "9007199254740993"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-20q %v %v\n", s, f, err)
	}
	for _, s := range []string{"3.4e38", "3.5e38", "1e-46", "16777217"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, float32(f), err)
	}
	type tc struct {
		s    string
		base int
		bits int
	}
	for _, c := range []tc{{"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"2147483648", 10, 32}, {"ff", 16, 0}, {"FF", 16, 8}, {"z", 36, 64}, {"0x_1f", 0, 64}, {"1_0", 10, 64}, {"0b", 0, 64}, {"", 10, 64}, {"-", 10, 64}, {"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 64}, {"12", 1, 64}, {"12", 37, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		var ne *strconv.NumError
		isRange := errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v range=%v\n", c.s, c.base, c.bits, n, err, isRange)
	}
	for _, c := range []tc{{"255", 10, 8}, {"256", 10, 8}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"+5", 10, 64}} {
		n, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseUint(%q) = %d, %v\n", c.s, n, err)
	}
	for _, s := range []string{"", "plain", "tab\there", "nl\n", "quote\"", "back\\slash", "uni☺", "\x7f", "\u2028", "bad\xff"} {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), u == s, err, strconv.CanBackquote(s))
	}
	for _, s := range []string{"`raw`", "'a'", "'ab'", `"\x41\101\u0041"`, `"unterminated`, `"\q"`, "`multi\nline`"} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q -> %q %v\n", s, u, err)
	}
	fmt.Println(strconv.FormatInt(-8, 2), strconv.FormatInt(35, 36), strconv.FormatUint(255, 16), strconv.Itoa(0))
	fmt.Println(strconv.FormatFloat(123.456, 'E', 2, 64), strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(1e-320, 'g', -1, 64), strconv.FormatFloat(100, 'e', 0, 64))
}
