// Package json (encoding/json): Marshal and Unmarshal for bools, numbers, strings, slices,
// arrays, maps with string or integer keys, structs (exported fields, `json:"name,omitempty"`
// tags, "-", embedded structs) and pointers; Marshaler/Unmarshaler; MarshalIndent, Valid.
package json

import (
	"errors"
	"internal/rt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

type UnsupportedTypeError struct{ Type string }

func (e *UnsupportedTypeError) Error() string { return "json: unsupported type: " + e.Type }

type UnsupportedValueError struct{ Str string }

func (e *UnsupportedValueError) Error() string { return "json: unsupported value: " + e.Str }

type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

type UnmarshalTypeError struct {
	Value  string
	Type   string
	Offset int64
	Struct string
	Field  string
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type
}

type InvalidUnmarshalError struct{ Type string }

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == "" {
		return "json: Unmarshal(nil)"
	}
	if e.Type[0] != '*' {
		return "json: Unmarshal(non-pointer " + e.Type + ")"
	}
	return "json: Unmarshal(nil " + e.Type + ")"
}

// ---- encoding ----

type encoder struct {
	buf []byte
}

func Marshal(v any) ([]byte, error) {
	e := &encoder{}
	if err := e.value(v, true); err != nil {
		return nil, err
	}
	return e.buf, nil
}

func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var out []byte
	out = appendIndent(out, b, prefix, indent)
	return out, nil
}

type fieldInfo struct {
	index     int
	name      string
	omitEmpty bool
	asString  bool
}

func fieldsOf(v any) []fieldInfo {
	var out []fieldInfo
	n := rt.NumField(v)
	for i := 0; i < n; i++ {
		if !rt.FieldExported(v, i) && !rt.FieldEmbedded(v, i) {
			continue
		}
		tag := lookupTag(rt.FieldTag(v, i), "json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = rt.FieldName(v, i)
		}
		fi := fieldInfo{index: i, name: name}
		for _, o := range strings.Split(opts, ",") {
			if o == "omitempty" {
				fi.omitEmpty = true
			}
			if o == "string" {
				fi.asString = true
			}
		}
		out = append(out, fi)
	}
	return out
}

