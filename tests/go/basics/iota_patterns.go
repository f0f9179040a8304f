// Tests iota patterns: skips, expressions, implicit repetition, multiple per line, typed iota with String.
package main

import "fmt"

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "x"
	y
	z = iota
	w
)

const (
	flagA uint8 = 1 << iota
	flagB
	flagC
	flagD
)

const (
	one = iota + 1
	_
	three
	four
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%d %v %T\n", Friday, Friday, Friday)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(flagA, flagB, flagC, flagD, flagA|flagC|flagD)
	fmt.Printf("%08b\n", flagB|flagD)
	fmt.Println(one, three, four)
	for day := Sunday; day <= Saturday; day++ {
		fmt.Print(day, " ")
	}
	fmt.Println()
}
