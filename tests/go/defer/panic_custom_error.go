// Tests panicking with a custom error type and inspecting it after recover with errors.As and type assertions.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Issue }

var ErrNotFound = errors.New("not found")

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", "negative"})
	}
	if age > 200 {
		panic(fmt.Errorf("lookup %d: %w", age, ErrNotFound))
	}
}

func check(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	validate(age)
	return nil
}

func main() {
	for _, age := range []int{30, -1, 500} {
		err := check(age)
		var ve *ValidationError
		switch {
		case err == nil:
			fmt.Println(age, "ok")
		case errors.As(err, &ve):
			fmt.Println(age, "validation:", ve.Field, ve.Issue, "|", err)
		case errors.Is(err, ErrNotFound):
			fmt.Println(age, "not found:", err)
		}
	}
}
