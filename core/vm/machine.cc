// The Machine: allocation with limits, events and findings, goroutine creation and exit,
// values and types for the natives, tracebacks and the whole-program deadlock report.
// The scheduler and the clock are in vm/sched.cc, timers in vm/timers.cc.
#include "vm/machine.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "analysis/race.h"
#include "vm/interp.h"

namespace gs {

namespace {
// 2009-11-10 23:00:00 UTC, the Go playground's epoch, in nanoseconds.
constexpr int64_t kEpochNs = 1257894000LL * 1000000000LL;
Slot zerobase[1];  // the address of every zero-size allocation (non-nil, like Go's)
}  // namespace

Machine::Machine(const Program& p, RunOptions opts)
    : prog(p), opts_(std::move(opts)), decisions_(opts_.seed), clock_(kEpochNs) {
  decisions_.set_recording(opts_.record);
  if (opts_.replay) decisions_.replay(opts_.replay_choices);
  trace_.enabled = opts_.trace;
  start_ns_ = clock_;
  procs_.assign(size_t(std::clamp(opts_.procs, 1, kMaxProcs)), Proc{nullptr, clock_, 0});
  switch_mean_ = int64_t(1) << decisions_.choose(kSwitchMeanLevels);
  emit(Ev::Procs, 0, -1, 0, procs());
  if (opts_.race) race_ = std::make_unique<RaceDetector>();
  globals_ = alloc_slots(std::max(prog.global_slots, 1));
  if (globals_) allocations_.back().vaddr = 0x55e000;  // package variables: the data segment
  static_closures_.assign(prog.funcs.size(), nullptr);
  main_ = spawn(static_closure(prog.entry), nullptr, 0, 0, nullptr);
}

Machine::~Machine() {
  for (const Cell& c : allocations_) std::free(c.p);
}

std::string Machine::take_stdout() { return std::move(stdout_); }
std::string Machine::take_stderr() { return std::move(stderr_); }

void Machine::write(int fd, std::string_view s) {
  if (finished_) return;
  out_bytes_ += int64_t(s.size());
  if (out_bytes_ > opts_.limits.max_output_bytes) {
    std::string msg = "\ngoroscope: output limit of " +
                      std::to_string(opts_.limits.max_output_bytes) + " bytes exceeded\n";
    deliver(2, msg);
    finish(kExitOutputLimit);
    return;
  }
  deliver(fd, s);
}

void Machine::deliver(int fd, std::string_view s) {
  changed();
  if (trace_.enabled)
    emit(Ev::Output, current_ ? current_->id : 0, -1, 0, fd, 0, 0, std::string(s));
  if (on_output)
    on_output(fd, s);
  else
    (fd == 1 ? stdout_ : stderr_).append(s);
}

void Machine::emit(Ev kind, int64_t g, int file, uint32_t pos, int64_t a, int64_t b, int64_t c,
                   std::string_view text) {
  if (!trace_.enabled) return;
  Event e;
  // Ps run ahead of each other by up to kMaxSkewNs: the log stays in time order.
  trace_time_ = std::max(trace_time_, now() - start_ns_);
  e.time = trace_time_;
  e.g = int32_t(g);
  e.kind = kind;
  e.file = int16_t(file);
  e.pos = pos;
  e.a = a;
  e.b = b;
  e.c = int32_t(c);
  e.text = 0;
  trace_.add(e, text);
  if (trace_.events.size() == opts_.limits.max_trace_events) {
    trace_full_ = true;
    stop_requested_ = true;  // at the next preemption point
  }
}

const Frame& Machine::user_frame(const Goroutine& g) const {
  // The innermost frame of the user's code: events raised and waits inside the standard
  // library (a context made by errgroup, a Mutex.Lock inside sync.Once) point at the user's
  // call. Generated code of the user's file (wrappers) has no positions and is skipped.
  for (size_t i = g.frames.size(); i-- > 0;)
    if (g.frames[i].fn->file == 0 && frame_pos(g.frames[i], false) != 0) return g.frames[i];
  return g.frames.back();
}

void Machine::emit_at(Ev kind, Goroutine* g, int64_t a, int64_t b, int64_t c,
                      std::string_view text) {
  if (!trace_.enabled) return;
  int file = -1;
  uint32_t pos = 0;
  if (g && !g->frames.empty()) {
    const Frame& at = user_frame(*g);
    file = at.fn->file;
    pos = frame_pos(at, &at == &g->frames.back());
  }
  emit(kind, g ? g->id : 0, file, pos, a, b, c, text);
}

int64_t Machine::object_id(const void* p) {
  auto [it, fresh] = object_ids_.emplace(p, int64_t(object_ids_.size() + 1));
  return it->second;
}

void Machine::report(Finding f) {
  emit(Ev::Finding, f.g, f.wait_file, f.wait_pos, int64_t(f.kind), 0, 0, f.text);
  // Reports are the runtime's words, not the program's output: they do not count against
  // the output limit, and a program leaking 100000 goroutines gets the first 100 in full.
  constexpr size_t kPrinted = 100;
  if (opts_.analyze && findings_.size() < kPrinted) deliver(2, "goroscope: " + f.text + "\n");
  if (opts_.analyze && findings_.size() == kPrinted)
    deliver(2, "goroscope: further findings are not printed (the first " +
                   std::to_string(kPrinted) + " are)\n");
  findings_.push_back(std::move(f));
}

void Machine::finish(int code) {
  if (finished_) return;
  if (race_ && !race_lines_.empty()) {
    // Like Go built with -race: a summary, and exit status 66 for an otherwise clean exit.
    std::string msg = "Found " + std::to_string(race_lines_.size()) + " data race(s)\n";
    deliver(2, msg);
    if (code == 0) code = 66;
  }
  finished_ = true;
  exit_code_ = code;
  current_ = nullptr;
}

void Machine::exit(int code) {
  // os.Exit ends the program like main returning: goroutines still blocked are leaks.
  if (opts_.analyze && !finished_) report_leaks();
  finish(code);
}

bool Machine::charge_heap(int64_t bytes) {
  heap_bytes_ += bytes;
  if (heap_bytes_ <= opts_.limits.max_heap_bytes && bytes <= (int64_t(1) << 39)) return true;
  std::string msg = "fatal error: runtime: out of memory (goroscope heap limit of " +
                    std::to_string(opts_.limits.max_heap_bytes >> 20) + " MiB reached)\n";
  write(2, msg);
  finish(kExitHeapLimit);
  return false;
}

Slot* Machine::alloc_slots(int64_t n) {
  changed();
  work_ += kAllocCost + (n >= kLargeAllocSlots ? uint64_t(n) / 2 : 0);
  if (n <= 0) return zerobase;
  if (n > (int64_t(1) << 36) || !charge_heap(n * int64_t(sizeof(Slot)))) return nullptr;
  int64_t bytes = n * int64_t(sizeof(Slot));
  void* p = std::calloc(size_t(n), sizeof(Slot));
  if (!p) {
    write(2, "fatal error: runtime: out of memory\n");
    finish(kExitHeapLimit);
    return nullptr;
  }
  allocations_.push_back(Cell{static_cast<char*>(p), size_t(bytes), take_vaddr(bytes)});
  return static_cast<Slot*>(p);
}

uint64_t Machine::take_vaddr(int64_t bytes) {
  uint64_t v = next_vaddr_;
  next_vaddr_ += uint64_t(std::max<int64_t>(16, (bytes + 15) & ~int64_t(15)));
  return v;
}

uint64_t Machine::address_of(const void* p) const {
  if (!p) return 0;
  if (p == zerobase) return 0x5a7d40;  // like Go's runtime.zerobase, in the data segment
  auto* b = static_cast<const char*>(p);
  for (auto it = allocations_.rbegin(); it != allocations_.rend(); ++it)
    if (b >= it->p && b <= it->p + it->bytes) return it->vaddr + uint64_t(b - it->p);
  for (auto& c : chans_)
    if (c.get() == p) return c->vaddr;
  for (auto& mp : maps_)
    if (mp.get() == p) return mp->vaddr;
  auto [it, fresh] = other_addresses_.emplace(p, 0);
  if (fresh) it->second = 0x4b0000 + 0x20 * other_addresses_.size();  // code, types: "text"
  return it->second;
}

char* Machine::alloc_bytes(int64_t n) {
  Slot* s = alloc_slots((n + 7) / 8);
  return reinterpret_cast<char*>(s);
}

void Machine::make_string(std::string_view s, Slot* out) {
  char* p = s.empty() ? nullptr : alloc_bytes(int64_t(s.size()));
  if (p) std::memcpy(p, s.data(), s.size());
  out[0].p = p;
  out[1].i = p ? int64_t(s.size()) : 0;
}

Closure* Machine::new_closure(FuncProto* fn, const Slot* caps, int n) {
  Slot* mem = alloc_slots(2 + n);
  if (!mem) return nullptr;
  auto* c = reinterpret_cast<Closure*>(mem);
  c->fn = fn;
  c->ncap = uint32_t(n);
  if (n) std::memcpy(c->caps, caps, sizeof(Slot) * size_t(n));
  return c;
}

Closure* Machine::static_closure(FuncProto* fn) {
  Closure*& c = static_closures_[size_t(fn->index)];
  if (!c) c = new_closure(fn, nullptr, 0);
  return c;
}

RType* Machine::pointer_rtype(RType* elem) {
  // Prefer the compiled type (it has the method table) when the program has one.
  for (auto& t : prog.rtypes)
    if (t->kind == Kind::Pointer && t->elem == elem && !t->named) return t;
  auto& slot = derived_pointers_[elem];
  if (!slot) {
    slot = std::make_unique<RType>();
    slot->kind = Kind::Pointer;
    slot->elem = elem;
    slot->str = "*" + elem->str;
    slot->slots = 1;
    slot->go_size = 8;
    slot->has_pointers = true;
  }
  return slot.get();
}

Chan* Machine::new_chan(RType* elem, int64_t cap) {
  auto c = std::make_unique<Chan>();
  c->id = next_chan_id_++;
  c->elem = elem;
  c->width = elem->slots;
  c->cap = cap;
  if (current_ && !current_->frames.empty()) {
    c->file = current_->frames.back().fn->file;
    c->pos = frame_pos(current_->frames.back(), true);
  }
  c->vaddr = take_vaddr(96);  // Go's hchan is 96 bytes
  Chan* raw = c.get();
  chans_.push_back(std::move(c));
  if (trace_.enabled)
    emit(Ev::ChanMake, current_ ? current_->id : 0, raw->file, raw->pos, raw->id, cap, 0,
         elem->str);
  return raw;
}

MapObj* Machine::new_map(RType* t) {
  maps_.push_back(std::make_unique<MapObj>(t));
  maps_.back()->vaddr = take_vaddr(48);  // Go's map header
  return maps_.back().get();
}

MapIter* Machine::new_map_iter(MapObj* m) {
  changed();  // its order is a decision
  auto it = std::make_unique<MapIter>();
  it->m = m;
  if (m && m->len() > 0) {
    std::vector<size_t> order;
    for (size_t i = 0; i < m->entry_count(); i++)
      if (m->entry_alive(i)) order.push_back(i);
    // One decision seeds the permutation, so a range costs one recorded choice.
    uint64_t x = decisions_.choose(uint64_t(1) << 62) | 1;
    for (size_t i = order.size(); i > 1; i--) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      std::swap(order[i - 1], order[x % i]);
    }
    it->keys.reserve(order.size() * size_t(m->kw));
    for (size_t i : order) {
      const Slot* e = m->entry(i);
      it->keys.insert(it->keys.end(), e, e + m->kw);
    }
    it->n = order.size();
  }
  iters_.push_back(std::move(it));
  return iters_.back().get();
}

