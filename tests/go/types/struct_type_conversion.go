// Tests conversion between struct types ignoring tags, blank fields in comparison, named slice/func types with methods, slice to array pointer.
package main

import "fmt"

type A struct {
	X int `json:"x"`
	Y string
}

type B struct {
	X int
	Y string
}

type Blank struct {
	A int
	_ int
	B int
}

type Celsius float64
type Fahrenheit float64

type IntSlice []int

func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

type Op func(int, int) int

func (o Op) apply(a, b int) int { return o(a, b) }

func main() {
	a := A{1, "a"}
	b := B(a)
	fmt.Println(b, A(b) == a)
	anon := struct {
		X int
		Y string
	}{2, "anon"}
	var b2 B = anon
	fmt.Println(b2)
	fmt.Println(Blank{A: 1, B: 2} == Blank{A: 1, B: 2})
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Println(f, c)
	raw := []int{1, 2, 3}
	is := IntSlice(raw)
	is[0] = 10
	fmt.Println(raw, is.Sum(), IntSlice([]int{4, 5}).Sum())
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.apply(2, 3), Op(func(a, b int) int { return a * b }).apply(2, 3))
	ops := map[string]Op{"+": add, "-": func(a, b int) int { return a - b }}
	fmt.Println(ops["-"](5, 3), ops["*"] == nil)
	arr := [4]int{1, 2, 3, 4}
	pa := &arr
	fmt.Println(len(pa), pa[2], pa[1:3], cap(pa[1:]))
	for i, v := range pa {
		pa[i] = v * v
	}
	fmt.Println(arr)
	s := arr[:]
	s2 := (*[4]int)(s)
	s2[0] = 100
	fmt.Println(arr[0])
	bs := []byte("hello")
	n := copy(bs, "HE")
	fmt.Println(n, string(bs))
	x := 0b1111_0000
	fmt.Println(x&^0b1010_0000, x>>uint(2), x<<2, -x>>1, ^x, 0o17, 0x_FF)
	var sh int = 3
	fmt.Println(1<<sh, uint8(1)<<sh<<5)
	type local struct{ v int }
	ls := []local{{1}, {2}}
	fmt.Printf("%v %+v\n", ls, ls[0])
	var iface any = b
	if bb, ok := iface.(B); ok {
		fmt.Println("is B", bb.Y)
	}
	if _, ok := iface.(A); !ok {
		fmt.Println("not A")
	}
}
