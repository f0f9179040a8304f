// A generated program: its imports, helpers, type declarations, test functions and the
// end of main; Source renders it as gofmt'ed Go.
package progen

import (
	"bytes"
	"fmt"
	"go/format"
	"path"
	"regexp"
	"sort"
	"strings"
)

// Program collects the pieces of one generated program.
type Program struct {
	Header  string          // comment lines at the top (how to regenerate it)
	imports map[string]bool // import paths in use
	helpers map[string]bool // helper functions in use (helpers.go)
	decls   []string        // top-level types and methods, in order of creation
	funcs   []*Func         // t0, t1, ... in order
	ending  []string        // statements after the calls in main (a final panic, os.Exit)
	uniq    int             // counter behind Fresh
}

func newProgram() *Program {
	return &Program{imports: map[string]bool{}, helpers: map[string]bool{}}
}

// Import marks a package as used and returns the name to qualify it with.
func (p *Program) Import(importPath string) string {
	p.imports[importPath] = true
	return path.Base(importPath)
}

// Helper marks a helper function (and what it needs) as used and returns its name.
func (p *Program) Helper(name string) string {
	h, ok := helpers[name]
	if !ok {
		panic("progen: unknown helper " + name)
	}
	p.helpers[name] = true
	for _, imp := range h.imports {
		p.Import(imp)
	}
	for _, need := range h.needs {
		p.Helper(need)
	}
	return name
}

// Decl adds a top-level declaration (a type with its methods).
func (p *Program) Decl(code string) { p.decls = append(p.decls, strings.TrimSpace(code)) }

// Fresh returns a new identifier starting with prefix, unique in the program.
func (p *Program) Fresh(prefix string) string {
	p.uniq++
	return fmt.Sprintf("%s%d", prefix, p.uniq)
}

// Source renders the program, gofmt'ed. An error means the generator produced invalid
// syntax; the unformatted text is returned with it for debugging.
func (p *Program) Source() ([]byte, error) {
	var code bytes.Buffer // everything after the imports
	var names []string
	for name := range p.helpers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		code.WriteString(strings.TrimSpace(helpers[name].code) + "\n\n")
	}
	for _, d := range p.decls {
		code.WriteString(d + "\n\n")
	}
	for _, f := range p.funcs {
		fmt.Fprintf(&code, "// %s: %s\nfunc %s() {\n%s}\n\n", f.Name, strings.Join(f.uses, " "), f.Name, strings.Join(f.lines, ""))
	}
	code.WriteString("func main() {\n")
	for _, f := range p.funcs {
		fmt.Fprintf(&code, "\t%s()\n", f.Name)
	}
	for _, s := range p.ending {
		code.WriteString("\t" + s + "\n")
	}
	code.WriteString("}\n")

	var b bytes.Buffer
	for _, line := range strings.Split(strings.TrimSpace(p.Header), "\n") {
		if line != "" {
			fmt.Fprintf(&b, "// %s\n", line)
		}
	}
	b.WriteString("package main\n\n")
	// Snippets build some expressions they then do not use; an import only they needed
	// would be unused, which Go rejects, so imports are kept only when the code names them.
	var paths []string
	for imp := range p.imports {
		if regexp.MustCompile(`\b` + path.Base(imp) + `\.`).Match(code.Bytes()) {
			paths = append(paths, imp)
		}
	}
	sort.Strings(paths)
	if len(paths) > 0 {
		b.WriteString("import (\n")
		for _, imp := range paths {
			fmt.Fprintf(&b, "\t%q\n", imp)
		}
		b.WriteString(")\n\n")
	}
	b.Write(code.Bytes())
	out, err := format.Source(b.Bytes())
	if err != nil {
		return b.Bytes(), err
	}
	return out, nil
}