bool Machine::map_next(MapIter* it, Slot* out) {
  MapObj* m = it->m;
  while (it->pos < it->n) {
    const Slot* k = &it->keys[it->pos * size_t(m->kw)];
    it->pos++;
    bool ok = true;
    Slot* v = m->find(k, ok, nullptr);
    if (!v) continue;  // deleted during the iteration
    std::memcpy(out, k, sizeof(Slot) * size_t(m->kw));
    std::memcpy(out + m->kw, v, sizeof(Slot) * size_t(m->vw));
    return true;
  }
  // The iterator is finished; drop its snapshot now.
  std::vector<Slot>().swap(it->keys);
  return false;
}

bool Machine::implements(const RType* t, const RType* iface) const {
  for (int id : iface->iface_methods)
    if (!t->find_method(id)) return false;
  return true;
}

std::string Machine::assert_error(const RType* have, const RType* want, const RType* iface) const {
  std::string src = iface ? iface->str : "interface {}";
  // Go names the source "interface" when asserting to an interface type.
  if (!have)
    return "interface conversion: " +
           (want->kind == Kind::Interface ? std::string("interface") : src) + " is nil, not " +
           want->str;
  if (want->kind != Kind::Interface)  // two local types of one name: Go says so
    return "interface conversion: " + src + " is " + have->str + ", not " + want->str +
           (have->str == want->str ? " (types from different scopes)" : "");
  for (int id : want->iface_methods)
    if (!have->find_method(id))
      return "interface conversion: " + have->str + " is not " + want->str + ": missing method " +
             prog.method_name(id);
  return "interface conversion";
}

