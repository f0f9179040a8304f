// The virtual machine: goroutines as plain objects (stack of slots, frames, pc), a
// deterministic scheduler driven by the DecisionSource, virtual time with timers, channels,
// heap accounting, and the resumable driver advance(budget).
//
// Invariants:
//  - A goroutine is in exactly one place: on a virtual processor (Running; the executing
//    P's goroutine is current_), runq_ (Runnable), a wait queue of a channel/mutex/WaitGroup
//    or a timer (Waiting), or dead.
//  - Each P has its own clock, moved by the work its goroutines do (kPsPerOp); the executing
//    P is the one furthest behind or at most kMaxSkewNs ahead of it (vm/sched.cc).
//  - Frame f of goroutine g owns g.stack[f.base, f.base + f.fn->frame_slots).
#pragma once
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <queue>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/decision.h"
#include "runtime/map.h"
#include "runtime/trace.h"
#include "runtime/wait_reason.h"
#include "vm/program.h"

namespace gs {

enum class Flow : uint8_t;

struct Closure {
  FuncProto* fn;
  uint32_t ncap;
  Slot caps[1];  // ncap slots follow (flexible)
};

struct Goroutine;

// A goroutine blocked on a channel (or on several, in a select).
struct Chan;
struct SelectWait {
  Goroutine* g;
  bool done = false;
  std::vector<Chan*> chans;  // every channel this select waits on (for dequeuing)
};

struct Waiter {
  Goroutine* g;
  uint32_t val;     // stack offset of the value to send / where to receive
  int32_t ok = -1;  // stack offset of the ok flag, or -1
  SelectWait* sel = nullptr;
  int select_case = -1;
};

struct Chan {
  int64_t id;
  uint64_t vaddr = 0;  // Machine::address_of
  RType* elem;
  int width;
  int64_t cap;
  int file = -1;  // where it was made
  uint32_t pos = 0;
  int64_t sent = 0;  // values that left a sender (message numbers for the trace)
  int64_t received = 0;
  std::deque<Slot> buf;  // count * width slots
  int64_t count = 0;
  bool closed = false;
  // A time.Timer's or Ticker's channel: Go 1.23+ semantics. It holds at most the one value
  // of the last firing (cap 1 inside), but len and cap say 0, and Stop and Reset drop the
  // value, so no stale time is received after them.
  bool timer = false;
  // The ticker whose tick found the value above not yet received: it sleeps until a receive
  // takes that value (Go 1.23+ runs no timer for a channel nobody waits on), so it neither
  // fires every period nor keeps a deadlock from being noticed.
  int64_t parked_ticker = 0;
  std::deque<Waiter> recvq, sendq;
};

struct Frame {
  FuncProto* fn;
  uint32_t pc;    // next instruction
  uint32_t base;  // first slot in the goroutine stack
  Closure* closure;
  uint8_t kind = 0;  // FrameKind
};

enum FrameKind : uint8_t {
  kNormalFrame = 0,
  kDeferFrame = 1,       // a deferred call run by a normal return
  kPanicDeferFrame = 2,  // a deferred call run while panicking (recover works here)
  kPanicPrintFrame = 3,  // runtime.panicText computing the fatal message
};

struct DeferRec {
  Closure* fn;
  std::vector<Slot> args;
  int result_slots;
  size_t depth;  // frames.size() of the frame that deferred
};

// A goroutine's frames as a traceback shows them, innermost first: like Go, at most the
// kTraceInner innermost and kTraceOuter outermost frames, with the count elided between.
// Bounded in size whatever the depth, so a panic can keep one cheaply.
struct TraceFrame {
  const FuncProto* fn;
  uint32_t pos;
};
struct TraceSnapshot {
  static constexpr size_t kTraceInner = 50, kTraceOuter = 50;
  std::vector<TraceFrame> frames;
  size_t elided = 0;  // frames left out after the first kTraceInner
};

struct PanicRec {
  Slot value[2];
  bool recovered = false;
  // A later panic started while this one ran a deferred call: the depth of that call's
  // frame (0: not aborted).
  size_t aborted_at = 0;
  bool is_runtime_error = false;
  bool repanicked = false;  // the next panic has this very value (set when reporting)
  bool fresh = true;        // its value was made for it (see start_panic)
  bool goexit = false;      // runtime.Goexit: runs deferred calls, then ends the goroutine
  TraceSnapshot traceback;  // captured where the panic started
  bool has_text = false;    // text computed (by runtime.panicText) for the fatal report
  std::string text;
};

enum class GState : uint8_t { Runnable, Running, Waiting, Dead };

// One result of the analyses.
struct Finding {
  enum class Kind : uint8_t { Leak, BlockedForever, SelfDeadlock, Race } kind;
  int64_t g = 0;
  int create_file = -1;  // where the goroutine was created (go statement)
  uint32_t create_pos = 0;
  int wait_file = -1;  // where it blocked (or the access, for races)
  uint32_t wait_pos = 0;
  int other_file = -1;  // races: the other access; self-deadlocks: the first lock
  uint32_t other_pos = 0;
  std::string text;
};

struct Goroutine {
  int64_t id;
  GState state = GState::Runnable;
  int64_t ready_at = 0;  // virtual time it became runnable: a P starts it no earlier
  int proc = -1;         // the P it runs on while Running
  int home = -1;         // Runnable: the P that readied it (-1: a timer), see kStealSteps
  // Busy-wait detection (vm/spin.cc): the state at the last sampled loop back-edge.
  uint32_t spin_loops = 0;
  uint64_t spin_hash = 0, spin_epoch = UINT64_MAX;
  bool spinning = false;  // that state repeated, with nothing changed in between
  std::vector<std::pair<const Slot*, int>> spin_touched;  // sync words written since
  WaitReason reason = WaitReason::None;
  int wait_file = 0;
  uint32_t wait_pos = 0;
  int64_t wait_since = 0;
  std::vector<Slot> stack;
  std::vector<Frame> frames;
  std::vector<DeferRec> defers;
  std::vector<PanicRec> panics;
  // Completion of a blocking operation, written by the waker.
  int64_t select_chosen = -1;
  bool wake_closed_send = false;  // a blocked send whose channel was closed: panic on resume
  uint32_t select_result = 0;     // stack offset receiving the chosen case of a blocked select
  int64_t sync_ticket = 0;        // sync.Cond: the notification ticket this goroutine waits for
  int64_t wait_object = 0;        // id of the channel or sync object it waits on (trace, analysis)
  void* wait_key = nullptr;       // sync objects: the address it waits on
  bool reported_blocked = false;  // blocked-forever already reported
  std::vector<std::pair<FuncProto*, uint32_t>> creator_stack;  // when analysis is on
  // Where it was created (for dumps and leak reports).
  int64_t parent = 0;
  std::string created_by;
  int create_file = 0;
  uint32_t create_pos = 0;
  std::unique_ptr<SelectWait> select_wait;
};

struct Timer {
  int64_t when;
  uint64_t seq;
  int64_t period;       // > 0 for tickers
  Goroutine* sleeper;   // Sleep: wake this goroutine
  Chan* chan;           // timer channel: send the time (non-blocking)
  Closure* func;        // AfterFunc: start a goroutine
  int64_t creator = 0;  // goroutine that set the timer (happens-before for AfterFunc)
  bool active = true;
  int64_t id;
};

// A virtual processor (Go's P): runs one goroutine at a time, on its own virtual clock.
struct Proc {
  Goroutine* g = nullptr;  // nullptr: idle
  int64_t clock = 0;       // the virtual time (ns since the epoch) it has reached
  int64_t slice_left = 0;  // preemption points left in g's time slice
};

// The cost model and the interleaving of Ps (documented in core/README.md).
// One bytecode instruction takes kPsPerOp picoseconds of its P's virtual time; operations
// that do far more than one instruction's work count as several (calibrated against Go 1.26
// on amd64: fib(30) takes about 5 ms, a map insert about 50 ns, a goroutine about 250 ns).
constexpr int64_t kPsPerOp = 250;
constexpr uint64_t kMapOpCost = 200;   // hashing and probing
constexpr uint64_t kChanOpCost = 200;  // a send or receive, a close
constexpr uint64_t kAllocCost = 80;    // plus one per 16 bytes zeroed from 4 KiB on
// (small objects cost the same whatever their size: a run must not depend on the length of
// a path in os.Args or a file name in a runtime.Caller string)
constexpr int64_t kLargeAllocSlots = 512;
constexpr uint64_t kSpawnCost = 1000;  // a new goroutine and its stack
constexpr uint64_t kNativeCost = 40;   // a call into the runtime
// With several Ps busy, the executing P runs 1..2*M switch points (shared-memory accesses,
// calls, loop back-edges) before the scheduler picks the next P to execute, among those at
// most kMaxSkewNs ahead of the furthest behind. Each run draws M from 1, 2, 4, ...,
// kMaxSwitchMean: some seeds interleave at almost every access, others in longer runs.
constexpr int kSwitchMeanLevels = 6;  // M = 1 << choose(kSwitchMeanLevels)
constexpr int64_t kMaxSkewNs = 2000;
// A goroutine a timer wakes (a sleeper, a receiver blocked on a timer channel, an AfterFunc)
// starts this long after the timer's time, as Go's wake-ups come late. A running goroutine
// polling a timer channel sees the value at the timer's time (Go 1.23's synchronous timers).
constexpr int64_t kTimerLatencyNs = 50'000;
// A goroutine made ready by a running one waits in that P's queue (Go's runnext): that P
// takes it as soon as it is free; an idle P only after waking up, 1..kStealSteps µs later
// (a decision: thread wake-ups vary).
constexpr int kStealSteps = 8;
constexpr int64_t kStealStepNs = 1'000;
// GOMAXPROCS and runtime.NumCPU() by default: a small laptop.
constexpr int kDefaultProcs = 4;

struct RunLimits {
  uint64_t max_steps = 2'000'000'000ULL;  // preemption points (calls and loop back-edges)
  int64_t max_goroutines = 1'000'000;
  int64_t max_heap_bytes = 512LL << 20;
  int64_t max_output_bytes = 16LL << 20;
  int64_t max_stack_bytes = 256LL << 20;  // VM slots per goroutine (Go's own limit is 1 GB)
  // Trace events recorded (0: no limit). A live view keeps every event; a program that
  // runs forever would otherwise exhaust the page's memory.
  uint64_t max_trace_events = 0;
};

// Exit codes for runs stopped by a limit (distinct from Go's 0/1/2 and os.Exit codes users
// commonly pick).
enum LimitExit : int {
  kExitStepLimit = 124,
  kExitHeapLimit = 125,
  kExitGoroutineLimit = 126,
  kExitOutputLimit = 127,
  kExitTraceLimit = 128,
  kExitStopped = 130,
};

struct RunOptions {
  uint64_t seed = 1;
  RunLimits limits;
  std::vector<std::string> args;  // os.Args
  bool record = false;  // keep the decision list (for --record, replay tokens, share links)
  bool replay = false;
  std::vector<uint64_t> replay_choices;
  bool trace = false;         // record the event trace
  bool analyze = false;       // leak, blocked-forever and deadlock analysis (findings on stderr)
  bool race = false;          // data race detection (reports in Go's format; exit 66 at the end)
  int64_t slice_mean = 64;    // mean preemption points per time slice
  int procs = kDefaultProcs;  // GOMAXPROCS at the start (1..kMaxProcs)
};
constexpr int kMaxProcs = 256;

// Running: the budget was spent. WaitingForTime: every goroutine waits and the next timer is
// beyond the time horizon (the host paces virtual time). Finished: the program ended.
enum class RunState : uint8_t { Running, WaitingForTime, Finished };

class RaceDetector;

class Machine {
 public:
  Machine(const Program& prog, RunOptions opts);
  ~Machine();

