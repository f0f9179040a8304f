// Tests errors.New identity, sentinel comparison, custom error types and error values in conditionals.
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty input")

type RangeError struct {
	Value, Min, Max int
}

func (e RangeError) Error() string {
	return fmt.Sprintf("%d out of range [%d, %d]", e.Value, e.Min, e.Max)
}

func validate(xs []int) error {
	if len(xs) == 0 {
		return ErrEmpty
	}
	for _, x := range xs {
		if x < 0 || x > 100 {
			return RangeError{x, 0, 100}
		}
	}
	return nil
}

func main() {
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	for _, in := range [][]int{nil, {1, 2}, {5, 500}} {
		err := validate(in)
		switch e := err.(type) {
		case nil:
			fmt.Println("valid")
		case RangeError:
			fmt.Println("range error:", e, "value", e.Value)
		default:
			fmt.Println("other:", e, e == ErrEmpty)
		}
	}
	var err error = RangeError{1, 2, 3}
	var re RangeError
	fmt.Println(errors.As(err, &re), re.Max)
	fmt.Println(errors.Is(err, RangeError{1, 2, 3}), errors.Is(err, RangeError{0, 2, 3}))
	fmt.Printf("%v | %s | %q\n", err, err, err)
}
