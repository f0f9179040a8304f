// Panics: starting one (user or run-time error), unwinding frames while running deferred
// calls, recover, and the fatal report (panic text computed by runtime.panicText in Go,
// so Error and String methods run on the dying goroutine like in Go).
#include <cstring>

#include "runtime/print.h"
#include "vm/interp.h"
#include "vm/machine.h"

namespace gs {

void Machine::runtime_panic(Goroutine& g, const std::string& msg, RuntimeError kind) {
  std::string text = kind == RuntimeError::ErrorString || kind == RuntimeError::Bounds
                         ? "runtime error: " + msg
                         : msg;
  Slot v[2];
  RType* t = prog.rt_runtime_errors[int(kind)];
  // The string-based types hold the message in a 2-slot cell; *TypeAssertionError points
  // to its struct (one string field); *PanicNilError to an empty one. Go's errorString and
  // plainError panics are static values (one per message), so two of them are the same
  // interface value (it says "[recovered, repanicked]"): so are ours.
  bool shared = kind == RuntimeError::ErrorString || kind == RuntimeError::Plain;
  Slot*& cached = static_errors_[text];
  Slot* box = shared ? cached : nullptr;
  if (!box) {
    if (!(box = alloc_slots(2))) return;
    if (kind != RuntimeError::PanicNil) make_string(text, box);
    if (shared) cached = box;
  }
  v[0].p = t ? t : prog.rt_string;
  v[1].p = box;
  start_panic(g, v, true, !shared);
}

void Machine::string_panic(Goroutine& g, const std::string& msg) {
  Slot v[2];
  Slot* box = alloc_slots(2);
  if (!box) return;
  make_string(msg, box);
  v[0].p = prog.rt_string;
  v[1].p = box;
  start_panic(g, v, false);
}

// What a panic record holds, for the heap limit: a chain can be as long as the stack is
// deep (each panic runs in a deferred call of the one before).
static int64_t panic_bytes(const PanicRec& p) {
  return int64_t(sizeof(PanicRec) + p.traceback.frames.size() * sizeof(TraceFrame) + p.text.size());
}

void Machine::drop_panics(Goroutine& g, size_t keep) {
  for (size_t i = keep; i < g.panics.size(); i++) charge_heap(-panic_bytes(g.panics[i]));
  g.panics.resize(keep);
}

// Code runs while a panic is pending only inside one of its deferred calls (the innermost
// panic-defer frame): a new panic aborts that call. Whether the older panic ends too is
// decided when the new one is recovered (after_panic_defer).
void Machine::abort_running_panic(Goroutine& g) {
  if (g.panics.empty() || g.panics.back().aborted_at) return;
  for (size_t i = g.frames.size(); i-- > 0;)
    if (g.frames[i].kind == kPanicDeferFrame) {
      g.panics.back().aborted_at = i + 1;
      return;
    }
}

void Machine::start_panic(Goroutine& g, const Slot* value, bool runtime_error, bool fresh) {
  PanicRec p;
  p.value[0] = value[0];
  p.value[1] = value[1];
  p.is_runtime_error = runtime_error;
  p.fresh = fresh;
  p.traceback = snapshot_frames(g);
  abort_running_panic(g);
  if (!charge_heap(panic_bytes(p))) return;
  g.panics.push_back(std::move(p));
  unwind(g);
}

void Machine::goexit(Goroutine& g) {
  PanicRec p;
  p.goexit = true;
  abort_running_panic(g);
  g.panics.push_back(std::move(p));
  unwind(g);
}

// The oldest panic of g's chain whose report text is not computed yet (Goexit records
// print nothing), or null.
static PanicRec* first_without_text(Goroutine& g) {
  for (size_t i = 0; i < g.panics.size(); i++) {
    PanicRec& p = g.panics[i];
    if (!p.has_text && !p.goexit && !(i > 0 && g.panics[i - 1].repanicked)) return &p;
  }
  return nullptr;
}

// Go's preprintpanics: a panic whose value is the very value of the one before it (a
// re-panic of what recover returned) is not reported again; the earlier one says
// "[recovered, repanicked]".
static void mark_repanicked(Goroutine& g) {
  for (size_t i = 1; i < g.panics.size(); i++) {
    const PanicRec &a = g.panics[i - 1], &b = g.panics[i];
    // Go compares the interface words; ours hold small values inline, so a value converted
    // anew (panic(n)) never counts, only one passed through (panic(recover())).
    g.panics[i - 1].repanicked = !a.goexit && !b.goexit && !b.fresh &&
                                 a.value[0].u == b.value[0].u && a.value[1].u == b.value[1].u;
  }
}

Flow Machine::panic_text_computed(Goroutine& g, std::string_view text) {
  PanicRec* p = first_without_text(g);
  if (!charge_heap(int64_t(text.size()))) return Flow::Exit;
  p->text = text;
  p->has_text = true;
  return unwind(g);
}

Flow Machine::unwind(Goroutine& g) {
  for (;;) {
    if (g.frames.empty() && !g.panics.empty() && g.panics.back().goexit) {
      if (&g == main_) main_goexited_ = true;
      goroutine_exit(g);
      return finished() ? Flow::Exit : Flow::Switch;
    }
    if (g.frames.empty()) {
      // Nothing recovered: compute each panic's text in Go (runtime.panicText), oldest
      // first as Go's preprintpanics does, then die.
      mark_repanicked(g);
      PanicRec* next = first_without_text(g);
      if (!next) {
        print_fatal_panic(g);
        return Flow::Exit;
      }
      FuncProto* fn = prog.find_func("runtime.panicText");
      if (!fn) return panic_text_computed(g, "(panic value)");
      if (g.stack.size() < 16) g.stack.resize(16);
      g.stack[0].u = 0;
      g.stack[1].u = 0;
      g.stack[2] = next->value[0];
      g.stack[3] = next->value[1];
      Interp::push_frame(*this, g, fn, 0, nullptr, kPanicPrintFrame);
      return Flow::Continue;
    }
    size_t depth = g.frames.size();
    if (!g.defers.empty() && g.defers.back().depth == depth)
      return Interp::call_deferred(*this, g, kPanicDeferFrame);
    uint8_t kind = g.frames.back().kind;
    g.frames.pop_back();
    if (kind == kPanicPrintFrame) {
      // A String or Error method panicked while computing a panic's text: report the chain
      // as it was, without the panics raised by that method.
      PanicRec* next = first_without_text(g);
      drop_panics(g, size_t(next - g.panics.data()) + 1);
      return panic_text_computed(g, "(panic value: its Error or String method panicked)");
    }
  }
}

Flow Machine::after_panic_defer(Goroutine& g) {
  if (g.panics.empty()) return Interp::do_return(*this, g);
  if (g.panics.back().recovered && !g.panics.back().goexit) {
    // The recovered panic ends, and so do the panics it aborted whose deferred calls ran in
    // frames that the recovery now leaves: the function that deferred the recovering call
    // (the top frame) returns, so deeper frames are gone (Go drops those panics the same
    // way). An aborted panic whose deferred call is that function, or an outer one, goes
    // on when that call returns.
    size_t keep = g.panics.size() - 1;
    while (keep > 0 && g.panics[keep - 1].aborted_at > g.frames.size() &&
           !g.panics[keep - 1].goexit)
      keep--;
    drop_panics(g, keep);
    return Interp::do_return(*this, g);
  }
  return unwind(g);
}

void Machine::recover(Goroutine& g, Slot* out) {
  out[0].u = 0;
  out[1].u = 0;
  if (g.panics.empty() || g.panics.back().recovered || g.panics.back().goexit || g.frames.empty())
    return;
  // recover only works when called directly by the deferred function (compiler-generated
  // wrappers between the defer and the function do not count as calls).
  size_t i = g.frames.size() - 1;
  bool direct = g.frames[i].kind == kPanicDeferFrame;
  if (!direct && i > 0)
    direct = g.frames[i - 1].kind == kPanicDeferFrame && g.frames[i - 1].fn->wrapper;
  if (!direct) return;
  PanicRec& p = g.panics.back();
  p.recovered = true;
  out[0] = p.value[0];
  out[1] = p.value[1];
}

void Machine::print_fatal_panic(Goroutine& g) {
  // Go's printpanics: oldest first, each line after a non-Goexit one indented, newlines
  // inside a value indented too; the successor of a re-panicked panic is not printed.
  std::string out;
  for (size_t i = 0; i < g.panics.size(); i++) {
    const PanicRec& p = g.panics[i];
    if (p.goexit || (i > 0 && g.panics[i - 1].repanicked)) continue;
    if (i > 0 && !g.panics[i - 1].goexit) out += "\t";
    out += "panic: ";
    for (char c : p.text) out += c == '\n' ? "\n\t" : std::string(1, c);
    if (p.recovered) out += p.repanicked ? " [recovered, repanicked]" : " [recovered]";
    out += "\n";
  }
  const PanicRec& last = g.panics.back();
  if (last.is_runtime_error && last.text.find("nil pointer dereference") != std::string_view::npos)
    out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out +=
      "\ngoroutine " + std::to_string(g.id) + " [running]:\n" + format_traceback(g, last.traceback);
  write(2, out);
  finish(2);
}

void Machine::stack_overflow(Goroutine& g) {
  std::string out = "runtime: goroutine stack exceeds " +
                    std::to_string(opts_.limits.max_stack_bytes) +
                    "-byte limit\nfatal error: stack overflow\n\n" + goroutine_header(g);
  out += traceback(g);
  write(2, out);
  finish(2);
}

}  // namespace gs
