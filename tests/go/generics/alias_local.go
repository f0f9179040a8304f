// Generics (a program written to find divergences from Go): alias local.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type IntBox = Box[int]
type Pair[A, B any] struct {
	A A
	B B
}

func Local[T any](x T) any {
	type wrapper struct {
		val T
		n   int
	}
	return wrapper{x, 1}
}

func LocalNamed[T any](x T) string {
	type L []T
	l := L{x, x}
	return fmt.Sprintf("%v %d", l, len(l))
}

func Recurse[T any](n int, x T) []T {
	if n == 0 {
		return nil
	}
	return append(Recurse(n-1, x), x)
}

func Fact[T ~int | ~int64 | ~float64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func IsEven[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return IsOdd(n - 1)
}

func IsOdd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return IsEven(n - 1)
}

func main() {
	var ib IntBox = Box[int]{3}
	fmt.Println(ib.Get())
	fmt.Printf("%T\n", ib)
	type SP = Pair[string, float64]
	sp := SP{"pi", 3.14}
	fmt.Printf("%+v %T\n", sp, sp)
	fmt.Printf("%+v\n", Local(5))
	fmt.Printf("%+v\n", Local("s"))
	fmt.Println(LocalNamed(1.5))
	fmt.Println(Recurse(3, "x"), len(Recurse[int](0, 1)))
	fmt.Println(Fact(10), Fact(int64(20)), Fact(5.0))
	type MyInt int
	fmt.Println(IsEven(MyInt(10)), IsOdd(7))
	var a any = IntBox{9}
	_, ok := a.(Box[int])
	fmt.Println(ok)
}
