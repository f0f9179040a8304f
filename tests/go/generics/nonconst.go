// Generics (a program written to find divergences from Go): nonconst.
package main

import (
	"fmt"
	"math"
)

func Sq[T ~int8 | ~int16 | ~int32]() T {
	x := T(100)
	return x * x
}

func SqDirect[T ~int8 | ~int16]() T { return T(100) * T(100) }

func Wrap[T ~int64 | ~int32]() T { return T(0) + math.MaxInt32 + 1 }

func Under[T ~uint8 | ~uint32]() T { return T(0) - 1 }

func Big[T ~int64 | ~uint64]() T { return T(1) << 70 }

func Cat[T ~string]() T { return T("a") + T("b") }

func DivZero[T ~int | ~int8]() T { return T(1) / T(0) }

func Half[T ~int | ~float64]() T { return T(7) / T(2) }

func Neg[T ~int8 | ~int16]() T { return -T(-128) }

type Tiny int8

func main() {
	fmt.Println(Sq[int8](), Sq[int16](), Sq[int32](), Sq[Tiny]())
	fmt.Println(SqDirect[int8](), SqDirect[int16]())
	fmt.Println(Wrap[int32](), Wrap[int64]())
	fmt.Println(Under[uint8](), Under[uint32]())
	fmt.Println(Big[int64](), Big[uint64]())
	fmt.Println(Cat[string]())
	fmt.Println(Half[int](), Half[float64]())
	fmt.Println(Neg[int8](), Neg[int16]())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(DivZero[int8]())
}
