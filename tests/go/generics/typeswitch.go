// Generics (a program written to find divergences from Go): typeswitch.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID#" + strconv.Itoa(int(i)) }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + strconv.Quote(v)
	case Stringer:
		return "stringer " + v.String()
	case []T:
		return fmt.Sprintf("slice of T len %d", len(v))
	case error:
		return "error " + v.Error()
	case func() T:
		return "func returning T"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func IsT[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func As[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func Kind[T any]() string {
	var z T
	switch any(z).(type) {
	case int, int8, int16, int32, int64:
		return "signed"
	case uint, uint8, uint16, uint32, uint64, uintptr:
		return "unsigned"
	case float32, float64:
		return "float"
	case string:
		return "string"
	case nil:
		return "nil-zero(interface)"
	}
	return fmt.Sprintf("%T", z)
}

func Switch2[T, U any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case U:
		return "U"
	}
	return "neither"
}

func Ptr[T any](x T) string {
	switch p := any(&x).(type) {
	case *int:
		*p = 100
		return fmt.Sprint("*int ", x)
	case *string:
		return "*string"
	}
	return "?"
}

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe[error](nil))
	fmt.Println(Describe(fmt.Errorf("boom")))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe(func() int { return 1 }))
	fmt.Println(Describe(func() string { return "" }))
	fmt.Println(Describe([]float64{}))
	fmt.Println(IsT[int](3), IsT[int](int64(3)), IsT[Stringer](ID(1)), IsT[error](ID(1)))
	v, ok := As[string]("x")
	fmt.Printf("%q %v\n", v, ok)
	n, ok := As[int]("x")
	fmt.Println(n, ok)
	fmt.Println(Kind[int](), Kind[uint16](), Kind[float32](), Kind[string](), Kind[any](), Kind[[]int](), Kind[ID](), Kind[*int]())
	fmt.Println(Switch2[int, string](1), Switch2[int, string]("s"), Switch2[int, string](1.0), Switch2[int, int](1))
	fmt.Println(Ptr(5), Ptr("s"), Ptr(1.0))
}
