// The event trace of a run: an append-only log of what goroutines, channels, contexts,
// locks and timers did, with virtual time and sequence numbers. The UI and the exports
// are built only from these events plus source positions.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace gs {

// X(kind, json name, meaning of a, of b, of c). Empty names: field unused.
#define GS_TRACE_EVENTS(X)                                                          \
  X(GoCreate, "go_create", "id", "", "")            /* text: function; pos: go statement */ \
  X(GoRun, "go_run", "", "", "")                    /* g starts running */          \
  X(GoBlock, "go_block", "reason", "object", "")    /* text: wait reason */         \
  X(GoUnblock, "go_unblock", "id", "", "")          /* g (0: runtime/timer) wakes id */ \
  X(GoEnd, "go_end", "", "", "")                                                    \
  X(GoPanic, "go_panic", "", "", "")                /* text: panic value type */    \
  X(GoLeaked, "go_leaked", "reason", "object", "")  /* alive when main returned */  \
  X(GoBlockedForever, "go_blocked_forever", "reason", "object", "") /* text: why */ \
  X(ChanMake, "chan_make", "chan", "cap", "")       /* text: element type */        \
  X(ChanSend, "chan_send", "chan", "msg", "len")    /* msg: n-th value sent */      \
  X(ChanRecv, "chan_recv", "chan", "msg", "len")    /* msg: matches the send; -1: closed */ \
  X(ChanClose, "chan_close", "chan", "", "")                                        \
  X(CtxCreate, "ctx_create", "ctx", "parent", "")   /* c: Done channel; text: kind */ \
  X(CtxCancel, "ctx_cancel", "ctx", "from", "")     /* text: error; from: origin ctx */ \
  X(LockAcquire, "lock_acquire", "lock", "mode", "")/* mode: 0 Lock, 1 RLock */     \
  X(LockRelease, "lock_release", "lock", "mode", "")                                \
  X(WaitGroupAdd, "wg_add", "wg", "delta", "count")                                 \
  X(TimerSet, "timer_set", "timer", "when", "")                                     \
  X(TimerFire, "timer_fire", "timer", "", "")                                       \
  X(Clock, "clock", "now", "", "")                  /* virtual time advanced */     \
  X(Output, "output", "fd", "", "")                 /* text: the bytes written */   \
  X(Finding, "finding", "", "", "")                 /* text: an analysis finding */

enum class Ev : uint8_t {
#define GS_EV_ENUM(kind, name, a, b, c) kind,
  GS_TRACE_EVENTS(GS_EV_ENUM)
#undef GS_EV_ENUM
};

const char* ev_name(Ev e);
void ev_fields(Ev e, const char** a, const char** b, const char** c);

struct Event {
  uint64_t seq;
  int64_t time;  // virtual nanoseconds since the program started
  int64_t g;     // goroutine the event happened on (0: the runtime)
  Ev kind;
  int32_t file;  // SourceFile index, -1 when no position applies
  uint32_t pos;  // byte offset in that file
  int64_t a = 0, b = 0, c = 0;
  std::string text;
};

class Trace {
 public:
  bool enabled = false;
  std::vector<Event> events;
  // Events not yet handed out by take_batch (for live consumers).
  size_t delivered = 0;
  void add(Event e) {
    e.seq = events.size() + 1;
    events.push_back(std::move(e));
  }
};

}  // namespace gs
