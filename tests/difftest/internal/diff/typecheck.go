// A fast in-process type check (go/types with the standard library parsed from source)
// so the reducer rejects candidates that do not compile without running go build, and
// removes the imports a candidate no longer uses.
package diff

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// TypeChecker type-checks single-file main packages; it keeps the imported packages
// between calls (importing fmt from source takes a second).
type TypeChecker struct {
	fset *token.FileSet
	imp  types.Importer
}

// NewTypeChecker returns a type checker with an empty package cache.
func NewTypeChecker() *TypeChecker {
	fset := token.NewFileSet()
	return &TypeChecker{fset, importer.ForCompiler(fset, "source", nil)}
}

// Errors returns the syntax or type errors of src (none: it should compile).
func (t *TypeChecker) Errors(src []byte) []string {
	file, err := parser.ParseFile(t.fset, programFile, src, parser.SkipObjectResolution)
	if err != nil {
		return []string{err.Error()}
	}
	var errs []string
	conf := types.Config{Importer: t.imp, Error: func(err error) { errs = append(errs, err.Error()) }}
	conf.Check("main", t.fset, []*ast.File{file}, nil)
	return errs
}

var unusedImport = regexp.MustCompile(`"([^"]+)" imported and not used`)

// WithoutUnusedImports returns src without the import lines that Errors reports unused,
// and the errors that remain.
func (t *TypeChecker) WithoutUnusedImports(src []byte) ([]byte, []string) {
	errs := t.Errors(src)
	var drop []string
	var rest []string
	for _, e := range errs {
		if m := unusedImport.FindStringSubmatch(e); m != nil {
			drop = append(drop, m[1])
		} else {
			rest = append(rest, e)
		}
	}
	if len(drop) == 0 {
		return src, errs
	}
	lines := strings.SplitAfter(string(src), "\n")
	var out []string
	for _, l := range lines {
		keep := true
		for _, d := range drop {
			if t := strings.TrimSpace(l); t == `"`+d+`"` || t == `import "`+d+`"` {
				keep = false
			}
		}
		if keep {
			out = append(out, l)
		}
	}
	fixed := []byte(strings.Join(out, ""))
	if len(rest) > 0 {
		return fixed, rest
	}
	return fixed, t.Errors(fixed)
}
