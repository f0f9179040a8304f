// Saving what a check found into the output folder: each differing program with both
// outputs, and the programs that are generator bugs, so every finding can be replayed.
package diff

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Save writes the program and the outcomes of r under out, in a folder named after what
// r is (diffs, gobuild, nondeterministic, gotimeout). It returns the folder, or "" when
// there was nothing to save.
func Save(out string, r *Result, src []byte) (string, error) {
	var dir string
	files := map[string]string{}
	switch {
	case r.BuildError != "":
		dir = filepath.Join(out, "gobuild", r.Name)
		files["go-build.txt"] = r.BuildError + "\n"
	case r.Nondeterministic != "":
		dir = filepath.Join(out, "nondeterministic", r.Name)
		files["go-runs.txt"] = r.Nondeterministic + "\n"
	case r.GoTimedOut:
		dir = filepath.Join(out, "gotimeout", r.Name)
	case r.Diff != nil:
		dir = filepath.Join(out, "diffs", r.Name)
		files["diff.txt"] = r.Diff.Kind + "\n" + r.Diff.Detail + "\n"
		addOutcome(files, "go", r.Go)
		addOutcome(files, "goroscope", r.Goroscope)
	default:
		return "", nil
	}
	files[programFile] = string(src)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}

func addOutcome(files map[string]string, prefix string, o Outcome) {
	files[prefix+".stdout"] = string(o.Stdout)
	files[prefix+".stderr"] = string(o.Stderr)
	status := fmt.Sprintf("exit %d", o.Exit)
	if o.Signal != "" {
		status += " signal " + o.Signal
	}
	if o.TimedOut {
		status += " (timed out)"
	}
	files[prefix+".exit"] = strings.TrimSpace(status) + "\n"
}
