// Tests errors.Join (Go 1.20): newline-separated message, Is/As through joined errors, nil handling.
// golden written by hand (Go 1.20 feature)
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("error A")
var ErrB = errors.New("error B")

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	j := errors.Join(ErrA, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, errors.New("error A")))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	single := errors.Join(nil, ErrA, nil)
	fmt.Println(single, single == ErrA, errors.Is(single, ErrA))
	wrapped := fmt.Errorf("batch failed: %w", errors.Join(ErrB, Code(7)))
	fmt.Println(wrapped)
	var c Code
	fmt.Println(errors.As(wrapped, &c), c)
	fmt.Println(errors.Unwrap(j) == nil)
	var errs []error
	for i := 1; i <= 3; i++ {
		if i%2 == 1 {
			errs = append(errs, fmt.Errorf("item %d invalid", i))
		}
	}
	fmt.Println(errors.Join(errs...))
}
