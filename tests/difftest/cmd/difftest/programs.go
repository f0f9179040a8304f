// Where the programs to check come from: the generator (one per seed) or a folder.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"goroscope/difftest/progen"
)

// program is one program to check; src is produced on demand (generating is cheap, but
// there may be many thousands).
type program struct {
	name string
	src  func() ([]byte, error)
}

func generatedPrograms(first uint64, n int, groups []string) []program {
	var progs []program
	for i := 0; i < n; i++ {
		seed := first + uint64(i)
		progs = append(progs, program{fmt.Sprintf("seed-%d", seed), func() ([]byte, error) {
			return progen.Generate(seed, progen.Options{Groups: groups})
		}})
	}
	return progs
}

func folderPrograms(dir string) ([]program, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var progs []program
	for _, name := range names {
		path := filepath.Join(dir, name)
		progs = append(progs, program{strings.TrimSuffix(name, ".go"), func() ([]byte, error) {
			return os.ReadFile(path)
		}})
	}
	if len(progs) == 0 {
		return nil, fmt.Errorf("no .go files in %s", dir)
	}
	return progs, nil
}
