#!/usr/bin/env bash
# Builds everything the playground serves: the native `goroscope` command (build/), the
# WebAssembly engine in both variants plus the wasm command (build-wasm/), and the web app
# (dist/). Usage: build.sh [--tests] (--tests also builds the native test binaries).
set -euo pipefail
cd "$(dirname "$0")/../.."

jobs=$(nproc 2>/dev/null || echo 2)
tests=OFF
[ "${1:-}" = --tests ] && tests=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGS_TESTS=$tests >/dev/null
cmake --build build -j"$jobs"

# Emscripten's JS optimizer needs acorn from Debian's node modules.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release -DGS_TESTS=OFF >/dev/null
cmake --build build-wasm -j"$jobs" --target goroscope goroscope_st goroscope_mt

npx vite build --config web/vite.config.ts --logLevel warn
