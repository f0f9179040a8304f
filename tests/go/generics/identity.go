// Generics (a program written to find divergences from Go): identity.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Box[T any] struct{ V T }
type Crate[T any] struct{ V T }
type MyInt int
type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func (v Vec[T]) Sum() (s T) {
	for _, x := range v {
		s += x
	}
	return
}

func Conv[T any](b Box[T]) Crate[T] { return Crate[T](b) }

func ToVec[T Num](xs []T) Vec[T] { return Vec[T](xs) }

func Same[A, B any]() bool {
	var a A
	_, ok := any(a).(B)
	return ok
}

type Getter[T any] interface{ Get() T }

func (b Box[T]) Get() T { return b.V }

func main() {
	var a any = Box[int]{1}
	_, ok1 := a.(Box[MyInt])
	_, ok2 := a.(Box[int])
	fmt.Println(ok1, ok2)
	fmt.Println(Same[Box[int], Box[int]](), Same[Box[int], Box[MyInt]](), Same[Box[int], Crate[int]]())
	c := Conv(Box[string]{"x"})
	fmt.Printf("%T %v\n", c, c)
	v := ToVec([]float64{1, 2.5})
	fmt.Printf("%T %v\n", v, v.Sum())
	fmt.Printf("%T\n", Box[strings.Builder]{})
	fmt.Printf("%T\n", &Box[sync.Mutex]{})
	fmt.Printf("%T\n", func(Box[int]) Crate[string] { return Crate[string]{} })
	fmt.Printf("%T\n", Box[int].Get)
	fmt.Printf("%T\n", (*Box[int]).Get)
	var g Getter[int] = Box[int]{7}
	fmt.Printf("%T %v\n", g, g.Get())
	var gi any = g
	_, isG := gi.(Getter[int])
	_, isG2 := gi.(Getter[MyInt])
	fmt.Println(isG, isG2)
	fmt.Printf("%T\n", []Getter[string]{})
	fmt.Printf("%T\n", map[Box[int]]Vec[float64]{})
	fmt.Printf("%T\n", Box[Box[Box[int]]]{})
	fmt.Printf("%T\n", Box[[]*Box[map[string]chan<- int]]{})
	fmt.Printf("%T\n", Box[<-chan func(...int) error]{})
	fmt.Printf("%T\n", Box[interface{ Get() int }]{})
	fmt.Printf("%T\n", Box[struct {
		A int `json:"a"`
		B string
	}]{})
	fmt.Printf("%v\n", Box[*int]{})
	fmt.Printf("%T\n", Box[[0]int]{})
	fmt.Printf("%T\n", Box[Getter[int]]{})
	fmt.Printf("%T\n", Box[uintptr]{})
	fmt.Printf("%T %T\n", Box[rune]{}, Box[byte]{})
	fmt.Printf("%T\n", Box[complex128]{})
}
