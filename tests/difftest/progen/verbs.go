// fmt directives for each kind of operand: a verb with random flags, width and precision
// (and now and then a verb that does not fit, which fmt prints as %!x(T=v)).
package progen

import (
	"fmt"
	"strings"
)

// Operand categories for Verb.
const (
	VInt       = "int"
	VFloat     = "float"
	VString    = "string"
	VBool      = "bool"
	VBytes     = "bytes"
	VComposite = "composite" // slices, maps, arrays, structs: verbs apply to the elements
)

var verbs = map[string][]string{
	VInt:       {"v", "d", "d", "x", "X", "o", "O", "b", "c", "q", "U", "v"},
	VFloat:     {"v", "g", "G", "e", "E", "f", "F", "x", "X", "b", "v", "g", "f"},
	VString:    {"v", "s", "s", "q", "x", "X"},
	VBool:      {"v", "t"},
	VBytes:     {"v", "s", "q", "x", "X", "d"},
	VComposite: {"v", "+v", "#v", "d", "x", "s", "q", "v"},
}

// Verb returns a directive such as %-8.3f for an operand of the category.
func (f *Func) Verb(category string) string {
	r := f.R
	verb := Pick(r, verbs[category])
	if r.Chance(4) {
		verb = Pick(r, []string{"d", "s", "f", "t", "T", "c", "x"})
	}
	var b strings.Builder
	b.WriteByte('%')
	if !strings.ContainsAny(verb, "+#") {
		for _, flag := range "+- #0" {
			if r.Chance(12) {
				b.WriteRune(flag)
			}
		}
	}
	if r.Chance(40) {
		fmt.Fprintf(&b, "%d", r.Range(1, 14))
	}
	if r.Chance(35) {
		fmt.Fprintf(&b, ".%d", r.Range(0, 9))
	}
	b.WriteString(verb)
	return b.String()
}

// VerbOf picks the category of a scalar type.
func VerbOf(t *Scalar) string {
	switch t.Kind {
	case KInt:
		return VInt
	case KFloat:
		return VFloat
	case KString:
		return VString
	}
	return VBool
}

// PrintfVals prints values with one random directive each (categories parallel to vals).
func (f *Func) PrintfVals(categories []string, vals []string) {
	var dirs []string
	for _, c := range categories {
		dirs = append(dirs, f.Verb(c))
	}
	f.Printf(strings.Join(dirs, " | "), vals...)
}
