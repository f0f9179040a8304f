// Tests custom Is/As methods, errors.As into values and interfaces, fmt.Errorf %w edge cases.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code/100 == e.Code/100)
}

type Wrapper struct {
	msg string
	err error
}

func (w *Wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *Wrapper) Unwrap() error { return w.err }
func (w *Wrapper) As(target any) bool {
	if p, ok := target.(*string); ok {
		*p = w.msg
		return true
	}
	return false
}

type valErr struct{}

func (valErr) Error() string { return "valErr" }

func main() {
	e := &Wrapper{"ctx", fmt.Errorf("mid: %w", StatusErr{404})}
	fmt.Println(e)
	fmt.Println(errors.Is(e, StatusErr{400}), errors.Is(e, StatusErr{500}), errors.Is(e, StatusErr{}))
	var se StatusErr
	fmt.Println(errors.As(e, &se), se.Code)
	var w *Wrapper
	fmt.Println(errors.As(fmt.Errorf("outer: %w", e), &w), w.msg)
	var ve valErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", valErr{}), &ve))
	var pe *os.File
	_ = pe
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, io.EOF), errors.Is(io.EOF, nil), errors.Unwrap(nil))
	chain := error(io.EOF)
	for i := 0; i < 4; i++ {
		chain = fmt.Errorf("L%d: %w", i, chain)
	}
	fmt.Println(chain)
	depth := 0
	for err := chain; err != nil; err = errors.Unwrap(err) {
		depth++
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			_ = x
		default:
			fmt.Printf("leaf at %d: %T %v\n", depth, x, x)
		}
	}
	fmt.Println(fmt.Errorf("%w", nil), fmt.Errorf("no verb", 1), fmt.Errorf("%v %w", "a", "notanerror"))
	wrapped := fmt.Errorf("a %w", io.EOF)
	fmt.Printf("%T %v\n", wrapped, errors.Unwrap(wrapped) == io.EOF)
	plain := fmt.Errorf("a %v", io.EOF)
	fmt.Printf("%T %v\n", plain, errors.Unwrap(plain) == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var target *Wrapper
	errors.As(e, target)
}
