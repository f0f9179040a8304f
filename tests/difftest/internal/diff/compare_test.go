// How outcomes are compared and classified, on hand-made outcomes (no programs are run).
package diff

import (
	"reflect"
	"strings"
	"testing"
)

func TestPanicHeader(t *testing.T) {
	stderr := "user line\npanic: first [recovered]\n\tpanic: second\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49e1b7]\n\ngoroutine 1 [running]:\nmain.main()\n"
	header, before := PanicHeader([]byte(stderr))
	if want := []string{"panic: first [recovered]", "\tpanic: second"}; !reflect.DeepEqual(header, want) {
		t.Errorf("header %q, want %q", header, want)
	}
	if string(before) != "user line\n" {
		t.Errorf("before %q", before)
	}
}

func TestCompareKinds(t *testing.T) {
	ok := Outcome{Stdout: []byte("a\nb\n")}
	cases := []struct {
		gs   Outcome
		kind string
	}{
		{Outcome{Stdout: []byte("a\nb\n")}, ""},
		{Outcome{Stdout: []byte("a\nc\n")}, "stdout differs"},
		{Outcome{Exit: 1, Stderr: []byte("prog.go:3:4: undefined: x7\n")}, "goroscope does not compile it: undefined: X"},
		{Outcome{Stdout: []byte("a\nb\n"), Exit: 2, Stderr: []byte("panic: boom\n\ngoroutine 1 [running]:\n")}, "only one side panicked"},
		{Outcome{Stdout: []byte("a\nb\n"), Exit: 3}, "exit status differs (go 0, goroscope 3)"},
		{Outcome{Stdout: []byte("a\nb\n"), Stderr: []byte("extra\n")}, "stderr differs"},
		{Outcome{Stdout: []byte("a\n"), TimedOut: true, Exit: -1, Signal: "killed"}, "goroscope timed out"},
	}
	for _, c := range cases {
		d := Compare(ok, c.gs)
		got := ""
		if d != nil {
			got = d.Kind
		}
		if got != c.kind {
			t.Errorf("%+v: kind %q, want %q", c.gs, got, c.kind)
		}
	}
}

func TestDifferingSections(t *testing.T) {
	a := "t0.1: x\nt1.1: y\neval 1 a\nt2.1: z\n"
	b := "t0.1: x\nt1.1: y\neval 1 b\nt2.1: w\n"
	if got := DifferingSections([]byte(a), []byte(b)); !reflect.DeepEqual(got, []string{"t1", "t2"}) {
		t.Errorf("got %v", got)
	}
	if got := DifferingSections([]byte("x\n"), []byte("y\n")); got != nil {
		t.Errorf("untagged output: got %v", got)
	}
}

func TestWithoutOneArgument(t *testing.T) {
	got := withoutOneArgument("\tfmt.Println(\"t:\", a, f(b, \"x,y\"), ',')\n")
	want := []string{
		"\tfmt.Println(\"t:\", f(b, \"x,y\"), ',')\n",
		"\tfmt.Println(\"t:\", a, ',')\n",
		"\tfmt.Println(\"t:\", a, f(b, \"x,y\"))\n",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q", got)
	}
}

func TestBlockEnd(t *testing.T) {
	lines := splitLines([]byte("func f() {\n\tswitch x {\n\tcase 1:\n\t\ty()\n\t}\n\tz()\n}\n"))
	if got := blockEnd(lines, 1); got != 4 {
		t.Errorf("switch block ends at %d, want 4", got)
	}
	if got := blockEnd(lines, 5); got != -1 {
		t.Errorf("a plain line: %d", got)
	}
	if !strings.HasPrefix(lines[blockEnd(lines, 0)], "}") {
		t.Error("function block")
	}
}
