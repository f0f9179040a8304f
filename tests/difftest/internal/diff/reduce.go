// The reducer: shrinks a program while goroscope keeps differing from Go in the same
// way. It drops whole test functions first, then other top-level declarations, then
// blocks and single lines inside what is left (unwrapping blocks too), until nothing more
// can go; candidates that do not type-check are rejected before anything is built.
package diff

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
)

// Reducer minimizes programs that show one kind of difference.
type Reducer struct {
	Config *Config
	Kind   string         // the Difference.Kind to keep
	Match  *regexp.Regexp // if set, Difference.Detail must match it too
	Log    func(string)
	tc     *TypeChecker
	tries  int
}

// NewReducer returns a reducer keeping difference kind.
func NewReducer(c *Config, kind string, match *regexp.Regexp, log func(string)) *Reducer {
	return &Reducer{Config: c, Kind: kind, Match: match, Log: log, tc: NewTypeChecker()}
}

// interesting reports whether the candidate compiles and still shows the difference; it
// returns the candidate with unused imports removed.
func (r *Reducer) interesting(src []byte) ([]byte, bool) {
	src, errs := r.tc.WithoutUnusedImports(src)
	if len(errs) > 0 {
		return nil, false
	}
	r.tries++
	res, err := r.Config.Check("reduce", src)
	if err != nil || !res.Interesting() || res.Diff.Kind != r.Kind {
		return nil, false
	}
	if r.Match != nil && !r.Match.MatchString(res.Diff.Detail) {
		return nil, false
	}
	return src, true
}

// Reduce returns the smallest program it finds that still shows the difference.
func (r *Reducer) Reduce(src []byte) ([]byte, error) {
	if _, ok := r.interesting(src); !ok {
		return nil, fmt.Errorf("the program does not show %q to begin with", r.Kind)
	}
	lines := splitLines(src)
	lines = r.dropDecls(lines, true)
	lines = r.dropDecls(lines, false)
	for {
		before := len(lines)
		lines = r.dropLines(lines)
		lines = r.dropDecls(lines, false)
		if len(lines) == before {
			break
		}
	}
	out := []byte(strings.Join(lines, ""))
	if formatted, err := format.Source(out); err == nil {
		out = formatted
	}
	r.Log(fmt.Sprintf("reduced to %d lines after %d runs", len(lines), r.tries))
	return out, nil
}

func splitLines(src []byte) []string { return strings.SplitAfter(string(src), "\n") }

var testFunc = regexp.MustCompile(`^t\d+$`)

// dropDecls tries to remove each top-level declaration but main: the test functions
// (with their call in main) when tests is set, else the other declarations.
func (r *Reducer) dropDecls(lines []string, tests bool) []string {
	for i := 0; ; i++ {
		spans := declSpans(lines, tests)
		if i >= len(spans) {
			return lines
		}
		s := spans[len(spans)-1-i] // from the end: earlier spans keep their lines
		cand := removeSpan(lines, s.from, s.to)
		if tests {
			cand = removeCall(cand, s.name)
		}
		if src, ok := r.interesting([]byte(strings.Join(cand, ""))); ok {
			r.Log(fmt.Sprintf("dropped %s (%d lines left)", s.name, len(cand)))
			lines = splitLines(src)
			i--
		}
	}
}

type span struct {
	name     string
	from, to int // line indexes, inclusive
}

// declSpans lists the line spans of top-level declarations other than main and imports.
func declSpans(lines []string, tests bool) []span {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, programFile, strings.Join(lines, ""), parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	var spans []span
	for _, d := range file.Decls {
		var name string
		start := d.Pos()
		switch d := d.(type) {
		case *ast.FuncDecl:
			name = d.Name.Name
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
			if d.Recv != nil {
				name = "method " + name
			}
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			name = d.Tok.String() + " declaration"
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
		}
		if name == "main" || testFunc.MatchString(name) != tests {
			continue
		}
		spans = append(spans, span{name, fset.Position(start).Line - 1, fset.Position(d.End()).Line - 1})
	}
	return spans
}

func removeSpan(lines []string, from, to int) []string {
	out := append([]string{}, lines[:from]...)
	return append(out, lines[to+1:]...)
}

func removeCall(lines []string, name string) []string {
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) != name+"()" {
			out = append(out, l)
		}
	}
	return out
}

// dropLines tries, for each line, to remove the block it opens, to unwrap that block
// (keep its body), or to remove the line alone.
func (r *Reducer) dropLines(lines []string) []string {
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "package ") || strings.HasPrefix(t, "import") || t == "func main() {" || t == ")" {
			continue
		}
		var cands [][]string
		if end := blockEnd(lines, i); end > i {
			cands = append(cands, removeSpan(lines, i, end))
			unwrapped := removeSpan(lines, end, end)
			cands = append(cands, removeSpan(unwrapped, i, i))
		} else if !strings.HasPrefix(t, "}") {
			cands = append(cands, removeSpan(lines, i, i))
		}
		for _, c := range cands {
			if src, ok := r.interesting([]byte(strings.Join(c, ""))); ok {
				lines = splitLines(src)
				r.Log(fmt.Sprintf("removed %q (%d lines left)", shorten(t, 60), len(lines)))
				i--
				break
			}
		}
	}
	return lines
}

// blockEnd returns the index of the line closing the block that line i opens (gofmt'ed
// code: the next line at the same indentation that starts with "}"), or -1.
func blockEnd(lines []string, i int) int {
	l := strings.TrimRight(lines[i], "\n")
	if !strings.HasSuffix(l, "{") {
		return -1
	}
	indent := l[:len(l)-len(strings.TrimLeft(l, "\t"))]
	for j := i + 1; j < len(lines); j++ {
		m := lines[j]
		if strings.HasPrefix(m, indent+"}") {
			return j
		}
		inner := strings.HasPrefix(m, indent+"\t") || strings.HasPrefix(m, indent+"case ") || strings.HasPrefix(m, indent+"default:")
		if strings.TrimSpace(m) != "" && !inner {
			return -1
		}
	}
	return -1
}
