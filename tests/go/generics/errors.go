// Generics (a program written to find divergences from Go): errors.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFoundError[K any] struct{ Key K }

func (e NotFoundError[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

type ValidationError[T any] struct {
	Field string
	Value T
	Err   error
}

func (e *ValidationError[T]) Error() string {
	return fmt.Sprintf("invalid %s=%v: %v", e.Field, e.Value, e.Err)
}
func (e *ValidationError[T]) Unwrap() error { return e.Err }

var ErrRange = errors.New("out of range")

type Repo[K comparable, V any] struct{ data map[K]V }

func (r *Repo[K, V]) Find(k K) (V, error) {
	v, ok := r.data[k]
	if !ok {
		return v, NotFoundError[K]{k}
	}
	return v, nil
}

func Validate[T ~int | ~float64](field string, v, lo, hi T) error {
	if v < lo || v > hi {
		return &ValidationError[T]{field, v, fmt.Errorf("%v not in [%v,%v]: %w", v, lo, hi, ErrRange)}
	}
	return nil
}

func ParseAll[T any](ss []string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	var errs []error
	for i, s := range ss {
		v, err := parse(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, err))
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

func main() {
	r := &Repo[string, int]{data: map[string]int{"a": 1}}
	if _, err := r.Find("zz"); err != nil {
		fmt.Println(err)
		var nf NotFoundError[string]
		fmt.Println(errors.As(err, &nf), nf.Key)
		var nfi NotFoundError[int]
		fmt.Println(errors.As(err, &nfi))
	}
	err := Validate("age", 200, 0, 150)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrRange))
	var ve *ValidationError[int]
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field, "value:", ve.Value)
	}
	var vf *ValidationError[float64]
	fmt.Println(errors.As(err, &vf))
	fmt.Println(Validate("t", 1.5, 0, 2) == nil)
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(wrapped, errors.Unwrap(errors.Unwrap(wrapped)) != nil)
	nums, err := ParseAll([]string{"1", "x", "3", "1e9999"}, strconv.Atoi)
	fmt.Println(nums)
	fmt.Println(err)
	fl, err := ParseAll([]string{"1.5", "2"}, func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	fmt.Println(fl, err)
	fmt.Fprintln(os.Stderr, "done")
}