  // Runs at most `budget` preemption points. Returns Finished once the program ended.
  RunState advance(uint64_t budget);
  // Virtual time never moves past `ns` since the start (default: no horizon); advance returns
  // WaitingForTime instead. A host pacing the run against the wall clock moves it forward.
  void set_time_horizon(int64_t ns) { horizon_ = ns; }
  // Where a run waiting for time goes on (since the start): the executing P's clock when it
  // reached the horizon, else the next timer; -1 when neither (no timer is set).
  int64_t next_timer_ns() const {
    if (current_) return now() - start_ns_;
    return timers_.empty() ? -1 : timers_.begin()->first.first - start_ns_;
  }
  // Cancels the run from another thread; the next preemption point stops it.
  void request_stop() { stop_requested_ = true; }

  int exit_code() const { return exit_code_; }
  bool finished() const { return finished_; }
  // Virtual time (ns since the epoch) of the executing P, or of the idle machine.
  int64_t now() const { return clock_ + int64_t(work_ - clock_work_) * kPsPerOp / 1000; }
  // GOMAXPROCS: the number of virtual processors; set_procs returns the previous one.
  int procs() const { return int(procs_.size()); }
  int set_procs(int n);
  const std::vector<uint64_t>& recorded_decisions() const { return decisions_.record(); }
  bool replay_diverged() const { return decisions_.diverged(); }

