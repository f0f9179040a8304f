// Tests const/iota patterns: skips, expressions, bit flags, typed and untyped constants, big constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

func (f Flag) String() string {
	s := ""
	names := []string{"A", "B", "C", "D"}
	for i, n := range names {
		if f&(1<<uint(i)) != 0 {
			s += n
		}
	}
	if s == "" {
		return "none"
	}
	return s
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const typedF float32 = 1.0 / 3

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(FlagA|FlagC, FlagB, Flag(0), FlagA|FlagB|FlagC|FlagD)
	var fl Flag = FlagA | FlagD
	fl &^= FlagA
	fmt.Println(fl, fl&FlagD == FlagD)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(huge>>98, huge/(1<<99))
	fmt.Println(typedF, 1.0/3)
	fmt.Println(x0, x1, x2, x3)
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
	fmt.Printf("%T %T %T\n", KB, 'a'+1, 1.5+2)
	var u8 uint8 = 255
	fmt.Println(u8 + 1 - 1)
	const m = 'x' - 'a'
	fmt.Println(m, string(rune('a'+m)))
}
