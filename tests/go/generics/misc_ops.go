// Generics (a program written to find divergences from Go): misc ops.
package main

import (
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

func Chr[T Integer](x T) string { return string(rune(x)) }

func ToStr[T ~int32 | ~uint8](x T) string { return string(x) }

func Bits[T ~uint8 | ~uint16 | ~uint32 | ~uint64](x T) string {
	var sb strings.Builder
	for i := 0; x != 0; i++ {
		if x&1 == 1 {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
		x >>= 1
	}
	return sb.String()
}

func Ops[T Integer](a, b T) []T {
	return []T{a & b, a | b, a ^ b, a &^ b, ^a, a << 3, a >> 1, a % (b + 1)}
}

func IsZeroOrOne[T Integer | ~float64](x T) bool { return x == 0 || x == 1 }

func Letters[T ~rune | ~byte]() []T {
	var out []T
	for c := T('a'); c <= 'e'; c++ {
		out = append(out, c)
	}
	return out
}

type Grid[T comparable] [2][2]T

func (g Grid[T]) Transposed() Grid[T] {
	return Grid[T]{{g[0][0], g[1][0]}, {g[0][1], g[1][1]}}
}

func (g Grid[T]) Symmetric() bool { return g == g.Transposed() }

type Rec[T any] struct {
	Name string
	V    T
	I    any
}

func FindFirst[T comparable](rows [][]T, target T) (int, int) {
outer:
	for i, row := range rows {
		for j, v := range row {
			if v == target {
				return i, j
			}
			if j > 2 {
				continue outer
			}
		}
	}
	return -1, -1
}

func SafeCall[T any](f func() T) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f(), nil
}

func main() {
	fmt.Println(Chr(65), Chr(uint8(0x42)), Chr(int64(0x4e16)), ToStr(int32(0x263a)), ToStr(uint8(67)))
	fmt.Println(Bits(uint8(6)), Bits(uint64(1)<<40 | 1))
	fmt.Println(Ops(12, 10), Ops[uint8](0xf0, 0x3c), Ops[int8](-7, 3))
	fmt.Println(IsZeroOrOne(0), IsZeroOrOne(uint(1)), IsZeroOrOne(1.0), IsZeroOrOne(0.5))
	fmt.Println(Letters[rune](), string(Letters[byte]()))
	g := Grid[int]{{1, 2}, {2, 1}}
	fmt.Println(g.Transposed(), g.Symmetric(), Grid[string]{{"a", "b"}, {"c", "d"}}.Symmetric())
	r1, r2 := Rec[int]{"a", 1, "x"}, Rec[int]{"a", 1, "x"}
	fmt.Println(r1 == r2, r1 == Rec[int]{"a", 1, 2})
	fmt.Println(FindFirst([][]string{{"a", "b"}, {"c", "d", "e"}}, "e"))
	fmt.Println(FindFirst([][]int{{1, 2, 3, 4, 5}, {6}}, 5))
	fmt.Println(SafeCall(func() int { return 1 }))
	fmt.Println(SafeCall(func() []int { var m map[string][]int; m["x"] = nil; return nil }))
	n, err := SafeCall(func() float64 { var a []float64; return a[3] })
	fmt.Println(n, err)
}
