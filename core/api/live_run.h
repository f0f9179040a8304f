// A run driven slice by slice by a host that paces it (the web worker, the step mode):
// virtual time stops at a horizon the host moves, and trace events are handed out
// incrementally as JSON Lines in the schema of core/analysis/TRACE.md.
#pragma once
#include <memory>
#include <string>

#include "api/engine.h"

namespace gs {

class LiveRun {
 public:
  // Takes the build (which must be ok()); the trace is always recorded.
  LiveRun(std::unique_ptr<Build> build, RunOptions opts);
  ~LiveRun();

  // Runs at most `budget` preemption points without moving virtual time past `horizon_ns`
  // (since the start). Returns Running (budget spent), WaitingForTime or Finished.
  RunState advance(uint64_t budget, int64_t horizon_ns);
  void stop() { machine_->request_stop(); }

  // Events not handed out yet (at most `max`), one JSON object per line.
  std::string take_events(size_t max);
  size_t pending_events() const;

  int64_t virtual_ns() const { return machine_->now() - start_; }
  int64_t next_timer_ns() const { return machine_->next_timer_ns(); }
  int exit_code() const { return machine_->exit_code(); }
  // The first 1000 analysis findings as a JSON array (kind, g, text, create/wait/other
  // positions), and how many there are in all.
  std::string findings_json() const;
  size_t finding_count() const { return machine_->findings().size(); }

 private:
  std::unique_ptr<Build> build_;
  std::unique_ptr<Machine> machine_;
  int64_t start_;
  size_t delivered_ = 0;
};

// Compile errors of `b` and vet warnings (when it built) as a JSON array of
// {line, col, endLine, endCol, kind, message}; lines and columns are 1-based.
std::string diagnostics_json(const Build& b, int go_version);

}  // namespace gs
