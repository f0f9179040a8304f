// The `goroscope` command: run, build and vet Go programs with the deterministic runtime.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "analysis/export.h"
#include "analysis/vet.h"
#include "api/engine.h"
#include "api/explore.h"
#include "vm/disasm.h"

using namespace gs;

namespace {
const char* kUsage = R"(usage: goroscope <command> [flags] FILE.go [args...]

Commands:
  run       compile and run the program (its stdout to stdout, errors to stderr,
            exit status as Go's: 2 on panic, fatal error or deadlock)
  check     vet, then run with the analyses on (data races, leaks at exit, goroutines
            blocked forever, self-deadlocks, deadlock explanations) under --seeds N
            seeds; exit 0 only if vet found nothing and no run leaked, raced,
            deadlocked, panicked or reported a finding
  build     compile only; print compile errors as FILE:line:col: message (exit 1)
  vet       compile, then static checks: copied locks (copylocks), cancel functions
            not called on all paths (lostcancel), WaitGroup.Add inside the goroutine it
            counts (waitgroup), loop variables captured by goroutines with --go 1.21
            (loopclosure); exit 1 when anything is reported
  packages  list the standard library packages goroscope provides
            (--api: every exported function, type, method, constant and variable)
  disasm    print the bytecode of the program's own functions

Flags (run):
  --seed N            seed of the scheduler and every other random choice (default 1)
  --show-seed         print the seed used to stderr before running
  --go 1.21|1.22      loop variable semantics: 1.21 shares one variable across iterations,
                      1.22 (default) gives each iteration its own
  --procs N           GOMAXPROCS: virtual processors running goroutines at once
                      (default 4, as runtime.NumCPU reports; 1..256)
  --record FILE       write the run's decision list (a replay token) to FILE
  --replay FILE|TOKEN replay a recorded decision list exactly (same output, same schedule)
  --max-steps N       stop after N preemption points (calls and loop back-edges); exit 124
  --max-heap-mb N     heap limit in MiB (default 512); exit 125
  --max-goroutines N  goroutines alive at once (default 1000000); exit 126
  --max-output-mb N   output limit in MiB (default 16); exit 127
  --race              (run) detect data races (Go's report format; exit 66 if any)
  --analyze           (run) report leaks, blocked-forever goroutines and self-deadlocks
                      on stderr, prefixed "goroscope:"
  --trace FILE        (run) write the event trace to FILE
  --trace-format F    jsonl (default; schema in core/analysis/TRACE.md) or chrome
                      (trace-event JSON for Perfetto UI and chrome://tracing)
  --seeds N           (check) run under seeds 1..N (default 1)
  --help              show this help

Time is virtual: it starts at 2009-11-10 23:00:00 UTC, moves with the work each processor
does (about as fast as Go on a laptop) and jumps to the next timer whenever every goroutine
is blocked or busy-waiting, so sleeping programs finish instantly.
)";

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int fail_usage(const std::string& msg) {
  std::fprintf(stderr, "goroscope: %s\n\n%s", msg.c_str(), kUsage);
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  std::string cmd = argv[1];
  if (cmd == "packages") {
    if (argc > 2 && !std::strcmp(argv[2], "--api")) {
      std::fputs(stdlib_api_markdown().c_str(), stdout);
      return 0;
    }
    for (const std::string& p : supported_packages()) std::printf("%s\n", p.c_str());
    return 0;
  }
  if (cmd != "run" && cmd != "build" && cmd != "vet" && cmd != "disasm" && cmd != "check")
    return fail_usage("unknown command " + cmd);
  RunOptions ropts;
  BuildOptions bopts;
  std::string file, record_path, replay, trace_path, trace_format = "jsonl";
  int seeds = 1;
  bool show_seed = false;
  std::vector<std::string> prog_args;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> std::string {
      if (i + 1 >= argc) {
        fail_usage(std::string("missing value for ") + name);
        std::exit(2);
      }
      return argv[++i];
    };
    if (!file.empty()) {
      prog_args.push_back(a);
      continue;
    }
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--seed") {
      ropts.seed = std::strtoull(value("--seed").c_str(), nullptr, 10);
    } else if (a == "--procs") {
      ropts.procs = std::atoi(value("--procs").c_str());
      if (ropts.procs < 1 || ropts.procs > kMaxProcs)
        return fail_usage("--procs takes a number from 1 to " + std::to_string(kMaxProcs));
    } else if (a == "--show-seed") {
      show_seed = true;
    } else if (a == "--go" || a.rfind("--go=", 0) == 0) {
      std::string v = a == "--go" ? value("--go") : a.substr(5);
      if (v == "1.21")
        bopts.go_version = 121;
      else if (v == "1.22")
        bopts.go_version = 122;
      else
        return fail_usage("--go takes 1.21 or 1.22");
    } else if (a == "--record") {
      record_path = value("--record");
      ropts.record = true;
    } else if (a == "--replay") {
      replay = value("--replay");
    } else if (a == "--analyze") {
      ropts.analyze = true;
    } else if (a == "--race") {
      ropts.race = true;
    } else if (a == "--trace") {
      trace_path = value("--trace");
      ropts.trace = true;
    } else if (a == "--trace-format") {
      trace_format = value("--trace-format");
      if (trace_format != "jsonl" && trace_format != "chrome")
        return fail_usage("--trace-format takes jsonl or chrome");
    } else if (a == "--seeds") {
      seeds = std::atoi(value("--seeds").c_str());
      if (seeds < 1) return fail_usage("--seeds takes a positive number");
    } else if (a == "--max-steps") {
      ropts.limits.max_steps = std::strtoull(value("--max-steps").c_str(), nullptr, 10);
    } else if (a == "--max-heap-mb") {
      ropts.limits.max_heap_bytes = std::strtoll(value("--max-heap-mb").c_str(), nullptr, 10) << 20;
    } else if (a == "--max-goroutines") {
      ropts.limits.max_goroutines = std::strtoll(value("--max-goroutines").c_str(), nullptr, 10);
    } else if (a == "--max-output-mb") {
      ropts.limits.max_output_bytes = std::strtoll(value("--max-output-mb").c_str(), nullptr, 10)
                                      << 20;
    } else if (a.size() > 1 && a[0] == '-') {
      return fail_usage("unknown flag " + a);
    } else {
      file = a;
    }
  }
  if (file.empty()) return fail_usage("no Go file given");
  std::string source;
  if (!read_file(file, source)) {
    std::fprintf(stderr, "goroscope: cannot read %s\n", file.c_str());
    return 1;
  }
  auto b = build_program(file, source, bopts);
  if (!b->ok()) {
    std::fputs(b->format_diagnostics().c_str(), stderr);
    return 1;
  }
  if (cmd == "vet") {
    auto findings = vet(*b, bopts.go_version);
    for (const VetFinding& f : findings)
      std::fprintf(stderr, "%s: %s\n", b->files[0]->describe(f.range.begin).c_str(),
                   f.message.c_str());
    return findings.empty() ? 0 : 1;
  }
  if (cmd == "disasm") {
    for (auto& f : b->program->funcs)
      if (f->file == 0 && !f->native && !f->wrapper)
        std::fputs(disassemble(*b->program, *f).c_str(), stdout);
    return 0;
  }
  if (cmd == "check") {
    // Like `go test`, which runs vet first: its findings fail the check too.
    auto vetted = vet(*b, bopts.go_version);
    for (const VetFinding& f : vetted)
      std::printf("vet: %s: %s\n", b->files[0]->describe(f.range.begin).c_str(), f.message.c_str());
    RunOptions o = ropts;
    o.analyze = true;
    o.race = true;
    o.args.push_back(file);
    int bad = 0;
    for (SeedOutcome& s : explore_seeds(*b->program, o, 1, seeds, available_threads())) {
      const RunResult& r = s.result;
      bool failed = r.exit_code != 0 || !r.findings.empty();
      if (failed) bad++;
      std::printf("seed %llu: exit %d, %zu finding%s\n", (unsigned long long)s.seed, r.exit_code,
                  r.findings.size(), r.findings.size() == 1 ? "" : "s");
      // The run's error output: panic or deadlock reports, race reports, and every finding
      // of the analyses (each "goroscope: ..."), whatever ended the run.
      std::fputs(r.err.c_str(), stdout);
    }
    std::printf("%d of %d run%s failed", bad, seeds, seeds == 1 ? "" : "s");
    if (!vetted.empty())
      std::printf("; vet: %zu finding%s", vetted.size(), vetted.size() == 1 ? "" : "s");
    std::printf("\n");
    return bad || !vetted.empty() ? 1 : 0;
  }
  if (cmd != "run") return 0;
  if (!replay.empty()) {
    std::string token = replay;
    std::string contents;
    if (read_file(replay, contents)) token = contents;
    if (!DecisionSource::decode(token, ropts.replay_choices)) {
      std::fprintf(stderr, "goroscope: malformed replay token\n");
      return 2;
    }
    ropts.replay = true;
  }
  if (show_seed) std::fprintf(stderr, "goroscope: seed %llu\n", (unsigned long long)ropts.seed);
  ropts.args.push_back(file);
  for (auto& a : prog_args) ropts.args.push_back(a);
  // Unbuffered like Go's os.Stdout: what a program printed survives a kill (timeout, ^C),
  // and stdout and stderr interleave in the order they were written.
  RunResult r = run_to_end(*b->program, ropts, [](int fd, std::string_view s) {
    FILE* out = fd == 1 ? stdout : stderr;
    std::fwrite(s.data(), 1, s.size(), out);
    std::fflush(out);
  });
  if (!trace_path.empty()) {
    std::ofstream out(trace_path);
    out << (trace_format == "chrome" ? export_chrome(r.trace, *b->program)
                                     : export_jsonl(r.trace, *b->program));
  }
  if (!record_path.empty()) {
    std::ofstream out(record_path);
    out << DecisionSource::encode(r.decisions) << "\n";
  }
  if (r.replay_diverged)
    std::fprintf(stderr, "goroscope: warning: the replay diverged from the recording\n");
  return r.exit_code;
}