  Trace& trace() { return trace_; }
  // Findings of the analyses, one paragraph each (also on stderr when analysis is on).
  const std::vector<Finding>& findings() const { return findings_; }
  int leak_count() const { return leaks_; }
  void emit(Ev kind, int64_t g, int file, uint32_t pos, int64_t a = 0, int64_t b = 0, int64_t c = 0,
            std::string_view text = {});
  // The frame events and waits of g are attributed to (g has frames).
  const Frame& user_frame(const Goroutine& g) const;
  void emit_at(Ev kind, Goroutine* g, int64_t a = 0, int64_t b = 0, int64_t c = 0,
               std::string_view text = {});
  // Small stable ids for sync objects (keyed by address).
  int64_t object_id(const void* p);
  int64_t next_context_id() { return ++context_ids_; }
  void report(Finding f);
  // Analyses (analysis/*.cc).
  void check_blocked_forever();
  void report_leaks();
  // Where g waits and on what; `forever` adds why nothing can wake it.
  std::string explain_wait(const Goroutine& g, bool forever) const;
  std::unordered_map<const void*, std::pair<int64_t, std::pair<int, uint32_t>>>& lock_holders() {
    return lock_holders_;
  }
  int64_t start_time() const { return start_ns_; }
  const std::vector<std::unique_ptr<Goroutine>>& goroutines() const { return all_; }

