// time natives on the virtual clock: Sleep parks the goroutine on a timer; timer channels
// and AfterFunc are runtime timers fired when every goroutine is blocked.
#include "runtime/natives.h"

namespace gs {

namespace {
using S = NativeStatus;

S time_Sleep(Machine& m, Goroutine& g, Slot* f) {
  int64_t d = f[0].i;
  if (d <= 0) return S::Done;
  int64_t when;  // saturated: a sleep past the end of time never ends
  if (__builtin_add_overflow(m.now(), d, &when)) when = INT64_MAX;
  m.add_timer(when, 0, &g, nullptr, nullptr);
  m.park(g, WaitReason::Sleep);
  return S::Blocked;
}

S time_now(Machine& m, Goroutine&, Slot* f) {
  f[0].i = m.now();
  return S::Done;
}

// startTimer(c chan Time, when, period int64) int64
S time_startTimer(Machine& m, Goroutine&, Slot* f) {
  f[0].i = m.add_timer(f[2].i, f[3].i, nullptr, static_cast<Chan*>(f[1].p), nullptr);
  return S::Done;
}

// startFuncTimer(fn func(), when int64) int64
S time_startFuncTimer(Machine& m, Goroutine&, Slot* f) {
  f[0].i = m.add_timer(f[2].i, 0, nullptr, nullptr, static_cast<Closure*>(f[1].p));
  return S::Done;
}

S time_stopTimer(Machine& m, Goroutine&, Slot* f) {
  f[0].u = m.stop_timer(f[1].i);
  return S::Done;
}

// resetTimer(id, when, period int64) bool
S time_resetTimer(Machine& m, Goroutine&, Slot* f) {
  f[0].u = m.reset_timer(f[1].i, f[2].i, f[3].i);
  return S::Done;
}

// context.traceCreate(kind string, parent int64, detail string, done chan struct{}) int64
S ctx_traceCreate(Machine& m, Goroutine& g, Slot* f) {
  int64_t id = m.next_context_id();
  auto* done = static_cast<Chan*>(f[6].p);
  m.emit_at(
      Ev::CtxCreate, &g, id, f[3].i, done ? done->id : 0,
      std::string(slot_string(f + 1)) + (f[5].i ? ": " + std::string(slot_string(f + 4)) : ""));
  f[0].i = id;
  return S::Done;
}

// context.traceRoot(kind string, id *int64) int64
S ctx_traceRoot(Machine& m, Goroutine& g, Slot* f) {
  auto* id = static_cast<Slot*>(f[3].p);
  if (!id->i) {
    id->i = m.next_context_id();
    m.emit_at(Ev::CtxCreate, &g, id->i, 0, 0, slot_string(f + 1));
  }
  f[0].i = id->i;
  return S::Done;
}

// context.traceCancel(id int64, from int64, err string)
S ctx_traceCancel(Machine& m, Goroutine& g, Slot* f) {
  m.emit_at(Ev::CtxCancel, &g, f[0].i, f[1].i, 0, std::string(slot_string(f + 2)));
  return S::Done;
}

const NativeEntry kTable[] = {
    {"context.traceCreate", ctx_traceCreate},
    {"context.traceCancel", ctx_traceCancel},
    {"context.traceRoot", ctx_traceRoot},
    {"time.Sleep", time_Sleep},
    {"time.now", time_now},
    {"time.startTimer", time_startTimer},
    {"time.startFuncTimer", time_startFuncTimer},
    {"time.stopTimer", time_stopTimer},
    {"time.resetTimer", time_resetTimer},
};
}  // namespace

const NativeEntry* natives_time(size_t* n) {
  *n = sizeof(kTable) / sizeof(kTable[0]);
  return kTable;
}

}  // namespace gs
