// gen prints the random Go program of a seed: go run ./cmd/gen -seed 7 [-groups int,float].
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"goroscope/difftest/progen"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed of the program (the same seed gives the same program)")
	groups := flag.String("groups", "", "comma-separated feature groups to use (default all): "+strings.Join(progen.GroupNames(), ","))
	funcs := flag.Int("funcs", 0, "number of test functions (default: 3 to 8)")
	noEnding := flag.Bool("no-ending", false, "never end main with a panic, os.Exit or deadlock")
	flag.Parse()
	opt := progen.Options{Funcs: *funcs, NoEnding: *noEnding}
	if *groups != "" {
		opt.Groups = strings.Split(*groups, ",")
	}
	src, err := progen.Generate(*seed, opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		if src != nil {
			os.Stderr.Write(src)
		}
		os.Exit(1)
	}
	os.Stdout.Write(src)
}
