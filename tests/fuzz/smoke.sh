#!/usr/bin/env bash
# What npm test runs of the fuzzers (after tests/fuzz/build.sh): every committed regression
# input once, then a short run of each target from its seed corpus (SMOKE_SECONDS, default
# 60). Fails on any crash, sanitizer report or timeout.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SMOKE_SECONDS:-60}
export ASAN_OPTIONS=detect_leaks=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in compile run replay; do
  inputs=(tests/fuzz/regressions/$t/*)
  if [ -e "${inputs[0]}" ]; then
    echo "fuzz: replaying ${#inputs[@]} regression input(s) of $t"
    (cd "$tmp" && "$OLDPWD/build-asan/fuzz_$t" -timeout=20 "${inputs[@]/#/$OLDPWD/}" >"$tmp/$t.log" 2>&1) ||
      { tail -50 "$tmp/$t.log"; exit 1; }
  fi
  bash tests/fuzz/seed_corpus.sh "$t" "$tmp/corpus-$t"
  echo "fuzz: $t for ${seconds}s"
  (cd "$tmp" && "$OLDPWD/build-asan/fuzz_$t" -max_total_time="$seconds" -timeout=20 -entropic=0 \
    -dict="$OLDPWD/tests/fuzz/go.dict" -max_len=16384 -rss_limit_mb=4096 -print_final_stats=1 \
    "corpus-$t" >"$tmp/$t.log" 2>&1) || { tail -60 "$tmp/$t.log"; exit 1; }
  grep -E "^stat::number_of_executed_units|^stat::average_exec_per_sec" "$tmp/$t.log" | tr '\n' ' '
  echo
done
