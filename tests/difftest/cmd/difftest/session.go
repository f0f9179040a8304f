// A session checks many programs (with -j workers), prints one line per differing
// program as it is found, logs every result to results.tsv in the output folder (to
// follow a long run), and ends with a summary grouped by kind of difference. Differences
// that come only from features listed in KNOWN_DIFFERENCES are counted apart.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"goroscope/difftest/internal/diff"
)

type session struct {
	conf    *diff.Config
	out     string
	verbose bool

	mu      sync.Mutex
	log     *os.File
	started time.Time
	checked int
	same    int
	broken  map[string][]string // generator bugs by what went wrong: program names
	kinds   map[string][]string // differences by kind: program names
	known   map[string]string   // feature -> why goroscope differs (KNOWN_DIFFERENCES)
	knownBy map[string][]string // known differences by feature: program names
	errors  []string            // failures of the tool itself
}

func (s *session) start() error {
	if err := os.MkdirAll(s.out, 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(s.out, "results.tsv"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	s.log, s.started = f, time.Now()
	s.broken, s.kinds, s.knownBy = map[string][]string{}, map[string][]string{}, map[string][]string{}
	return nil
}

func (s *session) run(progs []program, jobs int) {
	work := make(chan program)
	var wg sync.WaitGroup
	for range max(jobs, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				s.check(p)
			}
		}()
	}
	for _, p := range progs {
		work <- p
	}
	close(work)
	wg.Wait()
}

func (s *session) check(p program) {
	src, err := p.src()
	var res *diff.Result
	if err == nil {
		res, err = s.conf.Check(p.name, src)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checked++
	if err != nil {
		s.errors = append(s.errors, p.name+": "+err.Error())
		fmt.Printf("%s: error: %v\n", p.name, err)
		return
	}
	saved, err := diff.Save(s.out, res, src)
	if err != nil {
		s.errors = append(s.errors, p.name+": saving: "+err.Error())
	}
	status, detail := describeParts(res)
	if res.Diff != nil {
		detail += sectionsNote(res.Diff, src)
	}
	fmt.Fprintf(s.log, "%s\t%s\t%s\t%s\n", time.Now().Format(time.RFC3339), p.name, status, detail)
	known := ""
	if res.Diff != nil {
		known = s.knownFeature(res.Diff, src)
	}
	switch {
	case res.BuildError != "" || res.Nondeterministic != "" || res.GoTimedOut:
		s.broken[status] = append(s.broken[status], p.name)
		fmt.Printf("%s: GENERATOR BUG: %s: %s (%s)\n", p.name, status, firstLine(detail), saved)
	case known != "":
		s.knownBy[known] = append(s.knownBy[known], p.name)
		fmt.Printf("%s: known difference (%s): %s (%s)\n", p.name, known, res.Diff.Detail, saved)
	case res.Diff != nil:
		s.kinds[res.Diff.Kind] = append(s.kinds[res.Diff.Kind], p.name)
		fmt.Printf("%s: %s: %s%s (%s)\n", p.name, res.Diff.Kind, res.Diff.Detail, sectionsNote(res.Diff, src), saved)
	default:
		s.same++
		if s.verbose {
			fmt.Printf("%s: same\n", p.name)
		}
	}
	if s.checked%100 == 0 {
		fmt.Printf("-- %d programs checked in %s: %d differ, %d generator bugs\n", s.checked, time.Since(s.started).Round(time.Second), s.count(s.kinds), s.count(s.broken))
	}
}

func (s *session) count(m map[string][]string) int {
	n := 0
	for _, names := range m {
		n += len(names)
	}
	return n
}

func (s *session) summary(w io.Writer) {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d programs checked in %s: %d same, %d differ, %d known differences, %d generator bugs (Go build failures: %d), %d tool errors\n",
		s.checked, time.Since(s.started).Round(time.Second), s.same, s.count(s.kinds), s.count(s.knownBy), s.count(s.broken), len(s.broken["go build failed"]), len(s.errors))
	section := func(title string, m map[string][]string) {
		if len(m) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s:\n", title)
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return len(m[keys[i]]) > len(m[keys[j]]) || len(m[keys[i]]) == len(m[keys[j]]) && keys[i] < keys[j]
		})
		for _, k := range keys {
			names := m[k]
			fmt.Fprintf(&b, "  %5d  %s  (e.g. %s)\n", len(names), k, strings.Join(names[:min(len(names), 5)], " "))
		}
	}
	section("differences by kind", s.kinds)
	section("known differences by feature (KNOWN_DIFFERENCES)", s.knownBy)
	section("generator bugs", s.broken)
	for _, e := range s.errors {
		fmt.Fprintf(&b, "error: %s\n", e)
	}
	fmt.Fprintf(&b, "outputs saved in %s\n", s.out)
	io.WriteString(w, b.String())
	os.WriteFile(filepath.Join(s.out, "summary.txt"), []byte(b.String()), 0o644)
}

