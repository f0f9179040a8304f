// Generics (a program written to find divergences from Go): mapkeys iface.
package main

import (
	"fmt"
	"sort"
)

type Pair[A, B comparable] struct {
	A A
	B B
}

type Key[T comparable] struct{ k T }

type Shape interface {
	Area() float64
}

type Sq[T ~int | ~float64] struct{ S T }

func (s Sq[T]) Area() float64 { return float64(s.S * s.S) }

type Rect[T ~int | ~float64] struct{ W, H T }

func (r *Rect[T]) Area() float64 { return float64(r.W) * float64(r.H) }

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	m := map[Pair[string, int]]int{}
	m[Pair[string, int]{"a", 1}]++
	m[Pair[string, int]{"a", 1}]++
	m[Pair[string, int]{"b", 1}]++
	keys := make([]Pair[string, int], 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].A < keys[j].A })
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	mi := map[any]string{}
	mi[Key[int]{1}] = "int1"
	mi[Key[int64]{1}] = "int64-1"
	mi[Key[string]{"1"}] = "str1"
	mi[1] = "plain"
	fmt.Println(len(mi), mi[Key[int]{1}], mi[Key[int64]{1}], mi[Key[string]{"1"}])
	var a, b any = Key[int]{1}, Key[int64]{1}
	fmt.Println(a == b, a == any(Key[int]{1}))
	fmt.Println(Eq(a, b), Eq[any](Key[int]{2}, Key[int]{2}))

	shapes := []Shape{Sq[int]{3}, Sq[float64]{1.5}, &Rect[int]{2, 3}, &Rect[float64]{0.5, 4}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %.2f\n", s, s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	for _, s := range shapes {
		switch v := s.(type) {
		case Sq[int]:
			fmt.Println("Sq[int]", v.S)
		case Sq[float64]:
			fmt.Println("Sq[float64]", v.S)
		case *Rect[int]:
			fmt.Println("*Rect[int]", v.W, v.H)
		default:
			fmt.Println("other", v)
		}
	}
	if _, ok := shapes[0].(Sq[float64]); !ok {
		fmt.Println("not Sq[float64]")
	}
	var x any = Pair[int, int]{1, 2}
	p := x.(Pair[int, int])
	fmt.Println(p.A + p.B)
	_, ok := x.(Pair[int, int64])
	fmt.Println(ok)
	type local = Pair[bool, bool]
	var y any = local{true, false}
	fmt.Printf("%T %v\n", y, y)
	ch := map[chan int]Key[string]{}
	fmt.Println(len(ch))
	arrKey := map[[2]Key[int]]bool{{{1}, {2}}: true}
	fmt.Println(arrKey[[2]Key[int]{{1}, {2}}], arrKey[[2]Key[int]{{2}, {1}}])
}
