// Tests wrapping chains with custom Unwrap, Is and As methods, and errors.Is/As traversal order.
package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

type TempErr struct{ Op string }

func (e *TempErr) Error() string   { return "temporary failure in " + e.Op }
func (e *TempErr) Is(t error) bool { return t == ErrTimeout }

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	base := &TempErr{"dial"}
	err := &OpError{"connect", fmt.Errorf("retry 3: %w", base)}
	fmt.Println(err)
	fmt.Println("Is timeout (via custom Is):", errors.Is(err, ErrTimeout))
	var te *TempErr
	fmt.Println("As TempErr:", errors.As(err, &te), te.Op)
	var oe *OpError
	fmt.Println("As OpError:", errors.As(err, &oe), oe.Op)
	var c Code
	fmt.Println("As Code:", errors.As(err, &c))
	wrappedCode := fmt.Errorf("http: %w", Code(503))
	fmt.Println(errors.As(wrappedCode, &c), c, int(c))
	fmt.Println(errors.Is(wrappedCode, Code(503)), errors.Is(wrappedCode, Code(404)))
	var chain []string
	for e := error(err); e != nil; e = errors.Unwrap(e) {
		chain = append(chain, fmt.Sprintf("%T", e))
	}
	fmt.Println(chain)
	fmt.Println(errors.Is(nil, ErrTimeout), errors.Is(nil, nil), errors.Unwrap(nil))
}