  // Output sinks (stdout, stderr). Default: append to the internal buffers.
  std::function<void(int fd, std::string_view)> on_output;
  std::string take_stdout();
  std::string take_stderr();

  // ---- services for natives and the interpreter ----
  const Program& prog;
  DecisionSource& decisions() { return decisions_; }
  Slot* alloc_slots(int64_t n);  // zeroed; nullptr only after a fatal heap-limit exit
  // Counts bytes the run holds outside heap cells (panic records) against the heap limit;
  // false after the fatal heap-limit exit. A negative count gives bytes back.
  bool charge_heap(int64_t bytes);
  char* alloc_bytes(int64_t n);
  void make_string(std::string_view s, Slot* out);
  Closure* new_closure(FuncProto* fn, const Slot* caps, int n);
  Chan* new_chan(RType* elem, int64_t cap);
  void write(int fd, std::string_view s);
  // Output past the limit check (write, and the runtime's own final messages).
  void deliver(int fd, std::string_view s);
  // Parks g (Waiting) with a wait reason at the current instruction's position.
  void park(Goroutine& g, WaitReason r);
  void ready(Goroutine& g);  // Waiting -> Runnable
  Goroutine* current() { return current_; }
  int current_proc() const { return cur_p_; }
  bool goroutines_waiting_for_p() const { return !runq_.empty(); }
  const std::vector<std::string>& args() const { return opts_.args; }
  // The running goroutine gives up the processor (runtime.Gosched).
  void yield(Goroutine& g);
  // Starts a goroutine running closure fn with `args` (param slots), reserving result slots.
  Goroutine* spawn(Closure* fn, const Slot* args, int nargs, int result_slots, Goroutine* parent);
  // Panics in g with a run-time error of the given kind ("runtime error: " is added to
  // ErrorString and Bounds messages, as their Error methods do in Go).
  void runtime_panic(Goroutine& g, const std::string& msg,
                     RuntimeError kind = RuntimeError::ErrorString);
  // panic(msg) with a plain string value, as the standard library does.
  void string_panic(Goroutine& g, const std::string& msg);
  // Ends the program with a fatal error (Go's throw): message, goroutine dump, exit 2.
  void fatal(const std::string& msg, bool dump_all);
  void exit(int code);
  // Timers.
  int64_t add_timer(int64_t when, int64_t period, Goroutine* sleeper, Chan* ch, Closure* fn);
  bool stop_timer(int64_t id);
  bool reset_timer(int64_t id, int64_t when, int64_t period);
  int64_t goroutine_count() const { return live_goroutines_; }
  std::unordered_map<void*, std::deque<Goroutine*>>& sync_queues() { return sync_queues_; }
  // Channel operations (runtime/chan.cc). Return false when g blocked.
  bool chan_send(Goroutine& g, Chan* c, uint32_t val_off);
  bool chan_recv(Goroutine& g, Chan* c, uint32_t dst_off, int32_t ok_off);
  // Data race detection hooks (analysis/race_hooks.cc).
  bool racing() const { return race_ != nullptr; }
  bool clears_frames() const { return opts_.analyze; }
  void race_access(Goroutine& g, const Slot* addr, int n, bool write, const FuncProto* fn,
                   size_t pc);
  void race_release(Goroutine& g, const void* key);
  void race_acquire(Goroutine& g, const void* key);
  void race_report_pending(Goroutine& g);
  void race_chan_send(Goroutine& s, Chan* c);
  void race_chan_recv(Goroutine& r, Chan* c);
  void race_handoff(Goroutine& s, Goroutine& r, Chan* c);
  void race_chan_closed_recv(Goroutine& r, Chan* c);
  void race_chan_close(Goroutine& g, Chan* c);
  void trace_send(Goroutine& s, Chan* c);
  void trace_recv(Goroutine& r, Chan* c, bool closed);
  // Timer channels: deliver v if a receiver waits or the buffer has room; else drop it.
  void chan_send_nonblocking(Chan* c, const Slot* v);
  void chan_close(Goroutine& g, Chan* c);
  bool select(Goroutine& g, const SelectDesc& d, uint32_t base, int64_t* chosen);
  // Current source position of a frame (for tracebacks and wait sites).
  uint32_t frame_pos(const Frame& f, bool top) const;
  // Frames innermost first (compiler wrappers hidden), elided like Go's (TraceSnapshot),
  // then "created by".
  std::string traceback(const Goroutine& g) const;
  static std::string frame_call(const FuncProto* fn);  // "main.f(...)", "main.main()"
  TraceSnapshot snapshot_frames(const Goroutine& g) const;
  std::string format_traceback(const Goroutine& g, const TraceSnapshot& t) const;
  std::string goroutine_header(const Goroutine& g) const;
  // Panics (runtime/panic.cc).
  // fresh: the value was made for this panic (not an interface value passed through).
  void start_panic(Goroutine& g, const Slot* value, bool runtime_error, bool fresh = true);
  void abort_running_panic(Goroutine& g);
  // Ends the panics of g's chain from index `keep` on.
  void drop_panics(Goroutine& g, size_t keep);
  Flow unwind(Goroutine& g);
  Flow after_panic_defer(Goroutine& g);
  void recover(Goroutine& g, Slot* out);
  void goexit(Goroutine& g);  // runtime.Goexit
  // The fatal report's text of the oldest panic still without one; the report prints once
  // every panic of the chain has its text.
  Flow panic_text_computed(Goroutine& g, std::string_view text);
  void print_fatal_panic(Goroutine& g);
  void stack_overflow(Goroutine& g);
  int64_t stack_limit_slots() const { return opts_.limits.max_stack_bytes / int64_t(sizeof(Slot)); }
  // Values and types (vm/machine.cc).
  Slot* globals() { return globals_; }
  Closure* static_closure(FuncProto* fn);
  // The run-time type *elem, created on demand for reflection natives (no methods).
  RType* pointer_rtype(RType* elem);
  MapObj* new_map(RType* t);
  MapIter* new_map_iter(MapObj* m);
  bool map_next(MapIter* it, Slot* out);
  bool implements(const RType* t, const RType* iface) const;
  std::string assert_error(const RType* have, const RType* want, const RType* iface) const;
  // Conservative mark and sweep over heap cells; runs only at preemption points, where no
  // C++ frame holds heap pointers outside goroutine stacks.
  void collect();
  uint64_t collections() const { return collections_; }
  int64_t heap_bytes() const { return heap_bytes_; }
  // The address a program sees for p (%p, println, pointer order in fmt's sorted maps):
  // given in allocation order like Go's heap (0xc000...), the same in every run of a seed,
  // native and wasm, whatever the host allocator does. Rarely needed, so found by a scan.
  uint64_t address_of(const void* p) const;
  // A preemption point: counts a step; true when the running goroutine must stop now.
  bool preempt_point(uint64_t& budget);
  // A shared-memory access whose quantum ran out: true when another P executes first.
  bool switch_point();
  // Busy-waiting (vm/spin.cc). A change of state another goroutine could see: a store,
  // an allocation, a channel or scheduling operation, output, a native call.
  void changed() { epoch_++; }
  // A lock native wrote n slots at p: part of the running goroutine's busy-wait state.
  void spin_touch(const Slot* p, int n);
  // At a sampled loop back-edge of g (the loop's pc): true when every busy P repeats one
  // iteration without effect and the clock jumped to the next timer (g must stop now).
  bool spin_check(Goroutine& g, uint32_t pc);
  void goroutine_exit(Goroutine& g);