// describeParts gives a result's status and its one-line detail.
func describeParts(r *diff.Result) (string, string) {
	switch {
	case r.BuildError != "":
		return "go build failed", strings.ReplaceAll(r.BuildError, "\n", " | ")
	case r.Nondeterministic != "":
		return "Go runs differ", r.Nondeterministic
	case r.GoTimedOut:
		return "Go run timed out", ""
	case r.Diff != nil:
		return r.Diff.Kind, r.Diff.Detail
	}
	return "same", ""
}

func describe(r *diff.Result) string {
	status, detail := describeParts(r)
	return strings.TrimSpace(status + " " + detail)
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, " | ")
	return l
}

// the comment the generator puts above each test function: "// t3: int/shift defer/lifo"
var featureComment = regexp.MustCompile(`(?m)^// (t\d+): (.*)$`)

// testFeatures maps each test function of a generated program to its features, from the
// generator's comments: "t3" -> "int/shift defer/lifo".
func testFeatures(src []byte) map[string]string {
	features := map[string]string{}
	for _, m := range featureComment.FindAllSubmatch(src, -1) {
		features[string(m[1])] = string(m[2])
	}
	return features
}

// knownFeature returns the listed feature that explains a stdout difference: one that
// every differing test function was built from. "" when there is none.
func (s *session) knownFeature(d *diff.Difference, src []byte) string {
	if d.Kind != "stdout differs" || len(d.Sections) == 0 {
		return ""
	}
	features := testFeatures(src)
	found := ""
	for _, name := range d.Sections {
		ok := false
		for _, f := range strings.Fields(features[name]) {
			if _, listed := s.known[f]; listed {
				found, ok = f, true
				break
			}
		}
		if !ok {
			return ""
		}
	}
	return found
}

// readKnown parses KNOWN_DIFFERENCES: "feature: reason" lines; # starts a comment.
func readKnown(path string) (map[string]string, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	known := map[string]string{}
	for _, l := range strings.Split(string(text), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f, reason, ok := strings.Cut(l, ":")
		if !ok || strings.TrimSpace(reason) == "" {
			return nil, fmt.Errorf("%s: want \"feature: reason\", got %q", path, l)
		}
		known[strings.TrimSpace(f)] = strings.TrimSpace(reason)
	}
	return known, nil
}

// sectionsNote names the test functions whose output differs, with the features each
// one was made of (from the generator's comments), e.g. " [in t1 (slice/growth)]".
func sectionsNote(d *diff.Difference, src []byte) string {
	if len(d.Sections) == 0 {
		return ""
	}
	features := testFeatures(src)
	var parts []string
	for _, name := range d.Sections {
		if f, ok := features[name]; ok {
			parts = append(parts, name+" ("+f+")")
		} else {
			parts = append(parts, name)
		}
	}
	return " [in " + strings.Join(parts, ", ") + "]"
}