// Records one frame of the creator's stack (innermost first) for leak reports.
static void raw_creator_frame(Goroutine& g, const Frame& f) {
  if (f.fn->wrapper) return;
  size_t i = f.pc > 0 ? f.pc - 1 : 0;
  g.creator_stack.emplace_back(f.fn, i < f.fn->pos.size() ? f.fn->pos[i] : 0);
}

Goroutine* Machine::spawn(Closure* fn, const Slot* args, int nargs, int result_slots,
                          Goroutine* parent) {
  if (live_goroutines_ >= opts_.limits.max_goroutines) {
    write(2, "fatal error: goroscope: more than " + std::to_string(opts_.limits.max_goroutines) +
                 " goroutines alive at once (goroutine limit)\n");
    finish(kExitGoroutineLimit);
    return nullptr;
  }
  changed();
  work_ += kSpawnCost;
  auto g = std::make_unique<Goroutine>();
  g->id = next_gid_++;
  size_t need = size_t(result_slots + nargs + fn->fn->frame_slots + 8);
  g->stack.resize(std::max<size_t>(need, 16));
  if (nargs) std::memcpy(g->stack.data() + result_slots, args, sizeof(Slot) * size_t(nargs));
  g->frames.reserve(4);
  g->frames.push_back(Frame{fn->fn, 0, 0, fn, kNormalFrame});
  if (parent && !parent->frames.empty()) {
    g->parent = parent->id;
    const Frame& pf = parent->frames.back();
    g->created_by = pf.fn->name;
    g->create_file = pf.fn->file;
    g->create_pos = frame_pos(pf, true);
  }
  if ((opts_.analyze || opts_.race) && parent)
    for (size_t i = parent->frames.size(); i-- > 0;) raw_creator_frame(*g, parent->frames[i]);
  if (race_) race_->fork(parent ? parent->id : spawn_creator_, g->id);
  Goroutine* raw = g.get();
  all_.push_back(std::move(g));
  raw->ready_at = now() + wake_delay_;
  raw->home = current_ ? cur_p_ : -1;
  runq_.push_back(raw);
  live_goroutines_++;
  if (trace_.enabled)  // c: the function (its name is filled in by the exports)
    emit(Ev::GoCreate, parent ? parent->id : 0, raw->create_file, raw->create_pos, raw->id, 0,
         fn->fn->index);
  wake_idle_proc();
  return raw;
}

