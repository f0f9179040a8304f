#!/usr/bin/env bash
# Installs what building and testing goroscope needs and is missing: Debian packages
# (apt-get, when root) and the npm packages (npm ci). Usage: setup.sh [--browser]
# (--browser adds what the tests need: Chromium for the end-to-end tests, clang's sanitizer
# and libFuzzer runtimes). Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v cmake >/dev/null || need+=(cmake)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
[ -f /usr/include/gtest/gtest.h ] || need+=(libgtest-dev)
command -v emcmake >/dev/null || need+=(emscripten)  # brings clang, binaryen and nodejs
[ -d /usr/share/nodejs/acorn ] || need+=(node-acorn)  # emscripten's JS optimizer needs it
if [ "${1:-}" = --browser ]; then  # the test suite: a browser, sanitizers and libFuzzer
  command -v chromium >/dev/null || need+=(chromium)
  command -v clang++-14 >/dev/null || need+=(clang-14)
  ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
    need+=(libclang-rt-14-dev)
fi
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: missing Debian packages: ${need[*]} (run as root, or install them)" >&2
    exit 1
  fi
fi

# Vite 8 needs Node.js 20.19 or newer (Debian 12's own nodejs is 18).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "setup: Node.js $(node --version) is too old: the web build (Vite 8) needs 20.19 or newer" >&2
  exit 1
fi

# npm packages: exactly the lock file's versions, reinstalled when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
