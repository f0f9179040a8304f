// Generics (a program written to find divergences from Go): zero new.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](x T) bool {
	var z T
	return x == z
}

func NewOf[T any]() *T { return new(T) }

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func MakeSlice[T any](n int) []T { return make([]T, n) }
func MakeMap[K comparable, V any]() map[K]V { return make(map[K]V) }
func MakeChan[T any](n int) chan T { return make(chan T, n) }

type S struct {
	A int
	B string
	C []int
	D *S
	E map[string]int
	F any
}

type G[T any] struct {
	V T
	P *T
	L []T
}

func Reset[T any](p *T) { var z T; *p = z }

func Fill[T any](xs []T, v T) {
	for i := range xs {
		xs[i] = v
	}
}

func main() {
	fmt.Printf("%v|%q|%v|%v|%v|%v\n", Zero[int](), Zero[string](), Zero[float64](), Zero[bool](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%+v\n", Zero[S]())
	fmt.Printf("%+v\n", Zero[G[int]]())
	fmt.Printf("%v %v\n", Zero[any](), Zero[error]())
	fmt.Printf("%v %v\n", Zero[[3]int](), Zero[struct{}]())
	fmt.Println(Zero[map[string]int]() == nil, Zero[func()]() == nil, Zero[chan int]() == nil)
	fmt.Println(IsZero(0), IsZero(1), IsZero(""), IsZero(S{}.A), IsZero[any](nil), IsZero[any](0))
	fmt.Println(IsZero(struct{ a, b int }{}), IsZero([2]string{"", "x"}))
	p := NewOf[int]()
	*p = 5
	fmt.Println(*p)
	ps := NewOf[S]()
	ps.A = 1
	fmt.Printf("%+v\n", *ps)
	pg := NewOf[G[string]]()
	pg.L = append(pg.L, "x")
	fmt.Printf("%+v\n", *pg)
	fmt.Println(*Ptr(3), *Ptr("s"), Deref[int](nil, 9), Deref(Ptr(2.5), 0))
	fmt.Println(len(MakeSlice[string](3)), MakeSlice[int](2), MakeSlice[*int](1)[0] == nil)
	mm := MakeMap[string, []int]()
	mm["a"] = append(mm["a"], 1)
	fmt.Println(mm)
	c := MakeChan[G[int]](1)
	c <- G[int]{V: 1}
	fmt.Printf("%+v %d\n", (<-c).V, cap(c))
	x := S{A: 5, B: "x"}
	Reset(&x)
	fmt.Printf("%+v\n", x)
	arr := make([]G[bool], 2)
	Fill(arr, G[bool]{V: true})
	fmt.Printf("%+v\n", arr)
	var ip *int = NewOf[int]()
	Reset(&ip)
	fmt.Println(ip == nil)
}
