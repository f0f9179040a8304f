#!/usr/bin/env bash
# Benchmarks goroscope against real Go on the programs in this folder.
#
# Usage: tests/bench/run.sh [--runs N] [--timeout SECONDS] [--goroscope PATH] [BENCH...]
#   --runs N        runs per benchmark and implementation (default 3); medians are reported
#   --timeout S     per-run time limit (default 120); a run that hits it is reported "timeout"
#   --goroscope P   the goroscope binary (default: build/goroscope of this checkout)
#   BENCH...        only these benchmarks (fib loop map pingpong buffered goroutines)
#
# For each benchmark it builds the program with `go build`, runs it N times with real Go and
# N times with `goroscope run`, checks that both print the same output (the programs print a
# checksum), and prints a table of median wall times, the ratio goroscope/Go and the target:
#   CPU-bound (fib, loop, map):         goroscope within 30x of Go
#   channel ops (pingpong, buffered):   goroscope within 5x of Go
#   goroutines:                         at most 1 KiB of memory per parked goroutine
# The channel and goroutine programs run with GOMAXPROCS=1 under Go (goroscope runs one
# goroutine at a time). Memory per goroutine = (peak RSS of `goroutines.go 100000` - peak RSS
# of `goroutines.go 1`) / 100000, measured with GNU time (`/usr/bin/time -f %M`) for both
# implementations; it is skipped when GNU time is missing and cannot be installed.
#
# The script only reports: it exits 0 whatever the timings are (machines are noisy). It exits
# non-zero only for usage errors. Without `go` (or without the goroscope binary) it skips.
set -uo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
RUNS=3
TIMEOUT=120
GOROSCOPE="$ROOT/build/goroscope"
GOROUTINES_N=100000
ALL_BENCHES=(fib loop map pingpong buffered goroutines)
SELECTED=()

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --runs=*) RUNS="${1#*=}"; shift ;;
    --timeout) TIMEOUT="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --timeout=*) TIMEOUT="${1#*=}"; shift ;;
    --goroscope) GOROSCOPE="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --goroscope=*) GOROSCOPE="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run.sh: unknown flag $1" >&2; usage >&2; exit 2 ;;
    *) SELECTED+=("$1"); shift ;;
  esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs takes a positive integer" >&2; exit 2; }
[[ "$TIMEOUT" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --timeout takes a positive integer" >&2; exit 2; }
[ ${#SELECTED[@]} -gt 0 ] || SELECTED=("${ALL_BENCHES[@]}")
for b in "${SELECTED[@]}"; do
  [ -f "$BENCH_DIR/$b.go" ] || { echo "run.sh: no benchmark $b ($BENCH_DIR/$b.go)" >&2; exit 2; }
done

if ! command -v go >/dev/null 2>&1; then
  echo "run.sh: 'go' is not installed; skipping the benchmarks (they compare against real Go)."
  exit 0
fi
# The lead may be rebuilding goroscope: wait a little for the binary to reappear.
for _ in 1 2 3 4 5 6; do
  [ -x "$GOROSCOPE" ] && break
  echo "run.sh: $GOROSCOPE is missing; retrying in 5 s..." >&2
  sleep 5
done
if [ ! -x "$GOROSCOPE" ]; then
  echo "run.sh: goroscope binary $GOROSCOPE not found; skipping (build it with tests/run.sh)."
  exit 0
fi
# Resolve to an absolute path now (the runs happen in another directory).
GOROSCOPE="$(cd "$(dirname "$GOROSCOPE")" && pwd)/$(basename "$GOROSCOPE")"

HAVE_TIMEOUT=0
command -v timeout >/dev/null 2>&1 && HAVE_TIMEOUT=1

# GNU time for peak RSS (a shell's `time` keyword cannot report memory).
GNU_TIME=""
find_gnu_time() {
  if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then GNU_TIME=/usr/bin/time; fi
}
find_gnu_time
if [ -z "$GNU_TIME" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "run.sh: installing Debian's 'time' package for peak-RSS measurements..." >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >/dev/null 2>&1
  find_gnu_time
fi
[ -n "$GNU_TIME" ] || echo "run.sh: GNU time (/usr/bin/time) is not available; skipping memory per goroutine." >&2

TMP="$(mktemp -d "${TMPDIR:-/tmp}/goroscope-bench.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
# go build needs a writable build cache; fall back to one in the temp dir.
if [ -z "$(go env GOCACHE 2>/dev/null)" ] || [ "$(go env GOCACHE 2>/dev/null)" = off ]; then
  export GOCACHE="$TMP/gocache"
fi

kind_of() {
  case "$1" in
    fib|loop|map) echo cpu ;;
    pingpong|buffered) echo chan ;;
    goroutines) echo goroutines ;;
    *) echo other ;;
  esac
}
target_of() {
  case "$(kind_of "$1")" in
    cpu) echo 30 ;;
    chan) echo 5 ;;
    *) echo "" ;;
  esac
}

