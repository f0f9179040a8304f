#!/usr/bin/env bash
# Everything `npm test` checks, on a fresh Debian machine too: installs what is missing,
# builds native + wasm + web, then runs the native tests (ctest: unit, Go-file suites,
# CLI), the same under the sanitizers, the fuzzers' regressions and smoke, the wasm command
# against the native one on every Go test program, the scenario headers and outcomes, the
# web type check and unit tests, and the browser end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash web/scripts/setup.sh --browser
bash web/scripts/build.sh --tests

jobs=$(nproc 2>/dev/null || echo 2)
(cd build && ctest --output-on-failure -j"$jobs" --timeout 120)
# The native suite again under AddressSanitizer + UndefinedBehaviorSanitizer with leak
# detection (any report fails a test), then the fuzzers: every committed regression input
# and a short run of each target (tests/fuzz/).
bash tests/fuzz/build.sh
(cd build-asan &&
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --output-on-failure -j"$jobs" --timeout 600)
ASAN_OPTIONS=detect_leaks=1 bash tests/scenarios_test.sh build-asan/goroscope
bash tests/fuzz/smoke.sh
bash tests/wasm_cli_test.sh build/goroscope build-wasm/goroscope.js
# Differential testing against real Go, when the machine has the Go 1.26 the goldens come
# from: the tool's own tests, then 60 generated programs that must print what Go prints.
if go version 2>/dev/null | grep -q 'go1\.26'; then
  go -C tests/difftest test ./...
  bash tests/difftest/run.sh -n 60 -j "$jobs" -fail -out "$(mktemp -d)"
else
  echo "difftest: skipped (needs Go 1.26 on PATH; found: $(go version 2>/dev/null || echo none))"
fi
bash tests/scenarios_test.sh build/goroscope
npx tsc -p web/tsconfig.json
npx prettier --check --log-level warn web tests/web tests/bench
node --test tests/web/
