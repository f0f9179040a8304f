// Generics (a program written to find divergences from Go): dyniface.
package main

import (
	"fmt"
	"strconv"
)

type Box[T any] struct{ v T }

func (b Box[T]) Get() T           { return b.v }
func (b *Box[T]) Set(v T)         { b.v = v }
func (b Box[T]) String() string   { return "Box(" + fmt.Sprint(b.v) + ")" }

func TryGet[T any](x any) (T, bool) {
	if g, ok := x.(interface{ Get() T }); ok {
		return g.Get(), true
	}
	var z T
	return z, false
}

func TrySet[T any](x any, v T) bool {
	if s, ok := x.(interface{ Set(T) }); ok {
		s.Set(v)
		return true
	}
	return false
}

type Num int

func (n Num) Get() string { return "num" + strconv.Itoa(int(n)) }

func Str[T any](x T) string {
	if s, ok := any(x).(fmt.Stringer); ok {
		return "S:" + s.String()
	}
	if e, ok := any(x).(error); ok {
		return "E:" + e.Error()
	}
	return fmt.Sprintf("V:%v", x)
}

func main() {
	fmt.Println(TryGet[int](Box[int]{3}))
	fmt.Println(TryGet[string](Box[int]{3}))
	fmt.Println(TryGet[string](Num(4)))
	fmt.Println(TryGet[int](&Box[int]{5}))
	b := &Box[string]{"a"}
	fmt.Println(TrySet(b, "b"), b.v, TrySet(Box[string]{}, "c"), TrySet(b, 1))
	fmt.Println(Str(Box[float64]{1.5}), Str(fmt.Errorf("x")), Str(7), Str(&Box[int]{1}))
	var anyBoxes []any
	for i := range 3 {
		anyBoxes = append(anyBoxes, Box[int]{i}, Box[string]{strconv.Itoa(i)})
	}
	sum := 0
	cat := ""
	for _, x := range anyBoxes {
		if v, ok := TryGet[int](x); ok {
			sum += v
		}
		if v, ok := TryGet[string](x); ok {
			cat += v
		}
	}
	fmt.Println(sum, cat)
}
