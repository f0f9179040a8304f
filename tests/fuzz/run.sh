#!/usr/bin/env bash
# Runs the libFuzzer targets for a while: `npm run fuzz -- [--minutes N] [--target T] [--jobs J]`
# (default: 10 minutes of each target, one job). Corpora grow in build-asan/fuzz-corpus/T
# (seeded from tests/go and scenarios); a crash leaves crash-* in build-asan/fuzz-out/.
# Minimize a crash with `build-asan/T -minimize_crash=1 FILE` and commit it to
# tests/fuzz/regressions/T/ once fixed: tests/run.sh replays them all.
# Allocation stacks are kept 2 frames deep (malloc_context_size): recording them is a tenth
# of an execution's cost under ASan; reports still give the full stack of the bad access.
# The entropic input schedule is off: with a corpus of thousands of Go programs and ~90k
# features, its bookkeeping took half the time (217 exec/s with it, 730 without).
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=10 targets=(compile run replay) jobs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --target) targets=("$2"); shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    *) echo "usage: $0 [--minutes N] [--target compile|run|replay] [--jobs J]" >&2; exit 2 ;;
  esac
done
bash tests/fuzz/build.sh
for t in "${targets[@]}"; do
  corpus=build-asan/fuzz-corpus/$t
  bash tests/fuzz/seed_corpus.sh "$t" "$corpus"
  mkdir -p build-asan/fuzz-out
  echo "fuzz: $t for $minutes min ($jobs job(s)); corpus $corpus"
  (cd build-asan/fuzz-out &&
    ASAN_OPTIONS=detect_leaks=1:malloc_context_size=2 ../fuzz_$t -max_total_time=$((minutes * 60)) -jobs="$jobs" \
      -workers="$jobs" -entropic=0 -dict=../../tests/fuzz/go.dict -max_len=16384 -timeout=20 \
      -rss_limit_mb=4096 -print_final_stats=1 "../fuzz-corpus/$t" ../../tests/fuzz/regressions/"$t")
done
