#!/usr/bin/env bash
# Builds the sanitizer tree build-asan/ (clang, ASan + UBSan, libFuzzer instrumentation):
# the core, the command, the tests and the fuzz targets. Used by tests/run.sh and run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGS_FUZZ=ON -DGS_TESTS=ON >/dev/null
cmake --build build-asan -j"$jobs"
