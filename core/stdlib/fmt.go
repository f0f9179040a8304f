// Package fmt implements goroscope's fmt: Print/Sprint/Errorf families with Go's verbs,
// flags, error annotations (%!d(string=x)) and value printing, inspecting values through
// internal/rt. Formatter and the Scan family are not provided.
package fmt

import (
	"errors"
	"internal/rt"
	"io"
	"strconv"
	"unicode/utf8"
)

// writeStdout writes s to the program's standard output (native).
func writeStdout(s string)

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, used by %#v.
type GoStringer interface {
	GoString() string
}

const (
	ldigits  = "0123456789abcdefx"
	udigits  = "0123456789ABCDEFX"
	signed   = true
	unsigned = false
)

// Kind numbers returned by rt.Kind (they follow reflect.Kind; named here so this file
// does not depend on how internal/rt spells its constants).
const (
	kindInvalid = iota
	kindBool
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPointer
	kindSlice
	kindString
	kindStruct
	kindUnsafePointer
)

// Access of a value reached through struct fields, mirroring reflect's read-only flags:
// methods are only called on accOK values. A non-embedded unexported field makes
// everything below it read-only; an embedded one only itself.
const (
	accOK      = 0
	accEmbedRO = 1
	accRO      = 2
)

// flags holds the settings of one verb.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	// %+v and %#v set plusV/sharpV and clear plus/sharp: they are separate formats.
	plusV  bool
	sharpV bool
	wid    int
	prec   int
}

// printer holds the state of one Print/Sprintf/Errorf call.
type printer struct {
	buf []byte
	fl  flags
	// cur is the operand being formatted, shown by badVerb (nil: a nil interface).
	cur any
	// erroring is set while printing a bad-verb operand, so methods are not called.
	erroring bool
	// panicking is set while printing a panic from a String/Error method.
	panicking bool
	// wrapErrs is set by Errorf: %w is allowed; wrapped lists the operands it used.
	wrapErrs bool
	wrapped  []int
	// reordered is set when the format used [n] indexes; goodArgNum when the last was valid.
	reordered  bool
	goodArgNum bool
	intbuf     [68]byte // scratch space for numbers
}

func newPrinter() *printer {
	p := &printer{}
	p.buf = make([]byte, 0, 64)
	return p
}

// ---- public API ----

// Sprint formats its operands with %v, adding spaces between operands when neither is a
// string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Sprintln formats its operands with %v, always adding spaces between them and a newline.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Print is like Sprint but writes to standard output.
func Print(a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	writeStdout(string(p.buf))
	return len(p.buf), nil
}

// Println is like Sprintln but writes to standard output.
func Println(a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	writeStdout(string(p.buf))
	return len(p.buf), nil
}

// Printf is like Sprintf but writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	writeStdout(string(p.buf))
	return len(p.buf), nil
}