now_ns() { date +%s%N; }

# median of the numbers given as arguments (middle value; mean of the two middle ones if even)
median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {
    if (NR == 0) { print ""; exit }
    if (NR % 2) print v[(NR+1)/2]; else printf "%.6f\n", (v[NR/2] + v[NR/2+1]) / 2 }'
}

# run_one OUT ERR CMD...  -> sets RUN_RC and RUN_SECS (wall time); honours TIMEOUT
run_one() {
  local out="$1" err="$2"; shift 2
  local t0 t1
  t0=$(now_ns)
  if [ "$HAVE_TIMEOUT" = 1 ]; then
    timeout -k 5 "$TIMEOUT" "$@" >"$out" 2>"$err" </dev/null
  else
    "$@" >"$out" 2>"$err" </dev/null
  fi
  RUN_RC=$?
  t1=$(now_ns)
  RUN_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", (b - a) / 1e9 }')
}

# describe_failure RC [SECS] -> "timeout" / "crash (exit N)" / "killed (signal N)" / goroscope's
# limit exits (124 is both timeout's status and goroscope's --max-steps exit: SECS tells them apart)
describe_failure() {
  local rc="$1" secs="${2:-}"
  if [ "$HAVE_TIMEOUT" = 1 ] && [ "$rc" = 124 ] &&
     { [ -z "$secs" ] || awk -v s="$secs" -v t="$TIMEOUT" 'BEGIN { exit !(s >= t - 0.5) }'; }; then echo "timeout"
  elif [ "$HAVE_TIMEOUT" = 1 ] && [ "$rc" = 137 ]; then echo "timeout"
  elif [ "$rc" = 124 ]; then echo "step limit (exit 124)"
  elif [ "$rc" = 125 ]; then echo "heap limit (exit 125)"
  elif [ "$rc" = 126 ]; then echo "goroutine limit (exit 126)"
  elif [ "$rc" = 127 ]; then echo "output limit (exit 127)"
  elif [ "$rc" -gt 128 ]; then echo "killed (signal $((rc - 128)))"
  else echo "crash (exit $rc)"; fi
}

# excerpt FILE -> ": first 300 bytes of FILE on one line", or nothing when FILE is empty
excerpt() { [ -s "$1" ] && printf ': %s' "$(head -c 300 "$1" | tr '\n' ' ')"; }

fmt_secs() { awk -v s="$1" 'BEGIN { if (s < 10) printf "%.3f s", s; else printf "%.1f s", s }'; }
fmt_ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) { print "n/a"; exit } r = a / b;
  if (r < 10) printf "%.2fx", r; else printf "%.1fx", r }'; }

declare -A GO_MED GS_MED GS_STATUS GO_STATUS
NOTES=()

echo "goroscope benchmarks: $RUNS run(s) each, timeout ${TIMEOUT}s per run"
echo "  go:        $(go version 2>/dev/null)"
echo "  goroscope: $GOROSCOPE"
echo "  machine:   $(uname -sm), $(nproc 2>/dev/null || echo '?') CPU(s)"
echo

