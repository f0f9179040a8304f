// Tests fmt verbs on nested structs, maps, slices, pointers-to-struct.
package main

import "fmt"

type Point struct{ X, Y int }
type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	P     *Point
	Inner struct{ A, B bool }
	E     error
	I     interface{}
}

type Celsius float64

func main() {
	n := Named{Name: "n1", Tags: []string{"a", "b c"}, Attrs: map[string]int{"z": 1, "a": 2, "m": 3}, P: &Point{1, 2}}
	n.I = Point{3, 4}
	fmt.Printf("%v\n", n.Tags)
	fmt.Printf("%+v\n", n.Inner)
	fmt.Printf("%#v\n", n.Inner)
	fmt.Printf("%v\n", n.Attrs)
	fmt.Printf("%#v\n", n.Attrs)
	fmt.Printf("%v %+v\n", *n.P, n.P)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%v\n", n.I)
	fmt.Printf("%#v\n", n.I)
	fmt.Printf("%T %T %T %T\n", n, n.P, n.Attrs, n.I)
	fmt.Printf("%v\n", []*int(nil))
	fmt.Printf("%v %d\n", []interface{}{1, "a", nil, 2.5, Point{}}, []int{1, 2})
	fmt.Printf("%x %X % x %q\n", "hi☺", []byte("ok"), "abc", []string{"a", "\"b\""})
	fmt.Printf("%08.3f|%-8d|%+d|%x|%o|%b|%#x|%#o\n", 3.14159, 42, 7, 255, 8, 5, 255, 8)
	fmt.Printf("%v %.1f %g %e\n", Celsius(21.5), Celsius(3), 1e21, 123456.789)
	fmt.Printf("%5s|%-5s|%.2s|%5.1s|\n", "ab", "ab", "abcdef", "xyz")
	fmt.Printf("%c %U %#U %q\n", 'é', 'é', '⌘', 'x')
	fmt.Printf("%t %v %p\n", true, false, nil)
	fmt.Printf("%v %v\n", [3]int{1, 2, 3}, [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	var ip *Point
	fmt.Printf("%v %+v\n", ip, ip)
	fmt.Println(n.E, n.I, ip)
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, float32(0.1), 1e-7)
	fmt.Printf("%x %X\n", -255, uint8(200))
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%v\n", struct {
		a int
		b string
	}{1, "x"})
}
