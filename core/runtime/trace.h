// The event trace of a run: an append-only log of what goroutines, channels, contexts,
// locks and timers did, with virtual time and sequence numbers. The UI and the exports
// are built only from these events plus source positions.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gs {

// X(kind, json name, meaning of a, of b, of c). Empty names: field unused.
#define GS_TRACE_EVENTS(X)                                                                         \
  X(Procs, "procs", "n", "", "")                 /* GOMAXPROCS: at the start and when it changes */ \
  X(GoCreate, "go_create", "id", "", "")         /* c: function index; pos: go statement */        \
  X(GoRun, "go_run", "p", "", "")                /* g starts running on P p */                     \
  X(GoStop, "go_stop", "p", "", "")              /* g leaves P p, still runnable (preempted) */    \
  X(GoBlock, "go_block", "reason", "object", "") /* a: WaitReason */                               \
  X(SelectWait, "select_wait", "chan", "", "")   /* after go_block: one per channel of a select */ \
  X(GoUnblock, "go_unblock", "id", "", "")       /* g (0: runtime/timer) wakes id */               \
  X(GoEnd, "go_end", "", "", "")                                                                   \
  X(GoPanic, "go_panic", "", "", "")                                /* text: panic value type */   \
  X(GoLeaked, "go_leaked", "reason", "object", "")                  /* alive when main returned */ \
  X(GoBlockedForever, "go_blocked_forever", "reason", "object", "") /* text: why */                \
  X(ChanMake, "chan_make", "chan", "cap", "")                       /* text: element type */       \
  X(ChanSend, "chan_send", "chan", "msg", "len")                    /* msg: n-th value sent */     \
  X(ChanRecv, "chan_recv", "chan", "msg", "len") /* msg: matches the send; -1: closed */           \
  X(ChanClose, "chan_close", "chan", "", "")                                                       \
  X(CtxCreate, "ctx_create", "ctx", "parent", "")    /* c: Done channel; text: kind */             \
  X(CtxCancel, "ctx_cancel", "ctx", "from", "")      /* text: error; from: origin ctx */           \
  X(LockAcquire, "lock_acquire", "lock", "mode", "") /* mode: 0 Lock, 1 RLock */                   \
  X(LockRelease, "lock_release", "lock", "mode", "")                                               \
  X(WaitGroupAdd, "wg_add", "wg", "delta", "count")                                                \
  X(TimerSet, "timer_set", "timer", "when", "")                                                    \
  X(TimerFire, "timer_fire", "timer", "", "")                                                      \
  X(Clock, "clock", "now", "", "")  /* virtual time advanced */                                    \
  X(Output, "output", "fd", "", "") /* text: the bytes written */                                  \
  X(Finding, "finding", "", "", "") /* text: an analysis finding */

enum class Ev : uint8_t {
#define GS_EV_ENUM(kind, name, a, b, c) kind,
  GS_TRACE_EVENTS(GS_EV_ENUM)
#undef GS_EV_ENUM
};

const char* ev_name(Ev e);
void ev_fields(Ev e, const char** a, const char** b, const char** c);

// 48 bytes: recording must stay cheap (a channel round trip makes about ten events).
// The sequence number is the event's index + 1; texts live in Trace::texts.
// No default initializers: chunks are allocated uninitialized and every field is set.
struct Event {
  int64_t time;  // virtual nanoseconds since the program started
  int64_t a, b;
  int32_t c;
  uint32_t pos;   // byte offset in the source file
  int32_t g;      // goroutine the event happened on (0: the runtime)
  uint32_t text;  // index into Trace::texts (0: none)
  int16_t file;   // SourceFile index, -1 when no position applies
  Ev kind;
};

// Append-only storage in fixed chunks: appending never moves earlier events.
class EventLog {
 public:
  static constexpr size_t kChunk = size_t(1) << 15;
  void push_back(const Event& e) {
    if (size_ % kChunk == 0) chunks_.push_back(std::unique_ptr<Event[]>(new Event[kChunk]));
    chunks_.back()[size_ % kChunk] = e;
    size_++;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Event& operator[](size_t i) const { return chunks_[i / kChunk][i % kChunk]; }
  Event& operator[](size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  const Event& back() const { return (*this)[size_ - 1]; }
  struct const_iterator {
    const EventLog* log;
    size_t i;
    const Event& operator*() const { return (*log)[i]; }
    const Event* operator->() const { return &(*log)[i]; }
    const_iterator& operator++() {
      i++;
      return *this;
    }
    bool operator!=(const const_iterator& o) const { return i != o.i; }
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  std::vector<std::unique_ptr<Event[]>> chunks_;
  size_t size_ = 0;
};

class Trace {
 public:
  bool enabled = false;
  EventLog events;  // event i has sequence number i + 1
  std::vector<std::string> texts{""};
  // Events not yet handed out to a live consumer.
  size_t delivered = 0;
  void add(const Event& e, std::string_view text) {
    events.push_back(e);
    if (!text.empty()) {
      events[events.size() - 1].text = uint32_t(texts.size());
      texts.emplace_back(text);
    }
  }
  const std::string& text(const Event& e) const { return texts[e.text]; }
};

}  // namespace gs