for b in "${SELECTED[@]}"; do
  src="$BENCH_DIR/$b.go"
  bin="$TMP/$b"
  kind=$(kind_of "$b")
  GO_STATUS[$b]=""; GS_STATUS[$b]=""; GO_MED[$b]=""; GS_MED[$b]=""
  if ! (cd "$BENCH_DIR" && go build -o "$bin" "$src") >"$TMP/$b.build" 2>&1; then
    GO_STATUS[$b]="build failed"; GS_STATUS[$b]="-"
    NOTES+=("$b: go build failed$(excerpt "$TMP/$b.build")")
    echo "$b: go build failed"
    continue
  fi
  goenv=()
  [ "$kind" = cpu ] || goenv=(env GOMAXPROCS=1)

  # --- real Go ---
  times=()
  for ((i = 1; i <= RUNS; i++)); do
    run_one "$TMP/$b.go.out" "$TMP/$b.go.err" "${goenv[@]}" "$bin"
    if [ "$RUN_RC" != 0 ]; then
      GO_STATUS[$b]=$(describe_failure "$RUN_RC" "$RUN_SECS")
      NOTES+=("$b: real Go run failed (${GO_STATUS[$b]})$(excerpt "$TMP/$b.go.err")")
      break
    fi
    [ "$i" = 1 ] && cp "$TMP/$b.go.out" "$TMP/$b.go.ref"
    cmp -s "$TMP/$b.go.out" "$TMP/$b.go.ref" || NOTES+=("$b: real Go printed different outputs across runs")
    times+=("$RUN_SECS")
  done
  [ -z "${GO_STATUS[$b]}" ] && GO_MED[$b]=$(median "${times[@]}")

  # --- goroscope ---
  times=()
  for ((i = 1; i <= RUNS; i++)); do
    run_one "$TMP/$b.gs.out" "$TMP/$b.gs.err" "$GOROSCOPE" run "$src"
    if [ "$RUN_RC" != 0 ]; then
      GS_STATUS[$b]=$(describe_failure "$RUN_RC" "$RUN_SECS")
      NOTES+=("$b: goroscope run failed (${GS_STATUS[$b]}, after $(fmt_secs "$RUN_SECS"))$(excerpt "$TMP/$b.gs.err")")
      break   # no point repeating a crash or a timeout
    fi
    if [ -f "$TMP/$b.go.ref" ] && ! cmp -s "$TMP/$b.gs.out" "$TMP/$b.go.ref"; then
      GS_STATUS[$b]="WRONG OUTPUT"
      NOTES+=("$b: goroscope output differs from Go: got '$(head -c 200 "$TMP/$b.gs.out" | tr '\n' ' ')', want '$(head -c 200 "$TMP/$b.go.ref" | tr '\n' ' ')'")
      break
    fi
    times+=("$RUN_SECS")
  done
  [ -z "${GS_STATUS[$b]}" ] && GS_MED[$b]=$(median "${times[@]}")

  line="$b:"
  if [ -n "${GO_MED[$b]}" ]; then line+=" go $(fmt_secs "${GO_MED[$b]}")"; else line+=" go ${GO_STATUS[$b]}"; fi
  if [ -n "${GS_MED[$b]}" ]; then line+=", goroscope $(fmt_secs "${GS_MED[$b]}")"; else line+=", goroscope ${GS_STATUS[$b]}"; fi
  if [ -n "${GO_MED[$b]}" ] && [ -n "${GS_MED[$b]}" ]; then
    line+=" ($(fmt_ratio "${GS_MED[$b]}" "${GO_MED[$b]}"))"
    [ -f "$TMP/$b.go.ref" ] && line+="  [outputs agree: $(head -n1 "$TMP/$b.go.ref")]"
  fi
  echo "$line"
done

