// Package runtime: goroutine counts, scheduling hints, run-time errors, and the text of
// panic values printed when a program dies.
package runtime

import "internal/rt"

// NumGoroutine returns the number of goroutines that currently exist (native).
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run (native).
func Gosched()

// Goexit runs the deferred calls of the calling goroutine and then ends it (native).
func Goexit()

// GOMAXPROCS sets the number of virtual processors that run goroutines at once (n >= 1)
// and returns the previous number; n < 1 only asks (native).
func GOMAXPROCS(n int) int

// NumCPU reports the virtual machine's CPUs, 4, the default GOMAXPROCS (native).
func NumCPU() int

// Caller reports the file and line of a function on the calling goroutine's stack: skip 0
// is the caller of Caller (native). pc identifies the call site but is not a real address.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// GC is a no-op.
func GC() {}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "goroscope"

// Version returns the Go version whose semantics goroscope follows.
func Version() string { return "go1.22" }

// Error identifies a run-time error (index out of range, nil map write, ...).
type Error interface {
	error
	RuntimeError()
}

// The dynamic types of the run-time panics the VM raises, named as Go's (%T of a recovered
// error prints them); the VM passes each its whole message.
type errorString string // nil dereference, division by zero, ...

func (e errorString) Error() string { return string(e) }

func (e errorString) RuntimeError() {}

type boundsError string // index and slice bounds

func (e boundsError) Error() string { return string(e) }

func (e boundsError) RuntimeError() {}

type plainError string // nil map writes, channel misuse: no "runtime error: " prefix

func (e plainError) Error() string { return string(e) }

func (e plainError) RuntimeError() {}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (e *TypeAssertionError) Error() string { return e.msg }

func (*TypeAssertionError) RuntimeError() {}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

type stringer interface {
	String() string
}

// printFloat formats like the print builtin: 1.5 (shortest, of a float32 or float64).
func printFloat(f float64, bits int) string

// panicText is what "panic: ..." shows for an unrecovered panic value v.
func panicText(v any) string {
	switch x := v.(type) {
	case error:
		return x.Error()
	case stringer:
		return x.String()
	}
	ts := rt.TypeString(v)
	var s string
	switch k := rt.Kind(v); {
	case k == rt.KindString:
		s = rt.Str(v)
		if ts != "string" {
			return ts + "(\"" + s + "\")"
		}
		return s
	case k == rt.KindBool:
		s = "false"
		if rt.Bool(v) {
			s = "true"
		}
	case k >= rt.KindInt && k <= rt.KindInt64:
		s = itoa(rt.Int(v))
	case k >= rt.KindUint && k <= rt.KindUintptr:
		s = utoa(rt.Uint(v))
	case k == rt.KindFloat32:
		s = printFloat(rt.Float(v), 32)
	case k == rt.KindFloat64:
		s = printFloat(rt.Float(v), 64)
	default:
		return "(" + ts + ") " + hex(uint64(rt.Pointer(v)))
	}
	if ts == "bool" || ts == "int" || ts == "int8" || ts == "int16" || ts == "int32" || ts == "int64" ||
		ts == "uint" || ts == "uint8" || ts == "uint16" || ts == "uint32" || ts == "uint64" ||
		ts == "uintptr" || ts == "float32" || ts == "float64" {
		return s
	}
	return ts + "(" + s + ")"
}

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

func itoa(i int64) string {
	if i < 0 {
		return "-" + utoa(uint64(-i))
	}
	return utoa(uint64(i))
}

func hex(u uint64) string {
	const digits = "0123456789abcdef"
	if u == 0 {
		return "0x0"
	}
	var b [16]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = digits[u%16]
		u /= 16
	}
	return "0x" + string(b[i:])
}
