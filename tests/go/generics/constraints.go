// Generics (a program written to find divergences from Go): constraints.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

// methods + type set
type StringableInt interface {
	~int | ~int64
	String() string
}

type Code int

func (c Code) String() string { return "code-" + strconv.Itoa(int(c)) }

func SumAndShow[T StringableInt](xs ...T) string {
	var total T
	var names []string
	for _, x := range xs {
		total += x
		names = append(names, x.String())
	}
	return strings.Join(names, "+") + "=" + total.String()
}

// constraint with pointer method trick
type Setter[T any] interface {
	Set(string)
	*T
}

type Conf struct{ v string }

func (c *Conf) Set(s string) { c.v = "conf:" + s }

type Num struct{ n int }

func (n *Num) Set(s string) { n.n, _ = strconv.Atoi(s) }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		p.Set(s)
	}
	return out
}

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}
type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}
type Float interface{ ~float32 | ~float64 }
type Ordered interface {
	Integer | Unsigned | Float | ~string
}

func Min[T Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r < m {
			m = r
		}
	}
	return m
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Named interface {
	comparable
	Name() string
}

type User struct{ N string }

func (u User) Name() string { return u.N }

func Dedup[T Named](xs []T) []string {
	seen := map[T]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x.Name())
		}
	}
	return out
}

type inline[T interface{ ~[]byte | ~string }] struct{ v T }

func Len[T interface{ ~[]byte | ~string }](x T) int { return len(x) }

func Bytes[T ~string | ~[]byte](x T) []byte { return []byte(x) }

func main() {
	fmt.Println(Join([]Celsius{1, 2.5, -3}, ", "))
	fmt.Println(Join([]*Point{{1, 2}, {3, 4}}, ";"))
	fmt.Println(SumAndShow(Code(1), Code(2), Code(39)))
	cs := FromStrings[Conf]([]string{"a", "b"})
	fmt.Println(cs)
	ns := FromStrings[Num]([]string{"1", "22", "x"})
	fmt.Printf("%+v\n", ns)
	fmt.Println(Min(3, 1, 2), Min("b", "a", "c"), Min(2.5), Min[uint8](200, 100))
	type S string
	fmt.Println(Min(S("zz"), S("za")))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]Point{{1, 2}}, Point{1, 2}), Index([]any{1, "x"}, any("x")))
	fmt.Println(Index([]*Point{}, nil), Index([]error{nil}, nil))
	fmt.Println(Dedup([]User{{"ann"}, {"bob"}, {"ann"}}))
	fmt.Println(Len("héllo"), Len([]byte{1, 2}), inline[string]{"x"}.v)
	fmt.Println(Bytes("hi"), Bytes([]byte("yo")))
}
