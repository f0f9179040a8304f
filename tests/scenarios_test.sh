#!/usr/bin/env bash
# Checks every gallery scenario (scenarios/*.go): its header is complete (see
# scenarios/README.md) and the program does what its "// Check:" line says.
# Usage: tests/scenarios_test.sh path/to/goroscope   (prints one line per scenario)
# SCENARIOS_DIR=dir checks another directory (the test's own tests use it).
set -uo pipefail

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 path/to/goroscope" >&2
  exit 2
fi
gs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "${SCENARIOS_DIR:-$(dirname "$0")/../scenarios}" || exit 2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
limit=20  # seconds per goroscope command; a hang is a failure, not a stuck test

passed=0
failed=0
pass() { printf 'ok    %-50s %s\n' "$1" "$2"; passed=$((passed + 1)); }
fail() { printf 'FAIL  %-50s %s\n' "$1" "$2"; failed=$((failed + 1)); }

# run ARGS...: runs goroscope with a time limit; sets $rc, output in $tmp/out, $tmp/err.
run() {
  timeout "$limit" "$gs" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

# failed_runs N FILE: runs `check --seeds N`; sets $nfail (failed runs) and $rc.
failed_runs() {
  run check --seeds "$1" "$2"
  nfail=$(sed -n -E 's/^([0-9]+) of [0-9]+ runs? failed(; vet: .*)?$/\1/p' "$tmp/out" | tail -1)
}

shopt -s nullglob
files=(*.go)
if [ ${#files[@]} -eq 0 ]; then
  echo "no scenarios found" >&2
  exit 1
fi

for f in "${files[@]}"; do
  id=${f%.go}
  if ! [[ $f =~ ^[0-9][0-9]-[a-z0-9-]+\.go$ ]]; then
    fail "$id" "file name is not NN-slug.go"
    continue
  fi

  # The header: "// Key: value" lines from line 1, then a blank line, then package main.
  declare -A h=()
  n=0 bad=""
  while IFS= read -r line; do
    n=$((n + 1))
    if [[ $line =~ ^//\ (Title|Shows|Expect|Check|Pair):\ (.+)$ ]]; then
      key=${BASH_REMATCH[1]}
      [ -n "${h[$key]+x}" ] && bad="duplicate $key line"
      h[$key]=${BASH_REMATCH[2]}
    elif [ -z "$line" ]; then
      break
    else
      bad="line $n is neither a header line nor the blank line ending the header"
      break
    fi
  done <"$f"
  if [ -z "$bad" ] && [ "$(sed -n "$((n + 1))p" "$f")" != "package main" ]; then
    bad="the blank line after the header must be followed by 'package main'"
  fi
  for key in Title Shows Expect Check; do
    [ -z "$bad" ] && [ -z "${h[$key]:-}" ] && bad="missing // $key:"
  done
  if [ -z "$bad" ] && [ -n "${h[Pair]:-}" ] && [ ! -f "${h[Pair]}.go" ]; then
    bad="Pair names a missing scenario: ${h[Pair]}"
  fi
  if [ -n "$bad" ]; then
    fail "$id" "header: $bad"
    unset h
    continue
  fi
  check=${h[Check]}
  unset h

  case $check in
    "exit "[0-9]*)
      want=${check#exit }
      run run "$f"
      if [ "$rc" = "$want" ]; then pass "$id" "$check"; else fail "$id" "$check: exited $rc"; fi
      ;;
    leak)
      run run --analyze "$f"
      if [ "$rc" = 0 ] && grep -q '^goroscope: leaked goroutine' "$tmp/err"; then
        pass "$id" "$check"
      else
        fail "$id" "$check: exit $rc, $(grep -c '^goroscope: leaked goroutine' "$tmp/err") leak reports"
      fi
      ;;
    race)
      run run --race "$f"
      if [ "$rc" = 66 ]; then pass "$id" "$check"; else fail "$id" "$check: run --race exited $rc, want 66"; fi
      ;;
    deadlock | panic)
      want='all goroutines are asleep'
      [ "$check" = panic ] && want='panic:'
      run run "$f"
      if [ "$rc" = 2 ] && grep -q "$want" "$tmp/err"; then
        pass "$id" "$check"
      else
        fail "$id" "$check: exit $rc, want 2 with '$want'"
      fi
      ;;
    some-seeds-fail)
      failed_runs 50 "$f"
      if [ -n "$nfail" ] && [ "$nfail" -gt 0 ] && [ "$nfail" -lt 50 ]; then
        pass "$id" "$check ($nfail of 50 seeds fail)"
      else
        fail "$id" "$check: ${nfail:-?} of 50 seeds fail (check exited $rc)"
      fi
      ;;
    clean)
      failed_runs 20 "$f"
      if [ "$rc" = 0 ] && [ "$nfail" = 0 ]; then
        pass "$id" "$check"
      else
        fail "$id" "$check: ${nfail:-?} of 20 seeds fail (check exited $rc)"
        grep -m1 -E '^seed [0-9]+: ' "$tmp/out" | sed 's/^/      first failure: /'
      fi
      ;;
    *)
      fail "$id" "unknown Check value: $check"
      ;;
  esac
done

echo "scenarios: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
