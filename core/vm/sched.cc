// The scheduler and virtual time: goroutines run on GOMAXPROCS virtual processors (Ps),
// each with a clock that the work it does moves forward; the decision source picks which
// P executes at each switch point, which goroutine an idle P takes, and time slices.
#include <algorithm>

#include "vm/interp.h"
#include "vm/machine.h"

namespace gs {

namespace {
// Switch points a lone busy P runs before it checks again for other work (no decision is
// drawn for it, so a one-goroutine program makes no scheduling choices while it computes).
constexpr int64_t kSoloQuantum = int64_t(1) << 20;
}  // namespace

void Machine::park(Goroutine& g, WaitReason r) {
  changed();
  g.state = GState::Waiting;
  g.reason = r;
  g.wait_since = now();
  if (!g.frames.empty()) {
    const Frame& at = user_frame(g);
    g.wait_file = at.fn->file;
    g.wait_pos = frame_pos(at, &at == &g.frames.back());
  }
  if (trace_.enabled) emit(Ev::GoBlock, g.id, g.wait_file, g.wait_pos, int64_t(r), g.wait_object);
  leave_proc(g);
}

void Machine::ready(Goroutine& g) {
  if (g.state != GState::Waiting) return;
  changed();
  g.state = GState::Runnable;
  g.reason = WaitReason::None;
  g.wait_object = 0;
  g.wait_key = nullptr;
  g.ready_at = now() + wake_delay_;
  g.home = current_ ? cur_p_ : -1;
  runq_.push_back(&g);
  if (trace_.enabled) emit(Ev::GoUnblock, current_ ? current_->id : 0, -1, 0, g.id);
  wake_idle_proc();
}

void Machine::yield(Goroutine& g) {
  changed();
  requeue(g);
}

void Machine::requeue(Goroutine& g) {
  g.state = GState::Runnable;
  g.ready_at = now();
  g.home = g.proc;
  runq_.push_back(&g);
  leave_proc(g);
}

void Machine::leave_proc(Goroutine& g) {
  if (g.proc >= 0) {
    Proc& p = procs_[size_t(g.proc)];
    if (g.proc == cur_p_) p.clock = now();
    if (g.state == GState::Runnable && trace_.enabled) emit(Ev::GoStop, g.id, -1, 0, g.proc);
    p.g = nullptr;
    g.proc = -1;
  }
  if (current_ == &g) current_ = nullptr;
}

void Machine::wake_idle_proc() {
  // The executing P reaches the scheduler at its next switch point, where the idle P takes
  // the goroutine at the time it became ready.
  for (const Proc& p : procs_)
    if (!p.g) {
      switch_left_ = 0;
      return;
    }
}

Goroutine* Machine::pick_next() {
  if (runq_.empty()) return nullptr;
  size_t i = size_t(decisions_.choose(runq_.size()));
  Goroutine* g = runq_[i];
  runq_[i] = runq_.back();
  runq_.pop_back();
  return g;
}

void Machine::fill_idle_procs() {
  for (size_t i = 0; i < procs_.size() && !runq_.empty(); i++) {
    Proc& p = procs_[i];
    if (p.g) continue;
    Goroutine* g = pick_next();
    p.g = g;
    int64_t wake = 0;
    if (g->home >= 0 && g->home != int(i))
      wake = (1 + int64_t(decisions_.choose(kStealSteps))) * kStealStepNs;
    p.clock = std::max(p.clock, g->ready_at + wake);
    p.slice_left = 1 + int64_t(decisions_.choose(uint64_t(2 * opts_.slice_mean)));
    g->state = GState::Running;
    g->proc = int(i);
    set_clock(p.clock);
    if (trace_.enabled) emit(Ev::GoRun, g->id, -1, 0, int64_t(i));
  }
}

void Machine::resume_proc(int p) {
  cur_p_ = p;
  current_ = procs_[size_t(p)].g;
  set_clock(procs_[size_t(p)].clock);
}

bool Machine::schedule(RunState* why) {
  if (cur_p_ >= 0 && procs_[size_t(cur_p_)].g) procs_[size_t(cur_p_)].clock = now();
  resched_ = false;
  current_ = nullptr;
  cur_p_ = -1;
  for (;;) {
    // A timer's work can end the program (an AfterFunc past the goroutine limit): then no
    // goroutine may run again.
    if (finished_) {
      *why = RunState::Finished;
      return false;
    }
    fill_idle_procs();
    int behind = -1, busy = 0;
    int64_t front = INT64_MIN;
    for (size_t i = 0; i < procs_.size(); i++) {
      const Proc& p = procs_[i];
      if (!p.g) continue;
      busy++;
      front = std::max(front, p.clock);
      if (behind < 0 || p.clock < procs_[size_t(behind)].clock) behind = int(i);
    }
    int64_t timer = next_timer_when();
    if (behind < 0) {
      // Idle: every goroutine waits. Before time moves on, find the ones that can never be
      // woken (Go only notices when there are no timers at all).
      set_clock(std::max(
          clock_, std::max_element(procs_.begin(), procs_.end(), [](const Proc& a, const Proc& b) {
                    return a.clock < b.clock;
                  })->clock));
      if (opts_.analyze && (steps_ != blocked_check_steps_ || clock_ != blocked_check_now_)) {
        blocked_check_steps_ = steps_;
        blocked_check_now_ = clock_;
        check_blocked_forever();
        if (finished_) {
          *why = RunState::Finished;
          return false;
        }
      }
      if (timer == INT64_MAX) {
        deadlock();
        *why = RunState::Finished;
        return false;
      }
      if (timer - start_ns_ > horizon_) {
        *why = RunState::WaitingForTime;
        return false;
      }
      if (timer > clock_) {
        clock_ = timer;
        emit(Ev::Clock, 0, -1, 0, clock_ - start_ns_);
      }
      fire_timers(clock_);
      continue;
    }
    if (timer <= front) {  // a P passed the timer: it fires at its own time
      fire_timers(front);
      continue;
    }
    // Execute a P at most kMaxSkewNs ahead of the one furthest behind, chosen by the
    // decision source: within that window any interleaving of the Ps' accesses can happen.
    int64_t limit = procs_[size_t(behind)].clock + kMaxSkewNs;
    int candidates = 0;
    for (const Proc& p : procs_) candidates += p.g && p.clock <= limit;
    int pick = candidates > 1 ? int(decisions_.choose(uint64_t(candidates))) : 0;
    int chosen = behind;
    for (size_t i = 0; i < procs_.size(); i++)
      if (procs_[i].g && procs_[i].clock <= limit && pick-- == 0) {
        chosen = int(i);
        break;
      }
    switch_left_ =
        busy > 1 ? 1 + int64_t(decisions_.choose(uint64_t(2 * switch_mean_))) : kSoloQuantum;
    resume_proc(chosen);
    return true;
  }
}

bool Machine::switch_point() {
  // The executing P's quantum is over: does any other P have work?
  for (size_t i = 0; i < procs_.size(); i++)
    if (int(i) != cur_p_ && (procs_[i].g || !runq_.empty())) {
      resched_ = true;
      return true;
    }
  switch_left_ = kSoloQuantum;
  return false;
}

bool Machine::preempt_point(uint64_t& budget) {
  if (heap_bytes_ >= next_gc_) collect();
  if (++steps_ > opts_.limits.max_steps) {
    write(2, "\nfatal error: goroscope: step limit of " + std::to_string(opts_.limits.max_steps) +
                 " exceeded (an endless loop?)\n");
    finish(kExitStepLimit);
    return true;
  }
  Proc& p = procs_[size_t(cur_p_)];
  if (--p.slice_left <= 0) {
    if (!runq_.empty()) {
      // Time slice over and goroutines wait for a P: back to the run queue; the scheduler
      // decides who runs next.
      requeue(*current_);
      return true;
    }
    p.slice_left = opts_.slice_mean;  // nobody waits: no decision
  }
  if (--switch_left_ < 0 && switch_point()) return true;
  if (now() >= next_timer_when()) {  // the timer fires now, while goroutines run
    resched_ = true;
    return true;
  }
  if (now() - start_ns_ > horizon_) {
    paused_for_time_ = true;
    return true;
  }
  if (budget > 0) budget--;
  return budget == 0 || stop_requested_;
}

int Machine::set_procs(int n) {
  int old = procs();
  n = std::min(n, kMaxProcs);
  if (n < 1 || n == old) return old;
  if (n < old && cur_p_ >= n) {
    // The caller keeps running: it moves to the last P that stays.
    if (Goroutine* other = procs_[size_t(n - 1)].g) yield(*other);
    Goroutine* g = current_;
    procs_[size_t(n - 1)] = procs_[size_t(cur_p_)];
    procs_[size_t(cur_p_)].g = nullptr;
    g->proc = n - 1;
    cur_p_ = n - 1;
  }
  for (int i = n; i < old; i++)
    if (Goroutine* g = procs_[size_t(i)].g) yield(*g);
  procs_.resize(size_t(n), Proc{nullptr, now(), 0});
  emit(Ev::Procs, current_ ? current_->id : 0, -1, 0, n);
  switch_left_ = 0;  // the scheduler sees the new Ps at the next switch point
  return old;
}

RunState Machine::advance(uint64_t budget) {
  if (budget == 0) budget = 1;
  while (!finished_) {
    if (stop_requested_) {
      if (trace_full_) {
        write(2, "\ngoroscope: trace limit of " + std::to_string(opts_.limits.max_trace_events) +
                     " events exceeded\n");
        finish(kExitTraceLimit);
      } else {
        write(2, "\ngoroscope: stopped\n");
        finish(kExitStopped);
      }
      break;
    }
    if (!current_ || resched_) {
      RunState why;
      if (!schedule(&why)) return finished_ ? RunState::Finished : why;
    }
    // The host paces virtual time: a P that reached the horizon waits for it to move.
    if (now() - start_ns_ > horizon_) return RunState::WaitingForTime;
    paused_for_time_ = false;
    Interp::run(*this, *current_, budget);
    if (finished_) break;
    if (current_ && current_->state != GState::Running) leave_proc(*current_);
    if (paused_for_time_) return RunState::WaitingForTime;
    if (budget == 0) return RunState::Running;
  }
  return RunState::Finished;
}

}  // namespace gs