# --- memory per parked goroutine ---
# peak_rss_kb TAG CMD... -> prints the median peak RSS in KiB over RUNS runs, or a failure word
# (stdout and stderr of the last run are kept in $TMP/rss.TAG.out and $TMP/rss.TAG.err)
peak_rss_kb() {
  local tag="$1"; shift
  local vals=() i rc t0
  for ((i = 1; i <= RUNS; i++)); do
    t0=$(now_ns)
    if [ "$HAVE_TIMEOUT" = 1 ]; then
      timeout -k 5 "$TIMEOUT" "$GNU_TIME" -o "$TMP/rss" -f %M "$@" >"$TMP/rss.$tag.out" 2>"$TMP/rss.$tag.err" </dev/null
    else
      "$GNU_TIME" -o "$TMP/rss" -f %M "$@" >"$TMP/rss.$tag.out" 2>"$TMP/rss.$tag.err" </dev/null
    fi
    rc=$?
    if [ "$rc" != 0 ]; then
      describe_failure "$rc" "$(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.6f", (b - a) / 1e9 }')"
      return
    fi
    vals+=("$(tail -n1 "$TMP/rss")")
  done
  median "${vals[@]}"
}
is_num() { [[ "$1" =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
per_goroutine_bytes() {  # RSS1_KB RSSN_KB -> bytes per goroutine
  awk -v a="$1" -v b="$2" -v n="$GOROUTINES_N" 'BEGIN { printf "%.0f", (b - a) * 1024 / n }'
}

MEM_GO="" MEM_GS="" MEM_GO_STATUS="" MEM_GS_STATUS=""
MEM_WANTED=0
for b in "${SELECTED[@]}"; do [ "$b" = goroutines ] && MEM_WANTED=1; done
if [ "$MEM_WANTED" = 1 ] && [ -n "$GNU_TIME" ] && [ -x "$TMP/goroutines" ]; then
  echo
  echo "memory per goroutine: peak RSS of goroutines.go with 1 and with $GOROUTINES_N goroutines..."
  go1=$(peak_rss_kb go1 env GOMAXPROCS=1 "$TMP/goroutines" 1)
  goN=$(peak_rss_kb goN env GOMAXPROCS=1 "$TMP/goroutines" "$GOROUTINES_N")
  gs1=$(peak_rss_kb gs1 "$GOROSCOPE" run "$BENCH_DIR/goroutines.go" 1)
  gsN=$(peak_rss_kb gsN "$GOROSCOPE" run "$BENCH_DIR/goroutines.go" "$GOROUTINES_N")
  for t in go1 goN gs1 gsN; do
    is_num "${!t}" && continue
    impl=goroscope; [[ $t == go* ]] && impl=go
    count=$GOROUTINES_N; [[ $t == *1 ]] && count=1
    NOTES+=("memory: the $impl run with $count goroutine(s) failed: ${!t}$(excerpt "$TMP/rss.$t.err")")
  done
  for n in 1 N; do
    if is_num "$(eval echo \$go$n)" && is_num "$(eval echo \$gs$n)" && ! cmp -s "$TMP/rss.go$n.out" "$TMP/rss.gs$n.out"; then
      NOTES+=("memory: goroscope output differs from Go with $([ $n = 1 ] && echo 1 || echo "$GOROUTINES_N") goroutine(s)")
      MEM_GS_STATUS="WRONG OUTPUT"
    fi
  done
  if is_num "$go1" && is_num "$goN"; then MEM_GO=$(per_goroutine_bytes "$go1" "$goN")
  else MEM_GO_STATUS=$(is_num "$goN" && echo "$go1" || echo "$goN"); fi
  if [ -z "$MEM_GS_STATUS" ] && is_num "$gs1" && is_num "$gsN"; then MEM_GS=$(per_goroutine_bytes "$gs1" "$gsN")
  elif [ -z "$MEM_GS_STATUS" ]; then MEM_GS_STATUS=$(is_num "$gsN" && echo "$gs1" || echo "$gsN"); fi
  echo "  go:        peak RSS ${go1} KiB (1 goroutine), ${goN} KiB ($GOROUTINES_N) -> ${MEM_GO:+$MEM_GO B/goroutine}${MEM_GO_STATUS}"
  echo "  goroscope: peak RSS ${gs1} KiB (1 goroutine), ${gsN} KiB ($GOROUTINES_N) -> ${MEM_GS:+$MEM_GS B/goroutine}${MEM_GS_STATUS}"
fi

# --- the table ---
verdict() {  # verdict VALUE LIMIT -> yes/no
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "yes" : "**no**" }'
}
echo
echo "## Benchmarks"
echo
echo "goroscope vs Go $(go env GOVERSION 2>/dev/null) on $(uname -m), median of $RUNS run(s), wall time" \
     "(GOMAXPROCS=1 for the channel and goroutine benchmarks)."
echo
echo "| Benchmark | Go | goroscope | Ratio (goroscope/Go) | Target | Meets target |"
echo "| --- | ---: | ---: | ---: | --- | --- |"
for b in "${SELECTED[@]}"; do
  kind=$(kind_of "$b")
  case "$b" in
    fib) name="fib: recursive fib(30)" ;;
    loop) name="loop: 50M-iteration integer loop" ;;
    map) name="map: 1M inserts + 1M lookups" ;;
    pingpong) name="pingpong: 1M unbuffered round trips" ;;
    buffered) name="buffered: 1M sends, cap 100" ;;
    goroutines) name="goroutines: $GOROUTINES_N parked, closed, waited" ;;
    *) name="$b" ;;
  esac
  go_cell=${GO_MED[$b]:+$(fmt_secs "${GO_MED[$b]}")}; go_cell=${go_cell:-${GO_STATUS[$b]}}
  gs_cell=${GS_MED[$b]:+$(fmt_secs "${GS_MED[$b]}")}; gs_cell=${gs_cell:-${GS_STATUS[$b]}}
  ratio="-"; meets="-"; target="-"
  lim=$(target_of "$b")
  [ -n "$lim" ] && target="within ${lim}x"
  [ "$kind" = goroutines ] && target="(memory, below)"
  if [ -n "${GO_MED[$b]}" ] && [ -n "${GS_MED[$b]}" ]; then
    ratio=$(fmt_ratio "${GS_MED[$b]}" "${GO_MED[$b]}")
    if [ -n "$lim" ]; then
      meets=$(verdict "$(awk -v a="${GS_MED[$b]}" -v b="${GO_MED[$b]}" 'BEGIN { print (b > 0) ? a / b : 0 }')" "$lim")
    fi
  elif [ -n "${GS_STATUS[$b]}" ] && [ "${GS_STATUS[$b]}" != "-" ]; then
    meets="**no** (${GS_STATUS[$b]})"
  fi
  echo "| $name | $go_cell | $gs_cell | $ratio | $target | $meets |"