 private:
  friend struct Interp;
  Goroutine* pick_next();
  // Runs the scheduler until a P can execute (true), or the run waits for time or ended.
  bool schedule(RunState* why);
  void fill_idle_procs();
  void leave_proc(Goroutine& g);  // g stops running; its P becomes idle
  void resume_proc(int p);        // p becomes the executing P
  void wake_idle_proc();          // a goroutine became runnable: let an idle P take it soon
  void requeue(Goroutine& g);     // g leaves its P, runnable from now on, back on runq_
  // now() reads ns from here on (the work done so far costs nothing more).
  void set_clock(int64_t ns) {
    clock_ = ns;
    clock_work_ = work_;
  }
  void fire_timers(int64_t upto);
  void arm(Timer t, int64_t when);  // (re)insert t into the timer queue at when
  void wake_parked_ticker(Chan* c);
  int64_t next_timer_when() const {
    return timers_.empty() ? INT64_MAX : timers_.begin()->first.first;
  }
  uint64_t take_vaddr(int64_t bytes);  // the next heap address for an object of this size
  void deadlock();
  void finish(int code);
  void check_limits();

  RunOptions opts_;
  DecisionSource decisions_;
  std::vector<std::unique_ptr<Goroutine>> all_;
  std::vector<Goroutine*> runq_;
  Goroutine* current_ = nullptr;
  Goroutine* main_ = nullptr;
  int64_t next_gid_ = 1;
  int64_t live_goroutines_ = 0;
  // Virtual processors and the clock (vm/sched.cc).
  std::vector<Proc> procs_;
  int cur_p_ = -1;     // the P executing now (current_ is its goroutine), -1: none
  uint64_t work_ = 0;  // bytecode instructions executed so far (the cost model's unit)
  int64_t clock_;      // now() when work_ was clock_work_
  uint64_t clock_work_ = 0;
  int64_t switch_left_ = 0;       // switch points until the scheduler may pick another P
  int64_t switch_mean_ = 1;       // M of this run
  uint64_t epoch_ = 0;            // changes of state so far (changed())
  bool resched_ = false;          // the executing P stops at this point: the scheduler decides
  bool paused_for_time_ = false;  // the executing P reached the time horizon
  int64_t trace_time_ = 0;        // the latest event time (events stay in time order)
  int64_t wake_delay_ = 0;        // added to ready_at of goroutines woken now (timers)
  uint64_t timer_seq_ = 0;
  int64_t next_timer_id_ = 1;
  std::map<std::pair<int64_t, uint64_t>, Timer> timers_;
  std::unordered_map<int64_t, std::pair<int64_t, uint64_t>> timer_index_;
  std::unordered_map<int64_t, Timer> stopped_timers_;  // fired or stopped, for Reset
  std::unordered_map<void*, std::deque<Goroutine*>> sync_queues_;
  Slot* globals_ = nullptr;
  std::vector<Closure*> static_closures_;
  int64_t next_chan_id_ = 1;
  // Heap cells (runtime/gc.cc collects them; maps and channels live until the run ends).
  struct Cell {
    char* p;
    size_t bytes;
    uint64_t vaddr;  // its address as the program sees it (address_of)
  };
  std::vector<Cell> allocations_;
  std::unordered_map<std::string, Slot*> static_errors_;  // runtime_panic: GC roots
  uint64_t next_vaddr_ = 0xc000010000ULL;
  mutable std::unordered_map<const void*, uint64_t> other_addresses_;  // not heap cells
  int64_t next_gc_ = 8 << 20;
  uint64_t collections_ = 0;
  std::vector<std::unique_ptr<Chan>> chans_;
  std::vector<std::unique_ptr<MapObj>> maps_;
  std::vector<std::unique_ptr<MapIter>> iters_;
  std::unordered_map<RType*, std::unique_ptr<RType>> derived_pointers_;
  int64_t heap_bytes_ = 0;
  int64_t out_bytes_ = 0;
  uint64_t steps_ = 0;
  std::string stdout_, stderr_;
  bool finished_ = false;
  bool stop_requested_ = false;
  bool trace_full_ = false;  // max_trace_events reached: stop like request_stop
  bool main_goexited_ = false;
  Trace trace_;
  std::vector<Finding> findings_;
  int leaks_ = 0;
  int64_t start_ns_ = 0;
  int64_t horizon_ = INT64_MAX;  // virtual time limit since the start (set_time_horizon)
  std::unordered_map<const void*, int64_t> object_ids_;
  // Locked mutexes: address -> (holder goroutine, where it was locked).
  std::unordered_map<const void*, std::pair<int64_t, std::pair<int, uint32_t>>> lock_holders_;
  // When the blocked-forever check last ran (steps, clock): a host waking an idle run again
  // and again (pacing) must not repeat the reachability mark while nothing changed.
  uint64_t blocked_check_steps_ = UINT64_MAX;
  int64_t blocked_check_now_ = -1;
  std::unique_ptr<RaceDetector> race_;
  size_t races_reported_ = 0;
  std::set<std::pair<std::pair<int, int>, std::pair<int, int>>> race_lines_;  // reported pairs
  int64_t spawn_creator_ = 0;  // for goroutines started by timers
  int64_t context_ids_ = 0;
  int exit_code_ = 0;
};

}  // namespace gs
