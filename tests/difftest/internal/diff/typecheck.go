// A fast in-process type check (go/types with the standard library parsed from source)
// so the reducer rejects candidates that do not compile without running go build, and
// removes the imports and variables a candidate no longer uses.
package diff

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
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

var (
	unusedImport = regexp.MustCompile(`"([^"]+)" imported and not used`)
	unusedVar    = regexp.MustCompile(`^[^:]+:(\d+):\d+: declared and not used: `)
)

// WithoutUnused returns src without the import lines and the variable declarations that
// the type checker reports unused (removing a statement often leaves its variables
// unused), repeating while that helps, and the errors that remain.
func (t *TypeChecker) WithoutUnused(src []byte) ([]byte, []string) {
	for round := 0; ; round++ {
		errs := t.Errors(src)
		if len(errs) == 0 || round == 8 {
			return src, errs
		}
		lines := strings.SplitAfter(string(src), "\n")
		drop := map[int]bool{}
		for _, e := range errs {
			if m := unusedImport.FindStringSubmatch(e); m != nil {
				for i, l := range lines {
					if l := strings.TrimSpace(l); l == `"`+m[1]+`"` || l == `import "`+m[1]+`"` {
						drop[i] = true
					}
				}
			} else if m := unusedVar.FindStringSubmatch(e); m != nil {
				n, _ := strconv.Atoi(m[1])
				drop[n-1] = true
			} else {
				return src, errs // a real error: removing lines will not fix it
			}
		}
		var out []string
		for i, l := range lines {
			if !drop[i] {
				out = append(out, l)
			}
		}
		src = []byte(strings.Join(out, ""))
	}
}
