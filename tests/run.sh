#!/usr/bin/env bash
# Sets up what is missing (Debian packages when root), builds goroscope natively and runs
# every test with ctest, then builds the WebAssembly command and checks that it gives the
# native results on every Go test program. Usage: tests/run.sh  (npm test calls it)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cmake >/dev/null || need+=(cmake)
command -v g++ >/dev/null || need+=(g++)
[ -f /usr/include/gtest/gtest.h ] || need+=(libgtest-dev)
command -v emcmake >/dev/null || need+=(emscripten)  # brings nodejs and node-acorn
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "missing: ${need[*]} (run as root, or install them)" >&2
    exit 1
  fi
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
cd build
ctest --output-on-failure -j"$jobs" --timeout 120
cd ..

# Emscripten's JS optimizer needs acorn from Debian's node modules.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release -DGS_TESTS=OFF >/dev/null
cmake --build build-wasm -j"$jobs" --target goroscope
bash tests/wasm_cli_test.sh build/goroscope build-wasm/goroscope.js
