#!/usr/bin/env bash
# Runs the differential tester (cmd/difftest) from the current folder, with goroscope
# defaulting to this checkout's build/goroscope: tests/difftest/run.sh -n 200 [flags].
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=$(mktemp -d)/difftest
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -C "$here" -o "$bin" ./cmd/difftest
"$bin" -goroscope "$root/build/goroscope" -known "$here/KNOWN_DIFFERENCES" "$@"