// Fprint is like Sprint but writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Fprintln is like Sprintln but writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Fprintf is like Sprintf but writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Append is like Sprint but appends to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Appendln is like Sprintln but appends to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// Appendf is like Sprintf but appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Errorf formats like Sprintf and returns the string as an error. With one %w operand
// the error's Unwrap() error returns it; with several, Unwrap() []error returns them in
// argument order.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	switch len(p.wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrapped[0]].(error)
		return w
	}
	idx := p.wrapped
	if p.reordered {
		// Argument indexes may have visited operands out of order.
		for i := 1; i < len(idx); i++ {
			for j := i; j > 0 && idx[j] < idx[j-1]; j-- {
				idx[j], idx[j-1] = idx[j-1], idx[j]
			}
		}
	}
	var errs []error
	for i, n := range idx {
		if i > 0 && idx[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// ---- operand loops ----

func (p *printer) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && rt.Kind(arg) == kindString
		// Add a space between two operands when neither is a string.
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *printer) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// tooLarge reports whether a width or precision is too large to use.
func tooLarge(x int) bool {
	const max = 1000000
	return x > max || x < -max
}

// parsenum parses a decimal number in s[start:end]; isnum is false if there is none.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end // absurdly long number
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// intFromArg reads a[argNum] as a width or precision; isInt reports whether it is an
// integer of acceptable size.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			switch x := a[argNum]; rt.Kind(x) {
			case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
				num = int(rt.Int(x))
				isInt = true
			case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
				n := rt.Uint(x)
				if int64(n) >= 0 {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

// parseArgNumber parses "[n]" at the start of format: the zero-based index, the bytes
// consumed (1 if there is no closing bracket) and whether it parsed.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			n, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber applies an explicit "[n]" argument index at format[i:], if any.
func (p *printer) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *printer) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0         // next operand to format
	afterIndex := false // the previous item was an argument index like [3]
	p.reordered = false
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf = append(p.buf, format[lasti:i]...)
		}
		if i >= end {
			break
		}
		i++ // skip '%'

		// Flags, then a fast path for a plain lower-case verb.
		p.fl = flags{}
		i = p.scanFlags(format, i)
		if i < end {
			if c := format[i]; 'a' <= c && c <= 'z' && argNum < len(a) {
				switch c {
				case 'w':
					p.wrapped = append(p.wrapped, argNum)
					p.setV()
				case 'v':
					p.setV()
				}
				p.printArg(a[argNum], rune(c))
				argNum++
				i++
				continue
			}
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Width.
		if i < end && format[i] == '*' {
			i++
			p.fl.wid, p.fl.widPresent, argNum = intFromArg(a, argNum)
			if !p.fl.widPresent {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			// A negative width means left-justify.
			if p.fl.wid < 0 {
				p.fl.wid = -p.fl.wid
				p.fl.minus = true
				p.fl.zero = false
			}
			afterIndex = false
		} else {
			p.fl.wid, p.fl.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fl.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fl.prec, p.fl.precPresent, argNum = intFromArg(a, argNum)
				if p.fl.prec < 0 {
					p.fl.prec = 0
					p.fl.precPresent = false
				}
				if !p.fl.precPresent {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.fl.prec, p.fl.precPresent, i = parsenum(format, i, end)
				if !p.fl.precPresent {
					p.fl.prec = 0
					p.fl.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%': // a literal percent: no operand, width and precision ignored
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.buf = append(p.buf, "%!"...)
			p.buf = utf8.AppendRune(p.buf, verb)
			p.buf = append(p.buf, "(BADINDEX)"...)
		case argNum >= len(a):
			p.buf = append(p.buf, "%!"...)
			p.buf = utf8.AppendRune(p.buf, verb)
			p.buf = append(p.buf, "(MISSING)"...)
		default:
			if verb == 'w' {
				p.wrapped = append(p.wrapped, argNum)
			}
			if verb == 'v' || verb == 'w' {
				p.setV()
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Report unused operands, unless indexes made the order unknowable.
	if !p.reordered && argNum < len(a) {
		p.fl = flags{}
		p.buf = append(p.buf, "%!(EXTRA "...)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, rt.TypeString(arg)...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

// scanFlags records the flag characters at format[i:] and returns the index after them.
func (p *printer) scanFlags(format string, i int) int {
	for ; i < len(format); i++ {
		switch format[i] {
		case '#':
			p.fl.sharp = true
		case '0':
			p.fl.zero = !p.fl.minus // only pad with zeros on the left
		case '+':
			p.fl.plus = true
		case '-':
			p.fl.minus = true
			p.fl.zero = false
		case ' ':
			p.fl.space = true
		default:
			return i
		}
	}
	return i
}

// setV turns the # and + flags into the %#v / %+v formats.
func (p *printer) setV() {
	p.fl.sharpV = p.fl.sharp
	p.fl.sharp = false
	p.fl.plusV = p.fl.plus
	p.fl.plus = false
}

// ---- operands ----

// printArg formats one top-level operand.
func (p *printer) printArg(arg any, verb rune) {
	p.cur = arg
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badVerb(verb)
		}
		return
	}
	// %T and %p never look at methods.
	switch verb {
	case 'T':
		p.fmtS(rt.TypeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case int:
		p.fmtInteger(uint64(f), signed, verb)
	case int8:
		p.fmtInteger(uint64(f), signed, verb)
	case int16:
		p.fmtInteger(uint64(f), signed, verb)
	case int32:
		p.fmtInteger(uint64(f), signed, verb)
	case int64:
		p.fmtInteger(uint64(f), signed, verb)
	case uint:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint8:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint16:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint32:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint64:
		p.fmtInteger(f, unsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(f), unsigned, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	default:
		if !p.handleMethods(arg, verb) {
			p.printValue(arg, accOK, verb, 0)
		}
	}
}

// handleMethods formats arg with its Error, String or GoString method when the verb
// allows it, reporting whether it did.
func (p *printer) handleMethods(arg any, verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w needs Errorf and an error operand; it then prints like %v.
		if _, ok := arg.(error); !ok || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	if p.fl.sharpV {
		if gs, ok := arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(arg, verb, "GoString")
			p.fmtS(gs.GoString())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.catchPanic(arg, verb, "String")
			p.fmtString(v.String(), verb)
			return
		}
	}
	return false
}

// catchPanic turns a panic in a formatting method into "%!v(PANIC=String method: msg)";
// a nil pointer receiver just prints "<nil>".
func (p *printer) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		if rt.Kind(arg) == kindPointer && rt.IsNil(arg) {
			p.buf = append(p.buf, "<nil>"...)
			return
		}
		if p.panicking {
			// The panic value's own method panicked too: give up.
			panic(err)
		}
		saved := p.fl
		p.fl = flags{}
		p.buf = append(p.buf, "%!"...)
		p.buf = utf8.AppendRune(p.buf, verb)
		p.buf = append(p.buf, "(PANIC="...)
		p.buf = append(p.buf, method...)
		p.buf = append(p.buf, " method: "...)
		p.panicking = true
		p.printArg(err, 'v')
		p.panicking = false
		p.buf = append(p.buf, ')')
		p.fl = saved
	}
}

// badVerb reports a verb that does not suit the current operand: %!verb(type=value).
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, "%!"...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if v := p.cur; v != nil {
		p.buf = append(p.buf, rt.TypeString(v)...)
		p.buf = append(p.buf, '=')
		p.printArg(v, 'v')
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

// printValue formats v found at the given depth inside the top-level operand; acc says
// whether its methods may be used (see accOK).
func (p *printer) printValue(v any, acc int, verb rune, depth int) {
	if depth > 0 {
		p.cur = v
		// Unnamed basic types have no methods: format them directly.
		switch x := v.(type) {
		case int:
			p.fmtInteger(uint64(x), signed, verb)
			return
		case string:
			p.fmtString(x, verb)
			return
		case float64:
			p.fmtFloat(x, 64, verb)
			return
		case bool:
			p.fmtBool(x, verb)
			return
		}
		if acc == accOK && p.handleMethods(v, verb) {
			return
		}
	}
	p.cur = v
	switch k := rt.Kind(v); k {
	case kindInvalid:
		p.buf = append(p.buf, "<nil>"...)
	case kindBool:
		p.fmtBool(rt.Bool(v), verb)
	case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
		p.fmtInteger(uint64(rt.Int(v)), signed, verb)
	case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
		p.fmtInteger(rt.Uint(v), unsigned, verb)
	case kindFloat32:
		p.fmtFloat(rt.Float(v), 32, verb)
	case kindFloat64:
		p.fmtFloat(rt.Float(v), 64, verb)
	case kindString:
		p.fmtString(rt.Str(v), verb)
	case kindMap:
		p.printMap(v, acc, verb, depth)
	case kindStruct:
		p.printStruct(v, acc, verb, depth)
	case kindArray, kindSlice:
		p.printList(v, k, acc, verb, depth)
	case kindPointer:
		// At the top level a pointer to a composite prints as &value; deeper, only the
		// address (avoiding loops).
		if depth == 0 && !rt.IsNil(v) {
			e := rt.Elem(v)
			switch rt.Kind(e) {
			case kindArray, kindSlice, kindStruct, kindMap:
				p.buf = append(p.buf, '&')
				p.printValue(e, acc, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, verb)
	case kindChan, kindFunc, kindUnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, rt.TypeString(v)...)
		p.buf = append(p.buf, '?')
	}
}

// printNilIface prints a nil interface held in composite x (field or element i, see
// how); %#v shows the interface's static type.
func (p *printer) printNilIface(x any, how int, i int) {
	if !p.fl.sharpV {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	var t string
	switch how {
	case nilField:
		t = rt.FieldTypeString(x, i)
	case nilElem:
		t = rt.ElemTypeString(x)
	default:
		t = mapKeyType(rt.TypeString(x))
	}
	p.buf = append(p.buf, t...)
	p.buf = append(p.buf, "(nil)"...)
}

// Where a nil interface was found, for printNilIface.
const (
	nilField = iota
	nilElem
	nilKey
)

// mapKeyType extracts K from a type string "map[K]V" (named map types are not
// decomposable; their interface keys are assumed to be interface {}).
func mapKeyType(t string) string {
	if len(t) < 4 || t[:4] != "map[" {
		return "interface {}"
	}
	depth := 0
	for i := 3; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return t[4:i]
			}
		}
	}
	return "interface {}"
}

// elemAcc is the access of an element or map entry: any read-only flag becomes sticky.
func elemAcc(acc int) int {
	if acc != accOK {
		return accRO
	}
	return acc
}

func (p *printer) printList(v any, k int, acc int, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		// Byte slices and arrays print as strings for these verbs.
		if rt.ElemKind(v) == kindUint8 {
			n := rt.Len(v)
			var bytes []byte
			if b, ok := v.([]byte); ok {
				bytes = b
			} else {
				bytes = make([]byte, n)
				for i := 0; i < n; i++ {
					bytes[i] = byte(rt.Uint(rt.Index(v, i)))
				}
			}
			p.fmtBytes(bytes, verb, rt.TypeString(v))
			return
		}
	}
	eacc := elemAcc(acc)
	n := rt.Len(v)
	if p.fl.sharpV {
		p.buf = append(p.buf, rt.TypeString(v)...)
		if k == kindSlice && rt.IsNil(v) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
		for i := 0; i < n; i++ {
			if i > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if e := rt.Index(v, i); e != nil {
				p.printValue(e, eacc, verb, depth+1)
			} else {
				p.printNilIface(v, nilElem, i)
			}
		}
		p.buf = append(p.buf, '}')
		return
	}
	p.buf = append(p.buf, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		if e := rt.Index(v, i); e != nil {
			p.printValue(e, eacc, verb, depth+1)
		} else {
			p.printNilIface(v, nilElem, i)
		}
	}
	p.buf = append(p.buf, ']')
}

func (p *printer) printStruct(v any, acc int, verb rune, depth int) {
	if p.fl.sharpV {
		p.buf = append(p.buf, rt.TypeString(v)...)
	}
	p.buf = append(p.buf, '{')
	n := rt.NumField(v)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.fl.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		if p.fl.plusV || p.fl.sharpV {
			if name := rt.FieldName(v, i); name != "" {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
		}
		// A field's access: read-only stays read-only below an unexported field,
		// while an embedded unexported field only hides its own methods.
		facc := accOK
		if acc == accRO {
			facc = accRO
		}
		if !rt.FieldExported(v, i) {
			if !rt.FieldEmbedded(v, i) {
				facc = accRO
			} else if facc != accRO {
				facc = accEmbedRO
			}
		}
		if f := rt.Field(v, i); f != nil {
			p.printValue(f, facc, verb, depth+1)
		} else {
			p.printNilIface(v, nilField, i)
		}
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) printMap(v any, acc int, verb rune, depth int) {
	if p.fl.sharpV {
		p.buf = append(p.buf, rt.TypeString(v)...)
		if rt.IsNil(v) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	keys, vals := rt.MapEntries(v)
	sortEntries(keys, vals)
	eacc := elemAcc(acc)
	for i := range keys {
		if i > 0 {
			if p.fl.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		if keys[i] != nil {
			p.printValue(keys[i], eacc, verb, depth+1)
		} else {
			p.printNilIface(v, nilKey, 0)
		}
		p.buf = append(p.buf, ':')
		if vals[i] != nil {
			p.printValue(vals[i], eacc, verb, depth+1)
		} else {
			p.printNilIface(v, nilElem, 0)
		}
	}
	if p.fl.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// ---- map key ordering (like Go's internal/fmtsort) ----

// sortEntries stably sorts map keys (and their values alongside) with compareKeys.
func sortEntries(keys, vals []any) {
	n := len(keys)
	if n <= 12 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && compareKeys(keys[j], keys[j-1]) < 0; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
				vals[j], vals[j-1] = vals[j-1], vals[j]
			}
		}
		return
	}
	// Bottom-up merge sort through scratch slices.
	srcK, srcV := keys, vals
	dstK, dstV := make([]any, n), make([]any, n)
	inScratch := false // whether the latest pass wrote to the scratch slices
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > n {
				mid = n
			}
			if hi > n {
				hi = n
			}
			i, j := lo, mid
			for k := lo; k < hi; k++ {
				if i < mid && (j >= hi || compareKeys(srcK[j], srcK[i]) >= 0) {
					dstK[k], dstV[k] = srcK[i], srcV[i]
					i++
				} else {
					dstK[k], dstV[k] = srcK[j], srcV[j]
					j++
				}
			}
		}
		srcK, dstK = dstK, srcK
		srcV, dstV = dstV, srcV
		inScratch = !inScratch
	}
	if inScratch {
		copy(keys, srcK)
		copy(vals, srcV)
	}
}

// compareKeys orders map keys: numbers, strings and bools by value (NaN first, false
// before true), pointers and channels by address, structs and arrays element by element,
// and for interface keys nil first, then by type name, then by value.
func compareKeys(a, b any) int {
	if a == nil || b == nil {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -1
		}
		return 1
	}
	if !rt.SameType(a, b) {
		ta, tb := rt.TypeString(a), rt.TypeString(b)
		if ta < tb {
			return -1
		}
		if ta > tb {
			return 1
		}
		return -1 // distinct types with the same name: no good answer
	}
	switch rt.Kind(a) {
	case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
		x, y := rt.Int(a), rt.Int(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
		x, y := rt.Uint(a), rt.Uint(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case kindString:
		x, y := rt.Str(a), rt.Str(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case kindFloat32, kindFloat64:
		x, y := rt.Float(a), rt.Float(b)
		switch {
		case x != x:
			return -1
		case y != y:
			return 1
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kindBool:
		x, y := rt.Bool(a), rt.Bool(b)
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case kindPointer, kindUnsafePointer, kindChan:
		x, y := rt.Pointer(a), rt.Pointer(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case kindStruct:
		n := rt.NumField(a)
		for i := 0; i < n; i++ {
			if c := compareKeys(rt.Field(a, i), rt.Field(b, i)); c != 0 {
				return c
			}
		}
		return 0
	case kindArray:
		n := rt.Len(a)
		for i := 0; i < n; i++ {
			if c := compareKeys(rt.Index(a, i), rt.Index(b, i)); c != 0 {
				return c
			}
		}
		return 0
	}
	return 0
}

// ---- padding ----

// writePadding appends n bytes of padding: zeros when the 0 flag applies, else spaces.
func (p *printer) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.fl.zero && !p.fl.minus {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// pad appends b, padded to the width on the left (or on the right with the - flag).
func (p *printer) pad(b []byte) {
	if !p.fl.widPresent || p.fl.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	width := p.fl.wid - utf8.RuneCount(b)
	if !p.fl.minus {
		p.writePadding(width)
		p.buf = append(p.buf, b...)
	} else {
		p.buf = append(p.buf, b...)
		p.writePadding(width)
	}
}

// padString is pad for a string.
func (p *printer) padString(s string) {
	if !p.fl.widPresent || p.fl.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	width := p.fl.wid - utf8.RuneCountInString(s)
	if !p.fl.minus {
		p.writePadding(width)
		p.buf = append(p.buf, s...)
	} else {
		p.buf = append(p.buf, s...)
		p.writePadding(width)
	}
}

// ---- booleans and integers ----

func (p *printer) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		if v {
			p.padString("true")
		} else {
			p.padString("false")
		}
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats v in hexadecimal, with a 0x prefix when leading0x is set.
func (p *printer) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fl.sharp
	p.fl.sharp = leading0x
	p.fmtIntegerBase(v, 16, unsigned, 'v', ldigits)
	p.fl.sharp = sharp
}

// fmtInteger formats an integer for verb (the bits of a signed value are in v).
func (p *printer) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fl.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmtIntegerBase(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmtIntegerBase(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmtIntegerBase(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmtIntegerBase(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmtIntegerBase(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmtIntegerBase(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmtC(v)
	case 'q':
		p.fmtQc(v)
	case 'U':
		p.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtIntegerBase renders an integer right to left into scratch space, then pads it.
func (p *printer) fmtIntegerBase(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	buf := p.intbuf[:]
	if p.fl.widPresent || p.fl.precPresent {
		// Room for a sign, "0x" and the requested digits.
		if width := 3 + p.fl.wid + p.fl.prec; width > len(buf) {
			buf = make([]byte, width)
		}
	}
	// Leading zeros come from a precision (%.3d) or from the 0 flag with a width (%03d);
	// with both, the 0 flag is ignored.
	prec := 0
	if p.fl.precPresent {
		prec = p.fl.prec
		if prec == 0 && u == 0 {
			// Zero with precision 0 prints nothing but padding.
			zero := p.fl.zero
			p.fl.zero = false
			p.writePadding(p.fl.wid)
			p.fl.zero = zero
			return
		}
	} else if p.fl.zero && !p.fl.minus && p.fl.widPresent {
		prec = p.fl.wid
		if negative || p.fl.plus || p.fl.space {
			prec-- // leave room for the sign
		}
	}

	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digits[u-q*b]
		u = q
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}

	if p.fl.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}

	if negative {
		i--
		buf[i] = '-'
	} else if p.fl.plus {
		i--
		buf[i] = '+'
	} else if p.fl.space {
		i--
		buf[i] = ' '
	}

	// Zero padding was done above as precision, so pad with spaces.
	zero := p.fl.zero
	p.fl.zero = false
	p.pad(buf[i:])
	p.fl.zero = zero
}

// fmtUnicode formats u as "U+0078", or "U+0078 'x'" with the # flag.
func (p *printer) fmtUnicode(u uint64) {
	buf := p.intbuf[:]
	prec := 4
	if p.fl.precPresent && p.fl.prec > 4 {
		prec = p.fl.prec
		if width := 2 + prec + 2 + utf8.UTFMax + 1; width > len(buf) {
			buf = make([]byte, width)
		}
	}
	i := len(buf)
	if p.fl.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for u >= 16 {
		i--
		buf[i] = udigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = udigits[u]
	prec--
	for prec > 0 {
		i--
		buf[i] = '0'
		prec--
	}
	i -= 2
	buf[i], buf[i+1] = 'U', '+'
	zero := p.fl.zero
	p.fl.zero = false
	p.pad(buf[i:])
	p.fl.zero = zero
}

// fmtC formats an integer as the character it encodes (U+FFFD if invalid).
func (p *printer) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	p.pad(utf8.AppendRune(p.intbuf[:0], r))
}

// fmtQc formats an integer as a quoted character literal.
func (p *printer) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if p.fl.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(p.intbuf[:0], r))
	} else {
		p.pad(strconv.AppendQuoteRune(p.intbuf[:0], r))
	}
}

// ---- floats ----

func (p *printer) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloatPrec(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloatPrec(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmtFloatPrec(v, size, verb, 6)
	case 'F':
		p.fmtFloatPrec(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtFloatPrec formats v with strconv's verb and default precision prec, then applies
// the sign, # and padding rules.
func (p *printer) fmtFloatPrec(v float64, size int, verb rune, prec int) {
	if p.fl.precPresent {
		prec = p.fl.prec
	}
	// num[0] is reserved for the sign.
	num := strconv.AppendFloat(p.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if p.fl.space && num[0] == '+' && !p.fl.plus {
		num[0] = ' '
	}
	// Infinities and NaN are not padded with zeros.
	if num[1] == 'I' || num[1] == 'N' {
		zero := p.fl.zero
		p.fl.zero = false
		if num[1] == 'N' && !p.fl.space && !p.fl.plus {
			num = num[1:]
		}
		p.pad(num)
		p.fl.zero = zero
		return
	}
	// The # flag forces a decimal point and keeps trailing zeros (%g keeps prec digits).
	if p.fl.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		var tail []byte // exponent, moved aside while digits are added
		hasDot := false
		sawNonzero := false
		for i := 1; i < len(num); i++ {
			c := num[i]
			if c == '.' {
				hasDot = true
				continue
			}
			if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			if c != '0' {
				sawNonzero = true
			}
			// Count significant digits after the first non-zero one.
			if sawNonzero {
				digits--
			}
		}
		if !hasDot {
			// A lone leading zero still counts as one digit.
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	if p.fl.plus || num[0] != '+' {
		// With zero padding the sign goes before the zeros.
		if p.fl.zero && !p.fl.minus && p.fl.widPresent && p.fl.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.fl.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// ---- strings and bytes ----

func (p *printer) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fl.sharpV {
			p.fmtQ(v)
		} else {
			p.fmtS(v)
		}
	case 's':
		p.fmtS(v)
	case 'x':
		p.fmtSbx(v, nil, false, ldigits)
	case 'X':
		p.fmtSbx(v, nil, false, udigits)
	case 'q':
		p.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.fl.sharpV {
			p.buf = append(p.buf, typeString...)
			if v == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
			return
		}
		p.buf = append(p.buf, '[')
		for i, c := range v {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.fmtIntegerBase(uint64(c), 10, unsigned, verb, ldigits)
		}
		p.buf = append(p.buf, ']')
	case 's':
		p.pad(p.truncateBytes(v))
	case 'x':
		p.fmtSbx("", v, true, ldigits)
	case 'X':
		p.fmtSbx("", v, true, udigits)
	case 'q':
		p.fmtQ(string(v))
	default:
		p.printValue(v, accOK, verb, 0)
	}
}

// truncateString cuts s to the precision, counted in runes.
func (p *printer) truncateString(s string) string {
	if p.fl.precPresent {
		n := p.fl.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncateBytes cuts b to the precision, counted in runes.
func (p *printer) truncateBytes(b []byte) []byte {
	if p.fl.precPresent {
		n := p.fl.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

func (p *printer) fmtS(s string) {
	p.padString(p.truncateString(s))
}

// fmtSbx hex-encodes the bytes of s (or of b when isBytes), honouring precision (a byte
// count), # (0x prefix) and space (separate bytes).
func (p *printer) fmtSbx(s string, b []byte, isBytes bool, digits string) {
	length := len(s)
	if isBytes {
		length = len(b)
	}
	if p.fl.precPresent && p.fl.prec < length {
		length = p.fl.prec
	}
	width := 2 * length
	if width > 0 {
		if p.fl.space {
			if p.fl.sharp {
				width *= 2 // every byte gets 0x
			}
			width += length - 1
		} else if p.fl.sharp {
			width += 2
		}
	} else {
		if p.fl.widPresent {
			p.writePadding(p.fl.wid)
		}
		return
	}
	if p.fl.widPresent && p.fl.wid > width && !p.fl.minus {
		p.writePadding(p.fl.wid - width)
	}
	if p.fl.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if p.fl.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.fl.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		var c byte
		if isBytes {
			c = b[i]
		} else {
			c = s[i]
		}
		p.buf = append(p.buf, digits[c>>4], digits[c&0xF])
	}
	if p.fl.widPresent && p.fl.wid > width && p.fl.minus {
		p.writePadding(p.fl.wid - width)
	}
}

// fmtQ formats s as a quoted Go string; %#q prefers a raw string when possible and %+q
// escapes non-ASCII.
func (p *printer) fmtQ(s string) {
	s = p.truncateString(s)
	if p.fl.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.fl.plus {
		p.pad(strconv.AppendQuoteToASCII(p.intbuf[:0], s))
	} else {
		p.pad(strconv.AppendQuote(p.intbuf[:0], s))
	}
}

// ---- pointers ----

// fmtPointer formats the address held by a pointer, map, chan, func or slice.
func (p *printer) fmtPointer(v any, verb rune) {
	var u uintptr
	switch rt.Kind(v) {
	case kindChan, kindFunc, kindMap, kindPointer, kindSlice, kindUnsafePointer:
		u = rt.Pointer(v)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fl.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, rt.TypeString(v)...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.padString("<nil>")
		} else {
			p.fmt0x64(uint64(u), !p.fl.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fl.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.badVerb(verb)
	}
}
