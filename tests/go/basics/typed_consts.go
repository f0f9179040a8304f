// Tests typed constants, named types based on basic types and explicit conversions between them.
package main

import "fmt"

type Meters float64
type ID int

const Limit ID = 10
const Width Meters = 2.5
const Greeting = "hi"

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
)

func (c Color) Upper() string {
	b := []byte(c)
	for i := range b {
		b[i] -= 32
	}
	return string(b)
}

func main() {
	var id ID = Limit + 5
	fmt.Printf("%v %T\n", id, id)
	area := Width * Width
	fmt.Printf("%v %T\n", area, area)
	var plain float64 = float64(area)
	fmt.Println(plain / 2)
	fmt.Println(Red, Green.Upper(), Color("blue").Upper())
	var s string = Greeting
	var c Color = Greeting
	fmt.Println(s, c, string(c) == s)
	const huge = 1 << 40
	fmt.Println(huge/(1<<30), int64(huge))
	const typed int32 = 1 << 30
	fmt.Printf("%T %v\n", typed*1, typed)
	ids := []ID{3, 1, Limit}
	total := ID(0)
	for _, v := range ids {
		total += v
	}
	fmt.Println(total, int(total)*2)
}