void Machine::goroutine_exit(Goroutine& g) {
  changed();
  if (trace_.enabled) emit(Ev::GoEnd, g.id, -1, 0);
  if (&g == main_ && !main_goexited_ && opts_.analyze) report_leaks();
  g.state = GState::Dead;
  live_goroutines_--;
  if (race_) race_->exit(g.id);
  std::vector<Slot>().swap(g.stack);
  std::vector<Frame>().swap(g.frames);
  leave_proc(g);
  // main returning ends the program; others are not waited for (unless main called Goexit).
  if (&g == main_ && !main_goexited_) finish(0);
}

void Machine::deadlock() {
  if (opts_.analyze) check_blocked_forever();
  if (main_goexited_ && live_goroutines_ == 0) {
    write(2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    finish(2);
    return;
  }
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
  for (auto& g : all_) {
    if (g->state == GState::Dead) continue;
    out += "\n" + goroutine_header(*g) + traceback(*g);
  }
  if (opts_.analyze) {
    // goroscope's explanation: what each goroutine waits for.
    out += "\ngoroscope: why:\n";
    for (auto& g : all_)
      if (g->state == GState::Waiting) out += "  " + explain_wait(*g, false) + "\n";
  }
  write(2, out);
  finish(2);
}

void Machine::fatal(const std::string& msg, bool dump_all) {
  std::string out = "fatal error: " + msg + "\n";
  for (auto& g : all_) {
    if (g->state == GState::Dead) continue;
    if (!dump_all && g.get() != current_) continue;
    out += "\n" + goroutine_header(*g) + traceback(*g);
  }
  write(2, out);
  finish(2);
}

uint32_t Machine::frame_pos(const Frame& f, bool top) const {
  // f.pc is the next instruction; the current one is pc-1 (the call, for callers).
  (void)top;
  if (f.fn->pos.empty()) return 0;
  size_t i = f.pc > 0 ? f.pc - 1 : 0;
  if (i >= f.fn->pos.size()) i = f.fn->pos.size() - 1;
  return f.fn->pos[i];
}

std::string Machine::goroutine_header(const Goroutine& g) const {
  std::string state = g.state == GState::Waiting    ? wait_reason_text(g.reason)
                      : g.state == GState::Runnable ? "runnable"
                                                    : "running";
  if (g.state == GState::Waiting) {
    int64_t mins = (now() - g.wait_since) / (60LL * 1000000000LL);
    if (mins >= 1) state += ", " + std::to_string(mins) + (mins == 1 ? " minute" : " minutes");
  }
  return "goroutine " + std::to_string(g.id) + " [" + state + "]:\n";
}

TraceSnapshot Machine::snapshot_frames(const Goroutine& g) const {
  TraceSnapshot t;
  size_t visible = 0;
  for (const Frame& f : g.frames) visible += !f.fn->wrapper;
  size_t limit = TraceSnapshot::kTraceInner + TraceSnapshot::kTraceOuter;
  t.elided = visible > limit ? visible - limit : 0;
  size_t seen = 0;
  for (size_t i = g.frames.size(); i-- > 0;) {
    const Frame& f = g.frames[i];
    if (f.fn->wrapper) continue;
    seen++;
    if (t.elided && seen > TraceSnapshot::kTraceInner &&
        seen <= TraceSnapshot::kTraceInner + t.elided) {
      // Jump over the elided middle: count the skipped frames down to the outer ones.
      continue;
    }
    t.frames.push_back({f.fn, frame_pos(f, i + 1 == g.frames.size())});
  }
  return t;
}

std::string Machine::format_traceback(const Goroutine& g, const TraceSnapshot& t) const {
  std::string out;
  for (size_t i = 0; i < t.frames.size(); i++) {
    if (t.elided && i == TraceSnapshot::kTraceInner)
      out += "..." + std::to_string(t.elided) + " frames elided...\n";
    const TraceFrame& f = t.frames[i];
    const SourceFile* sf =
        size_t(f.fn->file) < prog.files.size() ? prog.files[size_t(f.fn->file)] : nullptr;
    std::string where = sf ? sf->name() + ":" + std::to_string(sf->position(f.pos).line) : "?";
    out += frame_call(f.fn) + "\n\t" + where + "\n";
  }
  if (!g.created_by.empty()) {
    const SourceFile* sf =
        size_t(g.create_file) < prog.files.size() ? prog.files[size_t(g.create_file)] : nullptr;
    out += "created by " + g.created_by + " in goroutine " + std::to_string(g.parent) + "\n\t" +
           (sf ? sf->name() + ":" + std::to_string(sf->position(g.create_pos).line) : "?") + "\n";
  }
  return out;
}

std::string Machine::frame_call(const FuncProto* fn) {
  // Go prints argument words in hex, which a VM cannot reproduce; it writes "(...)" for
  // inlined frames, and "()" when there are no arguments, as here.
  return fn->name + (fn->param_slots ? "(...)" : "()");
}

std::string Machine::traceback(const Goroutine& g) const {
  return format_traceback(g, snapshot_frames(g));
}

const char* wait_reason_text(WaitReason r) {
  switch (r) {
#define GS_WAIT_TEXT(name, text) \
  case WaitReason::name:         \
    return text;
    GS_WAIT_REASONS(GS_WAIT_TEXT)
#undef GS_WAIT_TEXT
  }
  return "?";
}

}  // namespace gs
