// Busy-waiting: a goroutine that spins (`for !ready {}`, RLock/RUnlock polling, select with
// default) while every other P does the same can change nothing before the next timer, so
// the clock jumps there instead of interpreting billions of identical iterations.
//
// Soundness: at two sampled back-edges of the same loop, g's top frame (its registers),
// depth, deferred calls, the sync words its lock natives wrote and the machine's change
// epoch (stores, allocations, channel and scheduling operations, output, other natives,
// map iterations) are all the same (as far as a 64-bit fingerprint tells). Execution is
// deterministic, so from the second point g repeats what it did since the first, forever, until
// something outside changes state; when every busy P is in that position and no goroutine waits for
// a P, only a timer can.
#include <cstring>

#include "vm/machine.h"

namespace gs {

namespace {
constexpr size_t kMaxTouched = 8;     // more distinct sync words in one loop: not a busy-wait
constexpr int kMaxFrameSlots = 4096;  // a bigger frame is not fingerprinted (never "spinning")

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h;
}
}  // namespace

void Machine::spin_touch(const Slot* p, int n) {
  if (!current_) return;
  auto& t = current_->spin_touched;
  for (const auto& e : t)
    if (e.first == p) return;
  if (t.size() == kMaxTouched) {
    changed();
    return;
  }
  t.emplace_back(p, n);
}

bool Machine::spin_check(Goroutine& g, uint32_t pc) {
  const Frame& f = g.frames.back();
  if (f.fn->frame_slots > kMaxFrameSlots) return false;
  uint64_t h = mix(mix(mix(reinterpret_cast<uintptr_t>(f.fn), pc), g.frames.size()),
                   g.defers.size() * 1000003 + g.panics.size());
  const Slot* regs = g.stack.data() + f.base;
  for (int i = 0; i < f.fn->frame_slots; i++) h = mix(h, regs[i].u);
  for (const auto& [p, n] : g.spin_touched)
    for (int i = 0; i < n; i++) h = mix(mix(h, reinterpret_cast<uintptr_t>(p + i)), p[i].u);
  uint64_t epoch = epoch_;
  g.spinning = h == g.spin_hash && epoch == g.spin_epoch;
  g.spin_hash = h;
  g.spin_epoch = epoch;
  g.spin_touched.clear();
  if (!g.spinning || !runq_.empty()) return false;
  for (const Proc& p : procs_)
    if (p.g && !(p.g->spinning && p.g->spin_epoch == epoch)) return false;
  int64_t t = next_timer_when();
  if (t == INT64_MAX) return false;  // nothing will ever change: the step limit ends it
  set_clock(std::max(now(), t));
  for (Proc& p : procs_)
    if (p.g) p.clock = std::max(p.clock, t);
  procs_[size_t(cur_p_)].clock = clock_;
  resched_ = true;
  return true;
}

}  // namespace gs
