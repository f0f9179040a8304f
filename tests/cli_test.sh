#!/usr/bin/env bash
# End-to-end checks of the goroscope command: exit statuses, diagnostics format,
# --seed/--record/--replay, --go, --help. Usage: tests/cli_test.sh path/to/goroscope
set -u
bin="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
check() {  # check NAME CONDITION-EXIT-STATUS
  if [ "$2" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

cat > "$dir/racy.go" <<'GO'
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	out := []int{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				out = append(out, i)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
GO
a=$("$bin" run --seed 3 --record "$dir/rec.txt" "$dir/racy.go")
b=$("$bin" run --replay "$dir/rec.txt" "$dir/racy.go")
check "replay from file reproduces the output" "$([ "$a" = "$b" ]; echo $?)"
c=$("$bin" run --replay "$(cat "$dir/rec.txt")" "$dir/racy.go")
check "replay from a token reproduces the output" "$([ "$a" = "$c" ]; echo $?)"
d=$("$bin" run --seed 3 "$dir/racy.go")
check "same seed, same output" "$([ "$a" = "$d" ]; echo $?)"
"$bin" run --replay 'not a token!' "$dir/racy.go" >/dev/null 2>&1
check "malformed replay token exits 2" "$([ $? = 2 ]; echo $?)"

printf 'package main\n\nfunc main() {\n\tx := 1\n\ty = 2\n}\n' > "$dir/bad.go"
out=$("$bin" build "$dir/bad.go" 2>&1)
status=$?
check "build of a bad program exits 1" "$([ $status = 1 ]; echo $?)"
echo "$out" | grep -q "bad.go:4:2: declared and not used: x" ; check "diagnostic format file:line:col" $?
echo "$out" | grep -q "bad.go:5:2: undefined: y" ; check "all errors are reported" $?
"$bin" run "$dir/bad.go" >/dev/null 2>&1
check "run of a bad program exits 1" "$([ $? = 1 ]; echo $?)"

printf 'package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["a"] = 1\n}\n' > "$dir/panic.go"
err=$("$bin" run "$dir/panic.go" 2>&1 >/dev/null)
status=$?
check "panic exits 2" "$([ $status = 2 ]; echo $?)"
echo "$err" | grep -q "^panic: assignment to entry in nil map$" ; check "panic text" $?
echo "$err" | grep -q "^goroutine 1 \[running\]:$" ; check "panic goroutine header" $?

printf 'package main\n\nimport "os"\n\nfunc main() {\n\tdefer println("not run")\n\tos.Exit(3)\n}\n' > "$dir/exit.go"
"$bin" run "$dir/exit.go" >/dev/null 2>"$dir/exit.err"
check "os.Exit status" "$([ $? = 3 ]; echo $?)"
check "os.Exit skips deferred calls" "$([ ! -s "$dir/exit.err" ]; echo $?)"

cat > "$dir/loopvar.go" <<'GO'
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
GO
check "Go 1.22 loop variables by default" "$([ "$("$bin" run "$dir/loopvar.go")" = "0 1 2 " ]; echo $?)"
check "--go 1.21 shares the loop variable" "$([ "$("$bin" run --go 1.21 "$dir/loopvar.go")" = "3 3 3 " ]; echo $?)"

"$bin" --help | grep -q -- "--seed" ; check "--help documents --seed" $?
"$bin" run --bogus "$dir/racy.go" >/dev/null 2>&1
check "unknown flag exits 2" "$([ $? = 2 ]; echo $?)"
"$bin" run --show-seed "$dir/racy.go" 2>&1 >/dev/null | grep -q "seed 1" ; check "--show-seed prints the default seed" $?

# stdout is unbuffered like Go's: a run killed while spinning has already printed.
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n\tfor {\n\t}\n}\n' >"$dir/spin.go"
out=$(timeout 2 "$bin" run --max-steps 100000000000 "$dir/spin.go" | cat)
check "output printed before a kill survives" "$([ "$out" = before ]; echo $?)"

# check runs vet (and fails on its findings), and reports every finding of a run: a race
# (exit 66) does not hide the leak of the same run.
cat >"$dir/vetme.go" <<'GO'
package main

import (
	"fmt"
	"sync"
)

type T struct{ mu sync.Mutex }

func (t T) Get() int { return 1 }

func main() {
	var t T
	fmt.Println(t.Get())
}
GO
out=$("$bin" check "$dir/vetme.go")
check "check fails on a vet finding" "$([ $? = 1 ]; echo $?)"
echo "$out" | grep -q "^vet: .*vetme.go:10:7: Get passes lock by value: main.T contains sync.Mutex$"
check "check prints vet findings" $?
echo "$out" | grep -q "^0 of 1 run failed; vet: 1 finding$" ; check "check counts vet findings" $?
cat >"$dir/raceleak.go" <<'GO'
package main

import "sync"

var x int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x++
		}()
	}
	wg.Wait()
	ch := make(chan int)
	go func() { ch <- 1 }()
}
GO
out=$("$bin" check "$dir/raceleak.go")
echo "$out" | grep -q "^seed 1: exit 66, 2 findings$" ; check "check: a race exits 66" $?
echo "$out" | grep -q "^WARNING: DATA RACE$" ; check "check prints the race" $?
echo "$out" | grep -q "^goroscope: leaked goroutine 4 " ; check "check prints the leak of a racy run" $?

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
