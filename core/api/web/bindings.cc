// The engine as the browser sees it (embind): one Engine object per web worker. Compiles,
// runs a LiveRun paced by the worker, and explores seeds. Numbers of nanoseconds cross the
// boundary as doubles (exact below 2^53 ns, 104 days of virtual time).
#include <emscripten/bind.h>

#include <algorithm>

#include "api/explore.h"
#include "api/live_run.h"
#include "runtime/decision.h"

namespace gs {

// Every event of a live run stays in the page (timeline, context tree); two million is
// about 200 MB there. A program still running at that point is stopped with a message.
constexpr uint64_t kMaxTraceEvents = 2'000'000;
// Output goes through the terminal emulator, which takes seconds per 10 MB.
constexpr int64_t kMaxOutputBytes = 2 << 20;
// Preemption points per seed when exploring seeds (about a second of work each).
constexpr uint64_t kExploreSteps = 20'000'000;

class WebEngine {
 public:
  // Compile errors and vet warnings of `source` as a JSON array (see diagnostics_json).
  std::string compile(const std::string& source, int go_version) {
    auto b = build_program("main.go", source, options(go_version));
    return diagnostics_json(*b, go_version);
  }

  // Starts a run; false when the program does not build (diagnostics() tells why) or the
  // replay token is malformed. `replay` empty: the seed decides.
  bool start(const std::string& source, int go_version, double seed, const std::string& replay,
             bool race, int procs) {
    run_.reset();
    auto b = build_program("main.go", source, options(go_version));
    diagnostics_ = diagnostics_json(*b, go_version);
    if (!b->ok()) return false;
    RunOptions o;
    o.seed = uint64_t(seed);
    o.analyze = true;
    o.race = race;
    o.procs = std::clamp(procs, 1, kMaxProcs);
    o.args.push_back("main.go");
    o.limits.max_trace_events = kMaxTraceEvents;
    o.limits.max_output_bytes = kMaxOutputBytes;
    if (!replay.empty()) {
      if (!DecisionSource::decode(replay, o.replay_choices)) {
        diagnostics_ =
            "[{\"line\":1,\"col\":1,\"endLine\":1,\"endCol\":1,\"kind\":\"replay\","
            "\"message\":\"the link's recorded schedule is malformed\"}]";
        return false;
      }
      o.replay = true;
    }
    run_ = std::make_unique<LiveRun>(std::move(b), std::move(o));
    return true;
  }

  std::string diagnostics() const { return diagnostics_; }

  // 0: budget spent, 1: waiting for virtual time to reach the next timer, 2: finished.
  int advance(double budget, double horizon_ns) {
    if (!run_) return 2;
    int64_t horizon = horizon_ns >= 9e18 ? INT64_MAX : int64_t(horizon_ns);
    return int(run_->advance(uint64_t(budget), horizon));
  }
  std::string take_events(int max) { return run_ ? run_->take_events(size_t(max)) : ""; }
  double pending_events() const { return run_ ? double(run_->pending_events()) : 0; }
  double virtual_ns() const { return run_ ? double(run_->virtual_ns()) : 0; }
  double next_timer_ns() const { return run_ ? double(run_->next_timer_ns()) : -1; }
  int exit_code() const { return run_ ? run_->exit_code() : 0; }
  std::string findings() const { return run_ ? run_->findings_json() : "[]"; }
  double finding_count() const { return run_ ? double(run_->finding_count()) : 0; }
  void stop() {
    if (run_) run_->stop();
  }

  // Runs seeds first..first+count-1 to the end (analysis and race detection on) and returns
  // [{seed, exit, findings}] — on every thread the build has.
  std::string explore(const std::string& source, int go_version, int procs, double first,
                      int count) {
    auto b = build_program("main.go", source, options(go_version));
    if (!b->ok()) return "[]";
    RunOptions o;
    o.procs = std::clamp(procs, 1, kMaxProcs);
    o.analyze = true;
    o.race = true;
    o.args.push_back("main.go");
    // The worker is busy until every seed ends: a program that never does (for {}) gets a
    // few seconds per seed, then counts as failing with the step limit's exit status.
    o.limits.max_steps = kExploreSteps;
    o.limits.max_output_bytes = kMaxOutputBytes;
    std::string out = "[";
    for (SeedOutcome& s : explore_seeds(*b->program, o, uint64_t(first), count, threads())) {
      if (out.size() > 1) out += ",";
      out += "{\"seed\":" + std::to_string(s.seed) +
             ",\"exit\":" + std::to_string(s.result.exit_code) +
             ",\"findings\":" + std::to_string(s.result.findings.size()) + "}";
    }
    return out + "]";
  }
  int threads() const { return std::min(available_threads(), 2); }

 private:
  static BuildOptions options(int go_version) {
    BuildOptions o;
    o.go_version = go_version == 121 ? 121 : 122;
    return o;
  }
  std::unique_ptr<LiveRun> run_;
  std::string diagnostics_ = "[]";
};

EMSCRIPTEN_BINDINGS(goroscope) {
  emscripten::class_<WebEngine>("Engine")
      .constructor<>()
      .function("compile", &WebEngine::compile)
      .function("start", &WebEngine::start)
      .function("diagnostics", &WebEngine::diagnostics)
      .function("advance", &WebEngine::advance)
      .function("takeEvents", &WebEngine::take_events)
      .function("pendingEvents", &WebEngine::pending_events)
      .function("virtualNs", &WebEngine::virtual_ns)
      .function("nextTimerNs", &WebEngine::next_timer_ns)
      .function("exitCode", &WebEngine::exit_code)
      .function("findings", &WebEngine::findings)
      .function("findingCount", &WebEngine::finding_count)
      .function("stop", &WebEngine::stop)
      .function("explore", &WebEngine::explore)
      .function("threads", &WebEngine::threads);
}

}  // namespace gs
