// Generics (a program written to find divergences from Go): print.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

type Box[T any] struct{ V T }

type Opt[T any] struct {
	v  T
	ok bool
}

type List[T any] []T
type M[K comparable, V any] map[K]V
type Fn[T any] func(T) T
type Ch[T any] chan T
type Ptr[T any] *T
type Arr[T any] [3]T

type myint int
type S struct{ A int }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%v %+v %s %T\n", p, p, p, p)
	fmt.Printf("%#v\n", Box[int]{3})
	b := Box[Pair[int, bool]]{Pair[int, bool]{1, true}}
	fmt.Printf("%v %+v %T\n", b, b, b)
	fmt.Printf("%T\n", Box[[]map[string]*int]{})
	fmt.Printf("%T\n", Box[myint]{})
	fmt.Printf("%T\n", Box[S]{})
	fmt.Printf("%T\n", Box[struct{ X int }]{})
	fmt.Printf("%T\n", Box[func(int) string]{})
	fmt.Printf("%T\n", Box[any]{})
	fmt.Printf("%T\n", Box[error]{})
	fmt.Printf("%T\n", Box[interface{ M() }]{})
	fmt.Printf("%T\n", Box[[2]Box[int]]{})
	fmt.Printf("%T\n", Pair[Box[int], List[string]]{})
	fmt.Printf("%T\n", List[int]{})
	fmt.Printf("%T\n", M[string, List[int]]{})
	fmt.Printf("%T\n", Fn[int](nil))
	fmt.Printf("%T\n", make(Ch[string]))
	fmt.Printf("%T\n", Arr[uint8]{})
	fmt.Printf("%T\n", Opt[chan<- int]{})
	fmt.Printf("%T\n", Box[map[Pair[int, int]]string]{})
	fmt.Printf("%v %+v\n", Opt[int]{3, true}, Opt[string]{"x", false})
	fmt.Printf("%#v\n", Opt[int]{3, true})
	fmt.Printf("%#v\n", List[int]{1, 2})
	fmt.Printf("%#v\n", Pair[string, float64]{"x", 1})
	var bp *Box[int]
	fmt.Printf("%v %T\n", bp, bp)
	fmt.Printf("%v\n", &Box[string]{"hi"})
	fmt.Printf("%+v\n", &Box[string]{"hi"})
	var i any = Box[int]{5}
	fmt.Printf("%v %T\n", i, i)
	fmt.Println([]Pair[int, string]{{1, "a"}, {2, "b"}})
	fmt.Println(map[string]Pair[int, int]{"z": {1, 2}, "a": {3, 4}})
	fmt.Printf("%x %X %q\n", Box[int]{255}, Box[string]{"hi"}, Box[string]{"q"})
	fmt.Printf("%d\n", List[int]{1, 2, 3})
	fmt.Printf("%5.2f\n", Box[float64]{3.14159})
}