done
if [ "$MEM_WANTED" = 1 ]; then
  if [ -z "$GNU_TIME" ]; then
    echo "| memory per parked goroutine | skipped (no GNU time) | skipped | - | at most 1 KiB | - |"
  else
    mgo=${MEM_GO:+$MEM_GO B}; mgo=${mgo:-${MEM_GO_STATUS:-n/a}}
    mgs=${MEM_GS:+$MEM_GS B}; mgs=${mgs:-${MEM_GS_STATUS:-n/a}}
    mratio="-"; mmeets="-"
    if [ -n "$MEM_GS" ]; then
      mmeets=$(verdict "$MEM_GS" 1024)
      [ -n "$MEM_GO" ] && [ "$MEM_GO" -gt 0 ] && mratio=$(fmt_ratio "$MEM_GS" "$MEM_GO")
    elif [ -n "$MEM_GS_STATUS" ]; then
      mmeets="**no** ($MEM_GS_STATUS)"
    fi
    echo "| memory per parked goroutine (peak RSS, $GOROUTINES_N vs 1) | $mgo | $mgs | $mratio | at most 1 KiB | $mmeets |"
  fi
fi

if [ ${#NOTES[@]} -gt 0 ]; then
  echo
  echo "Problems:"
  for n in "${NOTES[@]}"; do echo "- $n"; done
fi
exit 0
