// difftest runs Go programs with real Go and with goroscope and reports where they
// differ: generated programs (-n N from -seed S), a folder of programs (-dir), or it
// minimizes one differing program (-reduce FILE).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"goroscope/difftest/internal/diff"
	"goroscope/difftest/progen"
)

func main() {
	seed := flag.Uint64("seed", 1, "first seed of the generated programs")
	n := flag.Int("n", 0, "number of generated programs (seeds seed .. seed+n-1)")
	groups := flag.String("groups", "", "generate only these feature groups (comma-separated; see gen -help)")
	dir := flag.String("dir", "", "check every .go file in this folder instead of generating programs")
	reduce := flag.String("reduce", "", "minimize this differing program")
	kind := flag.String("kind", "", "with -reduce: the difference to keep (default: the one the program shows)")
	match := flag.String("match", "", "with -reduce: a regexp the difference's detail must keep matching")
	outFile := flag.String("o", "", "with -reduce: where to write the minimized program (default FILE.min.go)")
	goroscope := flag.String("goroscope", "build/goroscope", "the goroscope binary")
	goCmd := flag.String("go", "go", "the go command")
	jobs := flag.Int("j", 1, "programs checked at once")
	out := flag.String("out", filepath.Join(os.TempDir(), "difftest-out"), "folder for differing programs and their outputs")
	timeout := flag.Duration("timeout", 10*time.Second, "time limit of one Go run (goroscope gets 3x)")
	once := flag.Bool("once", false, "run the Go binary once (default: twice, to catch programs that depend on scheduling)")
	verbose := flag.Bool("v", false, "print a line for every program, not only the differing ones")
	knownFile := flag.String("known", "", "a KNOWN_DIFFERENCES file: differences from its features are counted apart")
	failOnDiff := flag.Bool("fail", false, "exit 1 when a program differs (other than a known difference) or is a generator bug")
	flag.Parse()

	gs, err := filepath.Abs(*goroscope)
	if err == nil {
		_, err = os.Stat(gs)
	}
	if err != nil {
		fatal("goroscope binary: %v (build it, or pass -goroscope)", err)
	}
	goPath, err := exec.LookPath(*goCmd)
	if err != nil {
		fatal("go command: %v", err)
	}
	conf := &diff.Config{Go: goPath, Goroscope: gs, Timeout: *timeout, Twice: !*once}

	if *reduce != "" {
		runReduce(conf, *reduce, *kind, *match, *outFile)
		return
	}
	var progs []program
	switch {
	case *dir != "":
		progs, err = folderPrograms(*dir)
		if err != nil {
			fatal("%v", err)
		}
	case *n > 0:
		var gs []string
		if *groups != "" {
			gs = strings.Split(*groups, ",")
		}
		if _, err := progen.Generate(*seed, progen.Options{Groups: gs}); err != nil {
			fatal("%v", err) // an unknown group
		}
		progs = generatedPrograms(*seed, *n, gs)
	default:
		fatal("nothing to do: pass -n N (generated programs), -dir DIR or -reduce FILE")
	}
	s := &session{conf: conf, out: *out, verbose: *verbose}
	if *knownFile != "" {
		if s.known, err = readKnown(*knownFile); err != nil {
			fatal("%v", err)
		}
	}
	if err := s.start(); err != nil {
		fatal("%v", err)
	}
	s.run(progs, *jobs)
	s.summary(os.Stdout)
	if *failOnDiff && s.count(s.kinds)+s.count(s.broken)+len(s.errors) > 0 {
		os.Exit(1)
	}
}

func runReduce(conf *diff.Config, file, kind, match, outFile string) {
	src, err := os.ReadFile(file)
	if err != nil {
		fatal("%v", err)
	}
	if kind == "" {
		res, err := conf.Check(filepath.Base(file), src)
		if err != nil {
			fatal("%v", err)
		}
		if !res.Interesting() {
			fatal("%s: goroscope does not differ from Go (or the program is not valid): %s", file, describe(res))
		}
		kind = res.Diff.Kind
		fmt.Printf("keeping: %s\n  %s\n", kind, res.Diff.Detail)
	}
	var re *regexp.Regexp
	if match != "" {
		re = regexp.MustCompile(match)
	}
	r := diff.NewReducer(conf, kind, re, func(s string) { fmt.Println(" ", s) })
	min, err := r.Reduce(src)
	if err != nil {
		fatal("%v", err)
	}
	if outFile == "" {
		outFile = strings.TrimSuffix(file, ".go") + ".min.go"
	}
	if err := os.WriteFile(outFile, min, 0o644); err != nil {
		fatal("%v", err)
	}
	fmt.Println("wrote", outFile)
}

func fatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "difftest: "+format+"\n", args...)
	os.Exit(2)
}
