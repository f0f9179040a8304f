// Comparing what real Go and goroscope did with one program: stdout byte for byte, the
// exit status, the panic or fatal error header on stderr (goroutine traces differ by
// design and are not compared) and what the program itself wrote to stderr before it.
package diff

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// Difference is how goroscope's run differed from Go's; Kind groups differences of the
// same nature (the reducer keeps a candidate only if the Kind stays the same).
type Difference struct {
	Kind     string   // e.g. "stdout differs", "goroscope does not compile it"
	Detail   string   // one line: what each side printed at the first difference
	Sections []string // for stdout differences: the test functions whose output differs
}

// PanicHeader returns the "panic: ..." / "fatal error: ..." block of stderr: from its
// first line to the blank line before the goroutine dump, without the [signal ...] line
// (it holds addresses), and what was written to stderr before it.
func PanicHeader(stderr []byte) (header []string, before []byte) {
	lines := strings.SplitAfter(string(stderr), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			before = []byte(strings.Join(lines[:i], ""))
			for _, h := range lines[i:] {
				h = strings.TrimRight(h, "\n")
				if h == "" {
					break
				}
				if !strings.HasPrefix(h, "[signal ") {
					header = append(header, h)
				}
			}
			return header, before
		}
	}
	return nil, stderr
}

var compileError = regexp.MustCompile(`^[^\s:]+\.go:\d+:\d+: (.*)`)

// CompileError returns goroscope's compile error message (without its position), if
// the run was one: exit status 1 and stderr starting with FILE:line:col: message.
func CompileError(o Outcome) (string, bool) {
	if o.Exit != 1 {
		return "", false
	}
	m := compileError.FindSubmatch(o.Stderr)
	if m == nil {
		return "", false
	}
	return string(m[1]), true
}

// Compare returns the difference between Go's outcome and goroscope's, or nil.
func Compare(goRun, gs Outcome) *Difference {
	if msg, ok := CompileError(gs); ok {
		first, _, _ := strings.Cut(string(gs.Stderr), "\n")
		return &Difference{Kind: "goroscope does not compile it: " + shorten(genericMessage(msg), 80), Detail: first}
	}
	if gs.TimedOut {
		return &Difference{Kind: "goroscope timed out", Detail: fmt.Sprintf("after %d bytes of stdout", len(gs.Stdout))}
	}
	if gs.Signal != "" {
		return &Difference{Kind: "goroscope crashed (" + gs.Signal + ")", Detail: firstLine(gs.Stderr)}
	}
	if gs.Exit >= 124 && gs.Exit <= 128 && gs.Exit != goRun.Exit {
		return &Difference{Kind: fmt.Sprintf("goroscope hit a limit (exit %d)", gs.Exit), Detail: firstLine(gs.Stderr)}
	}
	goHeader, goBefore := PanicHeader(goRun.Stderr)
	gsHeader, gsBefore := PanicHeader(gs.Stderr)
	if !bytes.Equal(goRun.Stdout, gs.Stdout) {
		return &Difference{"stdout differs", firstDifference(goRun.Stdout, gs.Stdout), DifferingSections(goRun.Stdout, gs.Stdout)}
	}
	if len(goHeader) > 0 || len(gsHeader) > 0 {
		g, s := firstOr(goHeader), firstOr(gsHeader)
		if g != s {
			kind := "panic message differs"
			if len(goHeader) == 0 || len(gsHeader) == 0 {
				kind = "only one side panicked"
			}
			return &Difference{Kind: kind, Detail: fmt.Sprintf("go: %q goroscope: %q", g, s)}
		}
		if strings.Join(goHeader, "\n") != strings.Join(gsHeader, "\n") {
			return &Difference{Kind: "panic chain differs", Detail: firstDifference([]byte(strings.Join(goHeader, "\n")), []byte(strings.Join(gsHeader, "\n")))}
		}
	}
	if goRun.Exit != gs.Exit {
		return &Difference{Kind: fmt.Sprintf("exit status differs (go %d, goroscope %d)", goRun.Exit, gs.Exit), Detail: firstLine(gs.Stderr)}
	}
	if !bytes.Equal(goBefore, gsBefore) {
		return &Difference{Kind: "stderr differs", Detail: firstDifference(goBefore, gsBefore)}
	}
	return nil
}

// genericMessage removes identifiers and numbers that vary between programs, so that
// compile errors of the same nature group together.
func genericMessage(msg string) string {
	msg = regexp.MustCompile(`\b[a-zA-Z]+[0-9]+\b`).ReplaceAllString(msg, "X")
	return regexp.MustCompile(`\b\d+\b`).ReplaceAllString(msg, "N")
}

func firstOr(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return lines[0]
}

func firstLine(b []byte) string {
	l, _, _ := strings.Cut(string(b), "\n")
	return shorten(l, 200)
}

// firstDifference describes the first line where a and b differ.
func firstDifference(a, b []byte) string {
	al, bl := strings.SplitAfter(string(a), "\n"), strings.SplitAfter(string(b), "\n")
	for i := 0; ; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y || i >= len(al) && i >= len(bl) {
			return fmt.Sprintf("line %d: go %q goroscope %q", i+1, shorten(x, 160), shorten(y, 160))
		}
	}
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// a line printed by a generated test function: "t3.7: ..."
var tagLine = regexp.MustCompile(`^(t\d+)\.\d+:`)

// DifferingSections splits two outputs of a generated program by test function (a line
// belongs to the function of the last tagged line before it) and returns the functions
// whose lines differ, so a program with several bugs shows all of them.
func DifferingSections(a, b []byte) []string {
	split := func(out []byte) (map[string]string, []string) {
		sections, order, current := map[string]string{}, []string{}, "start"
		for _, l := range strings.SplitAfter(string(out), "\n") {
			if m := tagLine.FindStringSubmatch(l); m != nil {
				current = m[1]
			}
			if _, seen := sections[current]; !seen {
				order = append(order, current)
			}
			sections[current] += l
		}
		return sections, order
	}
	as, order := split(a)
	bs, border := split(b)
	order = append(order, border...)
	var differ []string
	seen := map[string]bool{}
	for _, name := range order {
		if !seen[name] && as[name] != bs[name] {
			differ = append(differ, name)
		}
		seen[name] = true
	}
	if len(differ) == 1 && differ[0] == "start" {
		return nil // not a generated program: no tags
	}
	return differ
}
