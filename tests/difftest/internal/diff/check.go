// Checking one program: build it with real Go, run it (twice, the second time on one
// thread, to catch programs whose output depends on scheduling: those are generator
// bugs, not differences), run it with goroscope, and compare.
package diff

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Config says which tools to run and how long to wait for them.
type Config struct {
	Go        string        // the go command
	Goroscope string        // the goroscope binary (an absolute path)
	Timeout   time.Duration // for each run of a program
	Twice     bool          // run Go's binary a second time with GOMAXPROCS=1
}

// Result is what checking one program found.
type Result struct {
	Name             string
	BuildError       string // go build failed: the program is not valid Go (a generator bug)
	Nondeterministic string // Go's two runs differed (a generator bug)
	GoTimedOut       bool   // the Go binary did not finish (a generator bug)
	Go, Goroscope    Outcome
	Diff             *Difference // nil when goroscope did what Go did
}

// Interesting is true when the program is valid and goroscope differs from Go.
func (r *Result) Interesting() bool {
	return r.BuildError == "" && r.Nondeterministic == "" && !r.GoTimedOut && r.Diff != nil
}

// programFile is the name the program has in its temporary folder, so goroscope's
// messages (prog.go:3:4: ...) do not depend on where the program came from.
const programFile = "prog.go"

// Check builds and runs src with Go and with goroscope.
func (c *Config) Check(name string, src []byte) (*Result, error) {
	dir, err := os.MkdirTemp("", "difftest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, programFile), src, 0o644); err != nil {
		return nil, err
	}
	r := &Result{Name: name}
	// GOTOOLCHAIN=local: never download another toolchain; GOFLAGS=-mod=mod is not
	// needed: the folder has no go.mod, so the file builds at the toolchain's language
	// version (loop variables per iteration).
	env := []string{"GOTOOLCHAIN=local", "GOWORK=off", "GO111MODULE=on"}
	build, err := Run(dir, env, 5*time.Minute, c.Go, "build", "-o", "prog", programFile)
	if err == nil && build.Exit != 0 && strings.Contains(string(build.Stderr), ": signal: ") {
		// the compiler or linker was killed (memory pressure on a shared machine): that
		// says nothing about the program, so try once more
		build, err = Run(dir, env, 5*time.Minute, c.Go, "build", "-o", "prog", programFile)
	}
	if err != nil {
		return nil, fmt.Errorf("go build: %w", err)
	}
	if build.Exit != 0 || build.TimedOut {
		r.BuildError = strings.TrimSpace(string(build.Stderr))
		if build.TimedOut {
			r.BuildError = "go build timed out"
		}
		return r, nil
	}
	bin := filepath.Join(dir, "prog")
	if r.Go, err = Run(dir, nil, c.Timeout, bin); err != nil {
		return nil, err
	}
	if r.Go.TimedOut {
		r.GoTimedOut = true
		return r, nil
	}
	if c.Twice {
		again, err := Run(dir, []string{"GOMAXPROCS=1"}, c.Timeout, bin)
		if err != nil {
			return nil, err
		}
		if d := sameGoRun(r.Go, again); d != "" {
			r.Nondeterministic = d
			return r, nil
		}
	}
	if r.Goroscope, err = Run(dir, nil, c.Timeout*3, c.Goroscope, "run", programFile); err != nil {
		return nil, fmt.Errorf("goroscope: %w", err)
	}
	r.Diff = Compare(r.Go, r.Goroscope)
	return r, nil
}

// sameGoRun describes how two runs of the Go binary differ ("" if they do not).
func sameGoRun(a, b Outcome) string {
	if !bytes.Equal(a.Stdout, b.Stdout) {
		return "stdout " + firstDifference(a.Stdout, b.Stdout)
	}
	if a.Exit != b.Exit || a.TimedOut != b.TimedOut {
		return fmt.Sprintf("exit status %d vs %d", a.Exit, b.Exit)
	}
	ha, sa := PanicHeader(a.Stderr)
	hb, sb := PanicHeader(b.Stderr)
	if strings.Join(ha, "\n") != strings.Join(hb, "\n") || !bytes.Equal(sa, sb) {
		return "stderr " + firstDifference(a.Stderr, b.Stderr)
	}
	return ""
}