// lookupTag finds key:"value" in a struct tag.
func lookupTag(tag, key string) string {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		i = strings.IndexByte(tag, ':')
		if i <= 0 || i+1 >= len(tag) || tag[i+1] != '"' {
			return ""
		}
		name := tag[:i]
		tag = tag[i+1:]
		j := 1
		for j < len(tag) && tag[j] != '"' {
			if tag[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(tag) {
			return ""
		}
		val, err := strconv.Unquote(tag[:j+1])
		tag = tag[j+1:]
		if name == key && err == nil {
			return val
		}
	}
	return ""
}

func isEmpty(v any) bool {
	switch rt.Kind(v) {
	case rt.KindInvalid:
		return true
	case rt.KindBool:
		return !rt.Bool(v)
	case rt.KindInt, rt.KindInt8, rt.KindInt16, rt.KindInt32, rt.KindInt64:
		return rt.Int(v) == 0
	case rt.KindUint, rt.KindUint8, rt.KindUint16, rt.KindUint32, rt.KindUint64, rt.KindUintptr:
		return rt.Uint(v) == 0
	case rt.KindFloat32, rt.KindFloat64:
		return rt.Float(v) == 0
	case rt.KindString, rt.KindSlice, rt.KindMap, rt.KindArray:
		return rt.Len(v) == 0
	case rt.KindPointer, rt.KindInterface:
		return rt.IsNil(v)
	}
	return false
}

func (e *encoder) value(v any, top bool) error {
	if v == nil {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if m, ok := v.(Marshaler); ok {
		if rt.Kind(v) == rt.KindPointer && rt.IsNil(v) {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		b, err := m.MarshalJSON()
		if err != nil {
			return errors.New("json: error calling MarshalJSON for type " + rt.TypeString(v) + ": " + err.Error())
		}
		e.buf = append(e.buf, b...)
		return nil
	}
	switch k := rt.Kind(v); k {
	case rt.KindBool:
		e.buf = strconv.AppendBool(e.buf, rt.Bool(v))
	case rt.KindInt, rt.KindInt8, rt.KindInt16, rt.KindInt32, rt.KindInt64:
		e.buf = strconv.AppendInt(e.buf, rt.Int(v), 10)
	case rt.KindUint, rt.KindUint8, rt.KindUint16, rt.KindUint32, rt.KindUint64, rt.KindUintptr:
		e.buf = strconv.AppendUint(e.buf, rt.Uint(v), 10)
	case rt.KindFloat32, rt.KindFloat64:
		f := rt.Float(v)
		if f != f || f > 1.7976931348623157e308 || f < -1.7976931348623157e308 {
			return &UnsupportedValueError{strconv.FormatFloat(f, 'g', -1, 64)}
		}
		bits := 64
		if k == rt.KindFloat32 {
			bits = 32
		}
		e.buf = appendFloat(e.buf, f, bits)
	case rt.KindString:
		e.buf = appendString(e.buf, rt.Str(v))
	case rt.KindSlice, rt.KindArray:
		if k == rt.KindSlice && rt.IsNil(v) {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if rt.ElemKind(v) == rt.KindUint8 && k == rt.KindSlice {
			n := rt.Len(v)
			b := make([]byte, n)
			for i := 0; i < n; i++ {
				b[i] = byte(rt.Uint(rt.Index(v, i)))
			}
			e.buf = append(e.buf, '"')
			e.buf = append(e.buf, base64(b)...)
			e.buf = append(e.buf, '"')
			return nil
		}
		e.buf = append(e.buf, '[')
		n := rt.Len(v)
		for i := 0; i < n; i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			if err := e.value(rt.Index(v, i), false); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, ']')
	case rt.KindMap:
		if rt.IsNil(v) {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		keys, vals := rt.MapEntries(v)
		type kv struct {
			k string
			v any
		}
		entries := make([]kv, len(keys))
		for i := range keys {
			var ks string
			switch kk := rt.Kind(keys[i]); {
			case kk == rt.KindString:
				ks = rt.Str(keys[i])
			case kk >= rt.KindInt && kk <= rt.KindInt64:
				ks = strconv.FormatInt(rt.Int(keys[i]), 10)
			case kk >= rt.KindUint && kk <= rt.KindUintptr:
				ks = strconv.FormatUint(rt.Uint(keys[i]), 10)
			default:
				return &UnsupportedTypeError{rt.TypeString(v)}
			}
			entries[i] = kv{ks, vals[i]}
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].k < entries[j].k })
		e.buf = append(e.buf, '{')
		for i, en := range entries {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.buf = appendString(e.buf, en.k)
			e.buf = append(e.buf, ':')
			if err := e.value(en.v, false); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, '}')
	case rt.KindStruct:
		e.buf = append(e.buf, '{')
		first := true
		if err := e.structFields(v, &first); err != nil {
			return err
		}
		e.buf = append(e.buf, '}')
	case rt.KindPointer:
		if rt.IsNil(v) {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.value(rt.Elem(v), false)
	default:
		return &UnsupportedTypeError{rt.TypeString(v)}
	}
	return nil
}

func (e *encoder) structFields(v any, first *bool) error {
	for _, fi := range fieldsOf(v) {
		fv := rt.Field(v, fi.index)
		if rt.FieldEmbedded(v, fi.index) && lookupTag(rt.FieldTag(v, fi.index), "json") == "" {
			inner := fv
			if rt.Kind(inner) == rt.KindPointer {
				if rt.IsNil(inner) {
					continue
				}
				inner = rt.Elem(inner)
			}
			if rt.Kind(inner) == rt.KindStruct {
				if err := e.structFields(inner, first); err != nil {
					return err
				}
				continue
			}
			if !rt.FieldExported(v, fi.index) {
				continue
			}
		}
		if fi.omitEmpty && isEmpty(fv) {
			continue
		}
		if !*first {
			e.buf = append(e.buf, ',')
		}
		*first = false
		e.buf = appendString(e.buf, fi.name)
		e.buf = append(e.buf, ':')
		if fi.asString {
			sub := &encoder{}
			if err := sub.value(fv, false); err != nil {
				return err
			}
			e.buf = appendString(e.buf, string(sub.buf))
			continue
		}
		if err := e.value(fv, false); err != nil {
			return err
		}
	}
	return nil
}

// appendFloat formats like Go's encoding/json: 'f' for 1e-6 <= |f| < 1e21, else 'e'
// with a two-digit minimum exponent trimmed ("1e-07").
func appendFloat(b []byte, f float64, bits int) []byte {
	abs := f
	if abs < 0 {
		abs = -abs
	}
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	s := strconv.FormatFloat(f, format, -1, bits)
	if format == 'e' {
		n := len(s)
		if n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
			s = s[:n-2] + s[n-1:]
		}
	}
	return append(b, s...)
}

const hexDigits = "0123456789abcdef"

func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
			i++
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			continue
		}
		b = append(b, s[i:i+size]...)
		i += size
	}
	return append(b, '"')
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func base64(src []byte) string {
	var out []byte
	for i := 0; i < len(src); i += 3 {
		var v uint32
		n := len(src) - i
		if n > 3 {
			n = 3
		}
		for j := 0; j < 3; j++ {
			v <<= 8
			if j < n {
				v |= uint32(src[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			if j <= n {
				out = append(out, b64[(v>>(18-6*uint(j)))&63])
			} else {
				out = append(out, '=')
			}
		}
	}
	return string(out)
}

// appendIndent re-formats compact JSON src with the given prefix and indent.
func appendIndent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	inString := false
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for i := 0; i < depth; i++ {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			dst = append(dst, c)
			if c == '\\' && i+1 < len(src) {
				i++
				dst = append(dst, src[i])
			} else if c == '"' {
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				i++
				dst = append(dst, src[i])
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// ---- decoding ----

type parser struct {
	s   []byte
	pos int
}

func (p *parser) errorf(msg string) error { return &SyntaxError{msg, int64(p.pos)} }

func (p *parser) skip() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// quoteChar shows the byte c in an error message as Go does: a quote escaped, or a Go
// character literal's inside ('\x01', 'é').
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

// next consumes what follows an object member or array element: ',' (more follow) or
// closer (done); anything else is a syntax error naming what it came after.
func (p *parser) next(closer byte, after string) (done bool, err error) {
	p.skip()
	if p.pos >= len(p.s) {
		return false, p.errorf("unexpected end of JSON input")
	}
	switch p.s[p.pos] {
	case ',':
		p.pos++
		return false, nil
	case closer:
		p.pos++
		return true, nil
	}
	return false, p.errorf("invalid character " + quoteChar(p.s[p.pos]) + " after " + after)
}

// parse returns nil, bool, number, string, []any or object.
func (p *parser) parse() (any, error) {
	p.skip()
	if p.pos >= len(p.s) {
		return nil, p.errorf("unexpected end of JSON input")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't':
		return p.literal("true", true)
	case c == 'f':
		return p.literal("false", false)
	case c == 'n':
		return p.literal("null", nil)
	case c == '-' || c >= '0' && c <= '9':
		n, err := p.number()
		if err != nil {
			return nil, err
		}
		return n, nil
	default:
		return nil, p.errorf("invalid character " + quoteChar(c) + " looking for beginning of value")
	}
}

// object is a parsed JSON object: its members in input order (a key may repeat), which
// is the order Go stores them in. It marshals in that order.
type object []member

type member struct {
	key string
	val any
}

func (o object) MarshalJSON() ([]byte, error) {
	e := &encoder{buf: []byte{'{'}}
	for i, m := range o {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = append(appendString(e.buf, m.key), ':')
		if err := e.value(m.val, false); err != nil {
			return nil, err
		}
	}
	return append(e.buf, '}'), nil
}

func (p *parser) object() (any, error) {
	p.pos++
	o := object{}
	p.skip()
	if p.at('}') {
		p.pos++
		return o, nil
	}
	for {
		p.skip()
		if p.pos >= len(p.s) {
			return nil, p.errorf("unexpected end of JSON input")
		}
		if p.s[p.pos] != '"' {
			return nil, p.errorf("invalid character " + quoteChar(p.s[p.pos]) + " looking for beginning of object key string")
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.skip()
		if p.pos >= len(p.s) {
			return nil, p.errorf("unexpected end of JSON input")
		}
		if p.s[p.pos] != ':' {
			return nil, p.errorf("invalid character " + quoteChar(p.s[p.pos]) + " after object key")
		}
		p.pos++
		v, err := p.parse()
		if err != nil {
			return nil, err
		}
		o = append(o, member{k, v})
		if done, err := p.next('}', "object key:value pair"); done || err != nil {
			return o, err
		}
	}
}

func (p *parser) array() (any, error) {
	p.pos++
	a := []any{}
	p.skip()
	if p.at(']') {
		p.pos++
		return a, nil
	}
	for {
		v, err := p.parse()
		if err != nil {
			return nil, err
		}
		a = append(a, v)
		if done, err := p.next(']', "array element"); done || err != nil {
			return a, err
		}
	}
}

// literal scans the word true, false or null (its first letter already matched) and
// returns val.
func (p *parser) literal(word string, val any) (any, error) {
	for i := 0; i < len(word); i++ {
		if c := p.peek(); c != word[i] {
			return nil, p.errorf("invalid character " + quoteChar(c) + " in literal " + word + " (expecting " + quoteChar(word[i]) + ")")
		}
		p.pos++
	}
	return val, nil
}

// peek returns the next byte, or a space at the end of the input: Go's scanner feeds one
// at the end, so a number, literal or escape cut short fails on ' '.
func (p *parser) peek() byte {
	if p.pos >= len(p.s) {
		return ' '
	}
	return p.s[p.pos]
}

// number is a number literal as written: which values it can give depends on the target
// (300 does not fit an int8, 1e400 fits no float64). It marshals as written.
type number string

func (n number) MarshalJSON() ([]byte, error) { return []byte(n), nil }

// number scans a number with JSON's grammar (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?),
// failing where Go's scanner does, with its messages.
func (p *parser) number() (number, error) {
	start := p.pos
	if p.s[p.pos] == '-' {
		p.pos++
	}
	if err := p.digit("in numeric literal"); err != nil {
		return "", err
	}
	if p.s[p.pos-1] != '0' {
		p.digits()
	}
	if p.at('.') {
		p.pos++
		if err := p.digit("after decimal point in numeric literal"); err != nil {
			return "", err
		}
		p.digits()
	}
	if p.at('e') || p.at('E') {
		p.pos++
		if p.at('+') || p.at('-') {
			p.pos++
		}
		if err := p.digit("in exponent of numeric literal"); err != nil {
			return "", err
		}
		p.digits()
	}
	return number(p.s[start:p.pos]), nil
}

func (p *parser) at(c byte) bool { return p.pos < len(p.s) && p.s[p.pos] == c }

// digit consumes a decimal digit; where tells the error where one was missing.
func (p *parser) digit(where string) error {
	if c := p.peek(); c < '0' || c > '9' {
		return p.errorf("invalid character " + quoteChar(c) + " " + where)
	}
	p.pos++
	return nil
}

func (p *parser) digits() {
	for p.pos < len(p.s) && '0' <= p.s[p.pos] && p.s[p.pos] <= '9' {
		p.pos++
	}
}

// str scans a string literal; bytes that are not UTF-8 decode as U+FFFD, as in Go.
func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	var b []byte
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		switch {
		case c == '"':
			p.pos++
			return string(b), nil
		case c == '\\':
			var err error
			if b, err = p.escape(b); err != nil {
				return "", err
			}
		case c < 0x20:
			return "", p.errorf("invalid character " + quoteChar(c) + " in string literal")
		default:
			r, size := utf8.DecodeRune(p.s[p.pos:])
			b = utf8.AppendRune(b, r)
			p.pos += size
		}
	}
	return "", p.errorf("unexpected end of JSON input")
}

// escapes maps the single-letter escapes to the bytes they stand for.
var escapes = map[byte]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// escape appends the escape sequence at p.pos (its backslash) to b. Two \u escapes that
// form a UTF-16 surrogate pair give one rune; any other surrogate gives U+FFFD.
func (p *parser) escape(b []byte) ([]byte, error) {
	p.pos++
	e := p.peek()
	if c, ok := escapes[e]; ok {
		p.pos++
		return append(b, c), nil
	}
	if e != 'u' {
		return nil, p.errorf("invalid character " + quoteChar(e) + " in string escape code")
	}
	p.pos++
	r, err := p.hex4()
	if err != nil {
		return nil, err
	}
	if 0xD800 <= r && r < 0xE000 {
		r = p.lowSurrogate(r)
	}
	return utf8.AppendRune(b, r), nil
}

// lowSurrogate joins the high surrogate hi with a following \u escape of a low one,
// consuming it; without one, it returns U+FFFD and leaves the input alone.
func (p *parser) lowSurrogate(hi rune) rune {
	if hi >= 0xDC00 || !p.at('\\') || p.pos+1 >= len(p.s) || p.s[p.pos+1] != 'u' {
		return utf8.RuneError
	}
	q := &parser{s: p.s, pos: p.pos + 2}
	lo, err := q.hex4()
	if err != nil || lo < 0xDC00 || lo >= 0xE000 {
		return utf8.RuneError
	}
	p.pos = q.pos
	return 0x10000 + (hi-0xD800)<<10 + (lo - 0xDC00)
}

// hex4 consumes the four hexadecimal digits of a \u escape.
func (p *parser) hex4() (rune, error) {
	var r rune
	for i := 0; i < 4; i++ {
		c := p.peek()
		d, ok := hexDigit(c)
		if !ok {
			return 0, p.errorf("invalid character " + quoteChar(c) + " in \\u hexadecimal character escape")
		}
		r = r<<4 | d
		p.pos++
	}
	return r, nil
}

func hexDigit(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

func Valid(data []byte) bool {
	p := &parser{s: data}
	if _, err := p.parse(); err != nil {
		return false
	}
	p.skip()
	return p.pos == len(p.s)
}

func Unmarshal(data []byte, v any) error {
	p := &parser{s: data}
	val, err := p.parse()
	if err != nil {
		return err
	}
	p.skip()
	if p.pos != len(p.s) {
		return p.errorf("invalid character " + quoteChar(p.s[p.pos]) + " after top-level value")
	}
	if v == nil {
		return &InvalidUnmarshalError{}
	}
	if rt.Kind(v) != rt.KindPointer || rt.IsNil(v) {
		return &InvalidUnmarshalError{rt.TypeString(v)}
	}
	d := &decoder{}
	d.assign(v, val, "", "")
	if d.fatal != nil {
		return d.fatal
	}
	return d.err
}

// decoder stores a parsed value into Go variables. Like Go, it keeps going after a value
// that does not fit its target and reports the first such error (err); a misused
// ",string" tag (fatal) stops it at once.
type decoder struct {
	err   error
	fatal error
}

func describe(val any) string {
	switch val.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}

// save records err unless an error came first, naming where the value was going: the
// innermost struct being decoded and the path of fields to it ("a.b").
func (d *decoder) save(err *UnmarshalTypeError, strct, field string) {
	err.Struct, err.Field = strct, field
	d.saveErr(err)
}

// typeError reports a JSON value of the wrong kind for *ptr.
func (d *decoder) typeError(val any, ptr any, strct, field string) {
	d.save(&UnmarshalTypeError{Value: describe(val), Type: rt.ElemTypeString(ptr)}, strct, field)
}

// rangeError reports a number that does not fit *ptr (or not a number at all, for a
// ",string" field).
func (d *decoder) rangeError(n string, ptr any, strct, field string) {
	d.save(&UnmarshalTypeError{Value: "number " + n, Type: rt.ElemTypeString(ptr)}, strct, field)
}

// generic converts a parsed value to what an interface{} target receives: numbers become
// float64s (or nil, with an error, when out of range).
func generic(val any) (any, *UnmarshalTypeError) {
	var first *UnmarshalTypeError
	keep := func(err *UnmarshalTypeError) {
		if first == nil {
			first = err
		}
	}
	switch x := val.(type) {
	case number:
		f, err := strconv.ParseFloat(string(x), 64)
		if err != nil {
			return nil, &UnmarshalTypeError{Value: "number " + string(x), Type: "float64"}
		}
		return f, nil
	case []any:
		for i := range x {
			var err *UnmarshalTypeError
			if x[i], err = generic(x[i]); err != nil {
				keep(err)
			}
		}
	case object:
		m := make(map[string]any, len(x))
		for _, mem := range x {
			v, err := generic(mem.val)
			if err != nil {
				keep(err)
			}
			m[mem.key] = v
		}
		return m, first
	}
	return val, first
}

// bitSize is the size of the integer or float kind k.
func bitSize(k int) int {
	switch k {
	case rt.KindInt8, rt.KindUint8:
		return 8
	case rt.KindInt16, rt.KindUint16:
		return 16
	case rt.KindInt32, rt.KindUint32, rt.KindFloat32:
		return 32
	}
	return 64
}

func (d *decoder) assign(ptr any, val any, strct, field string) {
	if d.fatal != nil {
		return
	}
	if u, ok := ptr.(Unmarshaler); ok {
		e := &encoder{}
		e.value(val, true)
		if err := u.UnmarshalJSON(e.buf); err != nil {
			d.saveErr(err)
		}
		return
	}
	k := rt.ElemKind(ptr)
	if val == nil {
		switch k {
		case rt.KindInterface, rt.KindPointer, rt.KindMap, rt.KindSlice:
			rt.SetZero(ptr)
		}
		return
	}
	switch k {
	case rt.KindInterface:
		g, err := generic(val)
		if err != nil {
			d.save(err, strct, field)
		}
		if !rt.AssignTo(ptr, g) {
			d.typeError(val, ptr, strct, field)
		}
	case rt.KindBool:
		b, ok := val.(bool)
		if !ok {
			d.typeError(val, ptr, strct, field)
			return
		}
		rt.SetBool(ptr, b)
	case rt.KindInt, rt.KindInt8, rt.KindInt16, rt.KindInt32, rt.KindInt64,
		rt.KindUint, rt.KindUint8, rt.KindUint16, rt.KindUint32, rt.KindUint64, rt.KindUintptr,
		rt.KindFloat32, rt.KindFloat64:
		n, ok := val.(number)
		if !ok {
			d.typeError(val, ptr, strct, field)
			return
		}
		d.setNumber(ptr, k, string(n), strct, field)
	case rt.KindString:
		s, ok := val.(string)
		if !ok {
			d.typeError(val, ptr, strct, field)
			return
		}
		rt.SetString(ptr, s)
	case rt.KindSlice, rt.KindArray:
		a, ok := val.([]any)
		if !ok {
			d.typeError(val, ptr, strct, field)
			return
		}
		n := len(a)
		if k == rt.KindSlice {
			rt.MakeSlice(ptr, n)
		} else if max := rt.Len(rt.Elem(ptr)); n > max {
			n = max
		}
		for i := 0; i < n; i++ {
			d.assign(rt.IndexPtr(ptr, i), a[i], strct, field)
		}
	case rt.KindMap:
		o, ok := val.(object)
		if !ok {
			d.typeError(val, ptr, strct, field)
			return
		}
		if rt.IsNil(rt.Elem(ptr)) {
			rt.MakeMap(ptr)
		}
		for _, m := range o {
			vp := rt.NewMapValue(ptr)
			d.assign(vp, m.val, strct, field)
			if key, ok := d.mapKey(ptr, m.key, strct, field); ok {
				rt.MapStore(ptr, key, vp)
			}
		}
	case rt.KindStruct:
		o, ok := val.(object)
		if !ok {
			d.typeError(val, ptr, strct, field)
			return
		}
		d.fields(ptr, o, field)
	case rt.KindPointer:
		target := rt.Elem(ptr)
		var inner any
		if rt.IsNil(target) {
			inner = rt.AllocElem(ptr)
		} else {
			inner = target
		}
		d.assign(inner, val, strct, field)
	default:
		d.typeError(val, ptr, strct, field)
	}
}

// setNumber stores the number literal n into *ptr, of number kind k, if it fits.
func (d *decoder) setNumber(ptr any, k int, n string, strct, field string) {
	var err error
	switch k {
	case rt.KindFloat32, rt.KindFloat64:
		var f float64
		if f, err = strconv.ParseFloat(n, bitSize(k)); err == nil {
			rt.SetFloat(ptr, f)
		}
	case rt.KindInt, rt.KindInt8, rt.KindInt16, rt.KindInt32, rt.KindInt64:
		var i int64
		if i, err = strconv.ParseInt(n, 10, bitSize(k)); err == nil {
			rt.SetInt(ptr, i)
		}
	default:
		var u uint64
		if u, err = strconv.ParseUint(n, 10, bitSize(k)); err == nil {
			rt.SetUint(ptr, u)
		}
	}
	if err != nil {
		d.rangeError(n, ptr, strct, field)
	}
}

// mapKey converts the object key k to a key of the map *ptr: a string, or an integer
// given in decimal that must fit the key type.
func (d *decoder) mapKey(ptr any, k string, strct, field string) (any, bool) {
	var err error
	switch kind := rt.MapKeyKind(ptr); {
	case kind == rt.KindString:
		return k, true
	case kind >= rt.KindUint && kind <= rt.KindUintptr:
		var u uint64
		if u, err = strconv.ParseUint(k, 10, bitSize(kind)); err == nil {
			return int64(u), true
		}
	default:
		var i int64
		if i, err = strconv.ParseInt(k, 10, bitSize(kind)); err == nil {
			return i, true
		}
	}
	d.save(&UnmarshalTypeError{Value: "number " + k, Type: mapKeyType(ptr)}, strct, field)
	return nil, false
}

// mapKeyType is the key type of the map *ptr, read from its type's name: the key types
// JSON decodes (strings and integers) have no brackets in their names.
func mapKeyType(ptr any) string {
	t := rt.ElemTypeString(ptr)
	return t[len("map["):strings.IndexByte(t, ']')]
}

// structName is the name of a struct type without its package ("" when unnamed), as
// errors show it.
func structName(sv any) string {
	name := rt.TypeString(sv)
	if strings.HasPrefix(name, "struct") {
		return ""
	}
	return name[strings.LastIndexByte(name, '.')+1:]
}

// fields decodes the object o into the struct *ptr, member by member in input order as
// Go does (so the first error and the last of repeated keys are Go's); path leads to
// the struct.
func (d *decoder) fields(ptr any, o object, path string) {
	strct := structName(rt.Elem(ptr))
	fields := keyFields(rt.Elem(ptr))
	for _, m := range o {
		f, ok := lookupField(fields, m.key)
		if !ok {
			continue
		}
		fp := ptr
		for _, i := range f.index {
			fp = rt.FieldPtr(fp, i)
		}
		if f.asString && quotable(fp) {
			d.quoted(fp, m.val, strct, joinPath(path, f.path))
		} else {
			d.assign(fp, m.val, strct, joinPath(path, f.path))
		}
	}
}

// keyField is a struct field a JSON key can set, maybe promoted from embedded structs:
// index leads to it from the outer struct, path names it in errors (Go names the
// embedded fields on the way, then the key).
type keyField struct {
	name, path string
	index      []int
	tagged     bool
	asString   bool
}

// keyFields lists the fields of the struct sv that keys can set, with Go's rules for
// promoted fields: a name hides the same name deeper down, and of several at the same
// depth only a single tagged one counts (else none does).
func keyFields(sv any) []keyField {
	var all []keyField
	collectFields(sv, nil, "", &all)
	var out []keyField
	for i := range all {
		if dominates(i, all) {
			out = append(out, all[i])
		}
	}
	return out
}

func collectFields(sv any, index []int, path string, out *[]keyField) {
	for _, fi := range fieldsOf(sv) {
		idx := append(index[:len(index):len(index)], fi.index)
		tagName, _, _ := strings.Cut(lookupTag(rt.FieldTag(sv, fi.index), "json"), ",")
		isStruct := rt.Kind(rt.Field(sv, fi.index)) == rt.KindStruct
		if rt.FieldEmbedded(sv, fi.index) && tagName == "" && isStruct {
			collectFields(rt.Field(sv, fi.index), idx, joinPath(path, rt.FieldName(sv, fi.index)), out)
			continue
		}
		if !rt.FieldExported(sv, fi.index) && !isStruct {
			continue // an embedded unexported non-struct type
		}
		*out = append(*out, keyField{fi.name, joinPath(path, fi.name), idx, tagName != "", fi.asString})
	}
}

// dominates reports whether all[i] is the field its name stands for.
func dominates(i int, all []keyField) bool {
	f := all[i]
	for j, g := range all {
		if j == i || g.name != f.name {
			continue
		}
		if len(g.index) < len(f.index) || len(g.index) == len(f.index) && !(f.tagged && !g.tagged) {
			return false
		}
	}
	return true
}

// lookupField finds the field for key: the exact name, else (as Go) one equal to it
// under case folding.
func lookupField(fields []keyField, key string) (keyField, bool) {
	for _, f := range fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return keyField{}, false
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// quotable reports whether the field *fp may take the ",string" option: Go only honors
// it on booleans, numbers and strings (or pointers to them).
func quotable(fp any) bool {
	k := rt.ElemKind(fp)
	if k == rt.KindPointer {
		k = rt.ElemKind(rt.Elem(fp))
	}
	return k == rt.KindBool || k == rt.KindString || k >= rt.KindInt && k <= rt.KindFloat64
}

// quoted decodes a ",string" field: its value is a JSON string holding the literal, or
// null. As in Go, some misuses are recorded (an unquoted value, a literal of the wrong
// kind) and others stop decoding.
func (d *decoder) quoted(fp any, item any, strct, field string) {
	s, ok := item.(string)
	switch {
	case item == nil || s == "null":
		d.assign(fp, nil, strct, field)
		return
	case !ok:
		d.saveErr(errors.New("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + rt.ElemTypeString(fp)))
		return
	case s == "" || s[0] == 'n':
		d.saveErr(misusedString(s, fp))
		return
	}
	for rt.ElemKind(fp) == rt.KindPointer {
		if rt.IsNil(rt.Elem(fp)) {
			fp = rt.AllocElem(fp)
		} else {
			fp = rt.Elem(fp)
		}
	}
	d.quotedLiteral(fp, s, strct, field)
}

// quotedLiteral stores the literal s of a ",string" field into *fp (not a pointer).
func (d *decoder) quotedLiteral(fp any, s string, strct, field string) {
	k := rt.ElemKind(fp)
	switch {
	case s[0] == 't' || s[0] == 'f':
		if (s == "true" || s == "false") && k == rt.KindBool {
			rt.SetBool(fp, s == "true")
		} else {
			d.saveErr(misusedString(s, fp))
		}
	case s[0] == '"':
		p := &parser{s: []byte(s)}
		str, err := p.str()
		switch {
		case err != nil || p.pos != len(s):
			d.fatal = misusedString(s, fp)
		case k == rt.KindString:
			rt.SetString(fp, str)
		default:
			d.typeError(str, fp, strct, field)
		}
	case s[0] != '-' && (s[0] < '0' || s[0] > '9') || k == rt.KindString || k == rt.KindBool:
		d.fatal = misusedString(s, fp)
	default:
		d.setNumber(fp, k, s, strct, field)
	}
}

func misusedString(s string, fp any) error {
	return errors.New("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(s) + " into " + rt.ElemTypeString(fp))
}

// saveErr records err unless an error came first.
func (d *decoder) saveErr(err error) {
	if d.err == nil {
		d.err = err
	}
}

// ---- streams ----

// Encoder writes JSON values, each followed by a newline, to an output stream.
type Encoder struct {
	w              io.Writer
	prefix, indent string
	escapeHTML     bool
}

func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w, escapeHTML: true} }

func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix = prefix
	enc.indent = indent
}

func (enc *Encoder) SetEscapeHTML(on bool) { enc.escapeHTML = on }

func (enc *Encoder) Encode(v any) error {
	b, err := Marshal(v)
	if err != nil {
		return err
	}
	if enc.prefix != "" || enc.indent != "" {
		b = appendIndent(nil, b, enc.prefix, enc.indent)
	}
	if !enc.escapeHTML {
		s := strings.ReplaceAll(string(b), `\u003c`, "<")
		s = strings.ReplaceAll(s, `\u003e`, ">")
		b = []byte(strings.ReplaceAll(s, `\u0026`, "&"))
	}
	b = append(b, '\n')
	_, err = enc.w.Write(b)
	return err
}

// Decoder reads JSON values one after another from an input stream.
type Decoder struct {
	r    io.Reader
	buf  []byte
	read bool
	pos  int
}

func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

func (dec *Decoder) DisallowUnknownFields() {}
func (dec *Decoder) UseNumber()             {}

func (dec *Decoder) fill() error {
	if dec.read {
		return nil
	}
	dec.read = true
	b, err := io.ReadAll(dec.r)
	dec.buf = b
	return err
}

// More reports whether there is another value in the input.
func (dec *Decoder) More() bool {
	dec.fill()
	p := &parser{s: dec.buf, pos: dec.pos}
	p.skip()
	return p.pos < len(p.s) && p.s[p.pos] != ']' && p.s[p.pos] != '}'
}

func (dec *Decoder) Decode(v any) error {
	if err := dec.fill(); err != nil {
		return err
	}
	p := &parser{s: dec.buf, pos: dec.pos}
	p.skip()
	if p.pos >= len(p.s) {
		return io.EOF
	}
	start := p.pos
	if _, err := p.parse(); err != nil {
		return err
	}
	dec.pos = p.pos
	return Unmarshal(dec.buf[start:p.pos], v)
}
