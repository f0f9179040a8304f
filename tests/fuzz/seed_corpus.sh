#!/usr/bin/env bash
# seed_corpus.sh TARGET DIR: fills DIR with the seed inputs of a fuzz target when it is
# empty: every Go program of tests/go and scenarios (compile, run), a few replay tokens.
set -euo pipefail
cd "$(dirname "$0")/../.."
t="$1" dir="$2"
mkdir -p "$dir"
[ -n "$(ls -A "$dir")" ] && exit 0
case "$t" in
  compile | run)
    i=0
    while IFS= read -r f; do
      cp "$f" "$dir/seed-$i.go"
      i=$((i + 1))
    done < <(find tests/go scenarios -name '*.go' | sort)
    ;;
  replay)
    for s in 1 2 3 4 5 6 7 8; do
      build-asan/goroscope run --seed "$s" --record "$dir/seed-$s.txt" tests/fuzz/replay_program.go \
        >/dev/null 2>&1 || true
    done
    ;;
esac
