// Go calls on goroutine objects: pushing frames (growing the slot stack up to its limit),
// natives and their statuses, deferred calls, and returns that run them first.
#include <algorithm>
#include <cstring>

#include "runtime/strings.h"
#include "vm/interp.h"

namespace gs {

bool Interp::push_frame(Machine& m, Goroutine& g, FuncProto* fn, uint32_t base, Closure* c,
                        uint8_t kind) {
  size_t need = size_t(base) + size_t(fn->frame_slots) + 8;
  if (need > g.stack.size()) {
    int64_t limit_slots = m.stack_limit_slots();
    if (int64_t(need) > limit_slots) {
      m.stack_overflow(g);
      return false;
    }
    size_t n = g.stack.size() * 2;
    if (n < need) n = need;
    if (int64_t(n) > limit_slots) n = size_t(limit_slots);
    g.stack.resize(n);
  }
  g.frames.push_back(Frame{fn, 0, base, c, kind});
  return true;
}

Flow Interp::call_native(Machine& m, Goroutine& g, FuncProto* fn, uint32_t base) {
  if (!fn->spin_safe) m.changed();
  m.work_ += kNativeCost;
  NativeStatus st = fn->native(m, g, g.stack.data() + base);
  switch (st) {
    case NativeStatus::Done:
      return Flow::Continue;
    case NativeStatus::Unwinding:
      return m.finished() ? Flow::Exit
                          : (g.state == GState::Running ? Flow::Continue : Flow::Switch);
    case NativeStatus::Blocked:
      return Flow::Switch;
    case NativeStatus::Retry:
      g.frames.back().pc--;  // re-execute the call when woken
      return Flow::Switch;
    case NativeStatus::Yield:
      return Flow::Switch;
    case NativeStatus::Exit:
      return Flow::Exit;
  }
  return Flow::Continue;
}

Flow Interp::call_deferred(Machine& m, Goroutine& g, uint8_t kind) {
  DeferRec d = std::move(g.defers.back());
  g.defers.pop_back();
  if (!d.fn) {  // `defer f()` with a nil f panics now, when f would be called (spec)
    m.runtime_panic(g, kNilDeref);
    if (m.finished()) return Flow::Exit;
    return g.state == GState::Running ? Flow::Continue : Flow::Switch;
  }
  Frame& top = g.frames.back();
  uint32_t base = top.base + uint32_t(top.fn->frame_slots);
  FuncProto* fn = d.fn->fn;
  size_t need = size_t(base) + size_t(d.result_slots) + d.args.size() + 1;
  if (need > g.stack.size()) g.stack.resize(need * 2);
  Slot* s = g.stack.data() + base;
  std::memset(s, 0, sizeof(Slot) * size_t(d.result_slots));
  if (!d.args.empty()) std::memcpy(s + d.result_slots, d.args.data(), sizeof(Slot) * d.args.size());
  if (!push_frame(m, g, fn, base, d.fn, kind)) return Flow::Exit;
  return Flow::Continue;
}

Flow Interp::do_return(Machine& m, Goroutine& g) {
  Frame& f = g.frames.back();
  size_t depth = g.frames.size();
  if (!g.defers.empty() && g.defers.back().depth == depth) {
    f.pc = uint32_t(f.fn->code.size() - 1);  // the final Ret: return again afterwards
    return call_deferred(m, g, kDeferFrame);
  }
  for (const BoxedResult& br : f.fn->boxed_results) {
    const Slot* box = static_cast<const Slot*>(g.stack[f.base + br.box_slot].p);
    std::memcpy(&g.stack[f.base + br.result_slot], box, sizeof(Slot) * size_t(br.width));
  }
  uint8_t kind = f.kind;
  uint32_t base = f.base;
  if (m.clears_frames()) {
    // For the reachability analyses: a returned frame's slots must not keep objects alive
    // (the caller's frame overlaps the start of it). Results stay.
    size_t from = size_t(base) + size_t(f.fn->result_slots);
    size_t to = std::min(g.stack.size(), size_t(base) + size_t(f.fn->frame_slots));
    if (to > from) std::memset(&g.stack[from], 0, sizeof(Slot) * (to - from));
  }
  g.frames.pop_back();
  if (kind == kPanicDeferFrame) return m.after_panic_defer(g);
  if (kind == kPanicPrintFrame) return m.panic_text_computed(g, slot_string(&g.stack[base]));
  if (g.frames.empty()) {
    m.goroutine_exit(g);
    return m.finished() ? Flow::Exit : Flow::Switch;
  }
  return Flow::Continue;
}

Flow Interp::unwind(Machine& m, Goroutine& g) { return m.unwind(g); }

}  // namespace gs
