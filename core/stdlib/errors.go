// Package errors implements goroscope's errors: New, Is, As, Unwrap and Join, walking
// error trees through Unwrap() error and Unwrap() []error like Go 1.20+.
package errors

import "internal/rt"

// New returns an error that formats as the given text. Each call returns a distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// kindPointer is rt.Kind's number for pointers (reflect.Pointer).
const kindPointer = 22

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of calling err's Unwrap() error method, or nil. It does not
// unwrap errors whose Unwrap returns []error.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target, by == or an Is method.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

// isComparable reports whether == on x's dynamic type is allowed; an uncomparable type
// panics when compared with itself.
func isComparable(x any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_ = x == x
	return true
}

func is(err, target error, targetComparable bool) bool {
	for {
		// Different dynamic types compare unequal without panicking, and equal types
		// are comparable whenever the target's type is.
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if is(e, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree assignable to the type target points to, stores
// it there and returns true; an As(any) bool method may also claim a match.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if rt.Kind(target) != kindPointer || rt.IsNil(target) {
		panic("errors: target must be a non-nil pointer")
	}
	if !rt.ElemIsInterfaceOrError(target) {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if rt.AssignTo(target, err) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e == nil {
					continue
				}
				if as(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error wrapping the non-nil errs (nil if there are none); its message
// is theirs joined with newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }

// AsType finds the first error in err's tree of type E, and returns it (Go 1.26): As
// without a target variable.
func AsType[E error](err error) (E, bool) {
	var found E
	if err == nil {
		return found, false
	}
	var target *E // made only when an error's As method needs one
	return asType(err, &target)
}

func asType[E error](err error, target **E) (E, bool) {
	var none E
	for {
		if e, ok := err.(E); ok {
			return e, true
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			if *target == nil {
				*target = new(E)
			}
			if x.As(*target) {
				return **target, true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			if err = x.Unwrap(); err == nil {
				return none, false
			}
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				if inner == nil {
					continue
				}
				if e, ok := asType(inner, target); ok {
					return e, true
				}
			}
			return none, false
		default:
			return none, false
		}
	}
}
