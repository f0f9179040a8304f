// Tests ParseInt with bases and bit sizes, ParseUint, ParseFloat and ParseBool including errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"zz", 36, 64}, {"0x1f", 0, 64},
		{"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"128", 10, 8},
		{"-129", 10, 8}, {"12", 2, 64}, {"9223372036854775808", 10, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, c.base, c.bits, "->", v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "NaN", "1.7976931348623159e308", "abc", ".5", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, "->", f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32))
	for _, s := range []string{"true", "1", "T", "FALSE", "f", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
}
