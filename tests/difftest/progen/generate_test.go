// The generator's promises that can be checked without a Go toolchain run: the same seed
// gives the same program, and programs type-check (no unused variables or imports).
package progen_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"goroscope/difftest/internal/diff"
	"goroscope/difftest/progen"
)

func TestSameSeedSameProgram(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		a, err := progen.Generate(seed, progen.Options{})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		b, _ := progen.Generate(seed, progen.Options{})
		if !bytes.Equal(a, b) {
			t.Fatalf("seed %d: two different programs", seed)
		}
	}
}

func TestProgramsTypeCheck(t *testing.T) {
	tc := diff.NewTypeChecker()
	n := 150
	if testing.Short() {
		n = 20
	}
	for seed := uint64(1); seed <= uint64(n); seed++ {
		src, err := progen.Generate(seed, progen.Options{})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if errs := tc.Errors(src); len(errs) > 0 {
			t.Errorf("seed %d: %s", seed, strings.Join(errs, "; "))
		}
	}
}

func TestGroupsRestrict(t *testing.T) {
	src, err := progen.Generate(7, progen.Options{Groups: []string{"int"}, NoEnding: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`(?m)^// t\d+: (.*)$`).FindAllStringSubmatch(string(src), -1) {
		for _, use := range strings.Fields(m[1]) {
			if !strings.HasPrefix(use, "int/") {
				t.Errorf("feature outside the int group: %s", use)
			}
		}
	}
	if _, err := progen.Generate(1, progen.Options{Groups: []string{"nope"}}); err == nil {
		t.Error("an unknown group is accepted")
	}
}
