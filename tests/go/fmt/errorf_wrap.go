// Tests fmt.Errorf with %w: wrapping chains, errors.Unwrap, errors.Is and errors.As through wraps, and %v of errors.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func find(name string) error {
	return &PathError{"open", "/data/" + name, ErrNotFound}
}

func main() {
	err := fmt.Errorf("load config: %w", find("app.cfg"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path, "op:", pe.Op)
	}
	u1 := errors.Unwrap(err)
	fmt.Println(u1)
	u2 := errors.Unwrap(u1)
	fmt.Println(u2, u2 == ErrNotFound)
	fmt.Println(errors.Unwrap(u2))
	notWrapped := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped) == nil)
	deep := fmt.Errorf("l3: %w", fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", ErrNotFound)))
	fmt.Println(deep, errors.Is(deep, ErrNotFound))
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
	fmt.Printf("%T %T\n", err, ErrNotFound)
	var nilErr error
	fmt.Printf("%v\n", nilErr)
	fmt.Println(fmt.Errorf("code %d: %s", 404, "missing"))
	e2 := fmt.Errorf("no verb wrap %w", "not an error")
	fmt.Println(e2)
}
