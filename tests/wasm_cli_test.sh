#!/usr/bin/env bash
# Runs every Go program under tests/go with the native goroscope and with the WebAssembly
# build under Node, and fails if stdout, stderr or the exit status differ for any of them.
# Usage: tests/wasm_cli_test.sh NATIVE_BINARY WASM_JS
set -uo pipefail
native=$(realpath "$1") wasm=$(realpath "$2")
cd "$(dirname "$0")/go"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=0 diffs=0
while IFS= read -r f; do
  grep -q '^// errorcheck' "$f" && continue
  read -ra args <<<"$(sed -n 's#^// args:##p' "$f" | head -1)"
  "$native" run "${args[@]}" "$f" >"$tmp/n.out" 2>"$tmp/n.err"
  echo "exit $?" >>"$tmp/n.out"
  node --no-experimental-fetch "$wasm" run "${args[@]}" "$f" >"$tmp/w.out" 2>"$tmp/w.err"
  echo "exit $?" >>"$tmp/w.out"
  files=$((files + 1))
  if ! cmp -s "$tmp/n.out" "$tmp/w.out" || ! cmp -s "$tmp/n.err" "$tmp/w.err"; then
    diffs=$((diffs + 1))
    echo "DIFFERS: $f"
    diff "$tmp/n.out" "$tmp/w.out" | head -5 | cut -c1-200
    diff "$tmp/n.err" "$tmp/w.err" | head -5 | cut -c1-200
  fi
done < <(find . -name '*.go' | sort)
echo "wasm vs native: $files programs, $diffs differ"
[ "$files" -gt 0 ] && [ "$diffs" -eq 0 ]
