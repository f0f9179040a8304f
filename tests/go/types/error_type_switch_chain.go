// Tests type switches over wrapped error chains combined with errors.Is/As and strconv.NumError.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temp struct{ error }

func (t Temp) Temporary() bool { return true }
func (t Temp) Unwrap() error   { return t.error }

type multi []error

func (m multi) Error() string   { return fmt.Sprint([]error(m)) }
func (m multi) Unwrap() []error { return m }

var ErrBase = errors.New("base")

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case *NotFound:
		return "notfound " + e.Key
	case Temp:
		return "temp(" + classify(e.error) + ")"
	case interface{ Unwrap() error }:
		return "wrapped(" + classify(e.Unwrap()) + ")"
	case *strconv.NumError:
		return "num " + e.Func + " " + e.Num + " " + e.Err.Error()
	default:
		if err == ErrBase {
			return "base"
		}
		return "other " + e.Error()
	}
}

func main() {
	errs := []error{
		nil,
		&NotFound{"a"},
		fmt.Errorf("ctx: %w", &NotFound{"b"}),
		Temp{fmt.Errorf("x: %w", ErrBase)},
		fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", io.EOF)),
		func() error { _, err := strconv.Atoi("12a"); return err }(),
		fmt.Errorf("no wrap %v", ErrBase),
	}
	for _, err := range errs {
		var nf *NotFound
		var tmp interface{ Temporary() bool }
		fmt.Printf("%-50v | %s | is base=%v eof=%v | as nf=%v tmp=%v\n", err, classify(err), errors.Is(err, ErrBase), errors.Is(err, io.EOF), errors.As(err, &nf), errors.As(err, &tmp))
		if nf != nil {
			fmt.Println("   nf key", nf.Key)
		}
	}
	fmt.Println(errors.Unwrap(errs[2]) == nil, errors.Unwrap(errors.Unwrap(errs[4])) == io.EOF)
	var numErr *strconv.NumError
	_, err := strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(errors.As(err, &numErr), errors.Is(err, strconv.ErrRange), numErr)
}
