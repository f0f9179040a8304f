// The interpreter loop: one switch over the typed bytecode. Go calls push frames on the
// goroutine object (never the C++ stack); blocking operations park the goroutine and return
// to the scheduler.
#include "vm/interp.h"

#include <cmath>
#include <cstring>

#include "runtime/map.h"
#include "runtime/print.h"
#include "runtime/strings.h"
#include "vm/growslice.h"

namespace gs {

#define GS_SAVE() (f->pc = uint32_t(pc - code))
#define GS_RELOAD()                \
  do {                             \
    f = &g.frames.back();          \
    code = f->fn->code.data();     \
    pc = code + f->pc;             \
    fp = g.stack.data() + f->base; \
    k = m.prog.consts.data();      \
  } while (0)
// Leaves the loop after a runtime panic was started (or the program ended).
#define GS_PANIC_AS(msg, kind)                           \
  do {                                                   \
    GS_SAVE();                                           \
    m.runtime_panic(g, (msg), RuntimeError::kind);       \
    if (m.finished()) return Flow::Exit;                 \
    if (g.state != GState::Running) return Flow::Switch; \
    GS_RELOAD();                                         \
    goto next;                                           \
  } while (0)
// Runtime errors ("runtime error: ..." texts) and plain runtime panics (Go prints
// "assignment to entry in nil map", "send on closed channel" without the prefix).
#define GS_PANIC(msg) GS_PANIC_AS(msg, ErrorString)
#define GS_PANIC_BOUNDS(msg) GS_PANIC_AS(msg, Bounds)
#define GS_PANIC_PLAIN(msg) GS_PANIC_AS(msg, Plain)
#define GS_FLOW(expr)                             \
  do {                                            \
    Flow fl_ = (expr);                            \
    if (fl_ == Flow::Exit) return Flow::Exit;     \
    if (fl_ == Flow::Switch) return Flow::Switch; \
    GS_RELOAD();                                  \
  } while (0)
#define GS_PREEMPT()                                   \
  do {                                                 \
    if (m.preempt_point(budget)) {                     \
      GS_SAVE();                                       \
      return m.finished() ? Flow::Exit : Flow::Switch; \
    }                                                  \
  } while (0)

// append writes the new elements into the backing array it shares with other slices when
// they fit (two goroutines appending to one slice race there); otherwise it reads the old
// elements to copy them into a new array.
static void race_append(Machine& m, Goroutine& g, const FuncProto* fn, size_t pc, const Slot* s,
                        int64_t n, int w) {
  if (n <= 0 || w <= 0 || !s[0].p) return;
  const Slot* data = static_cast<const Slot*>(s[0].p);
  int64_t len = s[1].i, cap = s[2].i;
  if (len + n <= cap)
    m.race_access(g, data + len * w, int(n * w), true, fn, pc);
  else if (len > 0)
    m.race_access(g, data, int(len * w), false, fn, pc);
}

Flow Interp::run(Machine& m, Goroutine& g, uint64_t& budget) {
  Frame* f;
  const Instr* code;
  const Instr* pc;
  Slot* fp;
  const Slot* k;
  const Program& prog = m.prog;
  const bool race = m.racing();
#define GS_RACE(addr, n, write) \
  if (race) m.race_access(g, (addr), (n), (write), f->fn, size_t(pc - code - 1))
// A switch point: before an access another goroutine could observe, another P may execute
// (the decision source says when). The instruction runs again when g resumes.
#define GS_SWITCH()                                                         \
  do {                                                                      \
    if (--m.switch_left_ < 0 && f->fn->switch_points && m.switch_point()) { \
      f->pc = uint32_t(pc - 1 - code);                                      \
      return Flow::Switch;                                                  \
    }                                                                       \
  } while (0)
// A switch point before a write: the write is a change of state (busy-wait detection).
#define GS_SWITCH_WRITE() \
  GS_SWITCH();            \
  m.changed()
  GS_RELOAD();
  if (g.wake_closed_send) {
    g.wake_closed_send = false;
    GS_PANIC_PLAIN(std::string("send on closed channel"));
  }
next:
  for (;;) {
    const Instr in = *pc++;
    m.work_++;  // the cost model: every instruction takes kPsPerOp of the P's time
    switch (in.op) {
      case Op::Nop:
        break;
      case Op::Mov:
        fp[in.a] = fp[in.b];
        break;
      case Op::MovN:
        std::memmove(fp + in.a, fp + in.b, sizeof(Slot) * in.n);
        break;
      case Op::Zero:
        std::memset(fp + in.a, 0, sizeof(Slot) * in.n);
        break;
      case Op::LoadI:
        fp[in.a].u = (uint64_t(uint32_t(in.b)) << 32) | uint32_t(in.c);
        break;
      case Op::LoadK:
        std::memcpy(fp + in.a, k + in.b, sizeof(Slot) * in.n);
        break;
      case Op::GLoad:
        GS_SWITCH();
        GS_RACE(m.globals() + in.b, in.n, false);
        std::memcpy(fp + in.a, m.globals() + in.b, sizeof(Slot) * in.n);
        break;
      case Op::GStore:
        GS_SWITCH_WRITE();
        GS_RACE(m.globals() + in.a, in.n, true);
        std::memcpy(m.globals() + in.a, fp + in.b, sizeof(Slot) * in.n);
        break;
      case Op::GAddr:
        fp[in.a].p = m.globals() + in.b;
        break;
      case Op::Load: {
        GS_SWITCH();
        Slot* p = static_cast<Slot*>(fp[in.b].p);
        if (!p) GS_PANIC(kNilDeref);
        GS_RACE(p + in.c, in.n, false);
        std::memcpy(fp + in.a, p + in.c, sizeof(Slot) * in.n);
        break;
      }
      case Op::Store: {
        GS_SWITCH_WRITE();
        Slot* p = static_cast<Slot*>(fp[in.a].p);
        if (!p) GS_PANIC(kNilDeref);
        GS_RACE(p + in.b, in.n, true);
        std::memmove(p + in.b, fp + in.c, sizeof(Slot) * in.n);
        break;
      }
      case Op::PtrAdd: {
        Slot* p = static_cast<Slot*>(fp[in.b].p);
        if (!p) GS_PANIC(kNilDeref);
        fp[in.a].p = p + in.c;
        break;
      }
      case Op::NilChk:
        if (!fp[in.a].p) GS_PANIC(kNilDeref);
        break;
      case Op::NilWrap:
        if (!fp[in.a].p) GS_PANIC_PLAIN(std::string(slot_string(k + in.b)));
        break;
      case Op::RangeState:
        if (fp[in.a].i < 0) GS_PANIC("range function continued iteration after whole loop exit");
        if (fp[in.a].i > 0)
          GS_PANIC(
              "range function continued iteration after function for loop body returned false");
        break;
      case Op::New: {
        Slot* p = m.alloc_slots(in.b);
        if (!p) return Flow::Exit;
        fp[in.a].p = p;
        break;
      }
      case Op::Box: {
        Slot* p = m.alloc_slots(in.n);
        if (!p) return Flow::Exit;
        std::memcpy(p, fp + in.b, sizeof(Slot) * in.n);
        fp[in.a].p = p;
        break;
      }
      case Op::Add:
        fp[in.a].u = fp[in.b].u + fp[in.c].u;
        break;
      case Op::Sub:
        fp[in.a].u = fp[in.b].u - fp[in.c].u;
        break;
      case Op::Mul:
        fp[in.a].u = fp[in.b].u * fp[in.c].u;
        break;
      case Op::Div: {
        int64_t y = fp[in.c].i;
        if (y == 0) GS_PANIC(kDivideByZero);
        int64_t x = fp[in.b].i;
        fp[in.a].i = (y == -1) ? int64_t(0 - uint64_t(x)) : x / y;
        break;
      }
      case Op::Rem: {
        int64_t y = fp[in.c].i;
        if (y == 0) GS_PANIC(kDivideByZero);
        fp[in.a].i = (y == -1) ? 0 : fp[in.b].i % y;
        break;
      }
      case Op::DivU: {
        uint64_t y = fp[in.c].u;
        if (y == 0) GS_PANIC(kDivideByZero);
        fp[in.a].u = fp[in.b].u / y;
        break;
      }
      case Op::RemU: {
        uint64_t y = fp[in.c].u;
        if (y == 0) GS_PANIC(kDivideByZero);
        fp[in.a].u = fp[in.b].u % y;
        break;
      }
      case Op::And:
        fp[in.a].u = fp[in.b].u & fp[in.c].u;
        break;
      case Op::Or:
        fp[in.a].u = fp[in.b].u | fp[in.c].u;
        break;
      case Op::Xor:
        fp[in.a].u = fp[in.b].u ^ fp[in.c].u;
        break;
      case Op::AndNot:
        fp[in.a].u = fp[in.b].u & ~fp[in.c].u;
        break;
      case Op::Shl:
      case Op::Shr:
      case Op::ShrU: {
        if (in.n && fp[in.c].i < 0) GS_PANIC(std::string("negative shift amount"));
        uint64_t s = fp[in.c].u;
        if (in.op == Op::Shl)
          fp[in.a].u = s >= 64 ? 0 : fp[in.b].u << s;
        else if (in.op == Op::Shr)
          fp[in.a].i = fp[in.b].i >> (s >= 64 ? 63 : s);
        else
          fp[in.a].u = s >= 64 ? 0 : fp[in.b].u >> s;
        break;
      }
      case Op::Neg:
        fp[in.a].u = 0 - fp[in.b].u;
        break;
      case Op::Compl:
        fp[in.a].u = ~fp[in.b].u;
        break;
      case Op::Not:
        fp[in.a].u = fp[in.b].u ? 0 : 1;
        break;
      case Op::AddI:
        fp[in.a].u = fp[in.b].u + uint64_t(int64_t(in.c));
        break;
      case Op::SExt: {
        int sh = 64 - in.c;
        fp[in.a].i = int64_t(fp[in.b].u << sh) >> sh;
        break;
      }
      case Op::ZExt:
        fp[in.a].u = fp[in.b].u & ((uint64_t(1) << in.c) - 1);
        break;
      case Op::FAdd:
        fp[in.a].f = fp[in.b].f + fp[in.c].f;
        break;
      case Op::FSub:
        fp[in.a].f = fp[in.b].f - fp[in.c].f;
        break;
      case Op::FMul:
        fp[in.a].f = fp[in.b].f * fp[in.c].f;
        break;
      case Op::FDiv:
        fp[in.a].f = fp[in.b].f / fp[in.c].f;
        break;
      case Op::FNeg:
        fp[in.a].f = -fp[in.b].f;
        break;
      case Op::FMin:
      case Op::FMax: {
        double x = fp[in.b].f, y = fp[in.c].f;
        bool min = in.op == Op::FMin;
        double r;
        if (std::isnan(x) || std::isnan(y))
          r = std::isnan(x) ? x : y;
        else if (x == y)  // ±0: the sign decides
          r = min == std::signbit(x) ? x : y;
        else
          r = (x < y) == min ? x : y;
        fp[in.a].f = r;
        break;
      }
      case Op::F32:
        fp[in.a].f = double(float(fp[in.b].f));
        break;
      case Op::I2F:
        fp[in.a].f = double(fp[in.b].i);
        break;
      case Op::U2F:
        fp[in.a].f = double(fp[in.b].u);
        break;
      case Op::F2I: {
        double d = fp[in.b].f;
        // Out-of-range conversions are implementation-defined in Go; amd64 gives MinInt64.
        fp[in.a].i = (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18)
                         ? INT64_MIN
                         : int64_t(d);
        break;
      }
      case Op::F2U: {
        double d = fp[in.b].f;
        if (std::isnan(d) || d < 0)
          fp[in.a].u =
              d < 0 && d > -9.2233720368547758e18 ? uint64_t(int64_t(d)) : 0x8000000000000000ULL;
        else if (d >= 1.8446744073709552e19)
          fp[in.a].u = 0x8000000000000000ULL;
        else
          fp[in.a].u = uint64_t(d);
        break;
      }
      case Op::Eq:
        fp[in.a].u = fp[in.b].u == fp[in.c].u;
        break;
      case Op::Ne:
        fp[in.a].u = fp[in.b].u != fp[in.c].u;
        break;
      case Op::Lt:
        fp[in.a].u = fp[in.b].i < fp[in.c].i;
        break;
      case Op::Le:
        fp[in.a].u = fp[in.b].i <= fp[in.c].i;
        break;
      case Op::LtU:
        fp[in.a].u = fp[in.b].u < fp[in.c].u;
        break;
      case Op::LeU:
        fp[in.a].u = fp[in.b].u <= fp[in.c].u;
        break;
      case Op::FEq:
        fp[in.a].u = fp[in.b].f == fp[in.c].f;
        break;
      case Op::FNe:
        fp[in.a].u = fp[in.b].f != fp[in.c].f;
        break;
      case Op::FLt:
        fp[in.a].u = fp[in.b].f < fp[in.c].f;
        break;
      case Op::FLe:
        fp[in.a].u = fp[in.b].f <= fp[in.c].f;
        break;
      case Op::SEq:
        fp[in.a].u = slot_string(fp + in.b) == slot_string(fp + in.c);
        break;
      case Op::SLt:
        fp[in.a].u = slot_string(fp + in.b) < slot_string(fp + in.c);
        break;
      case Op::SLe:
        fp[in.a].u = slot_string(fp + in.b) <= slot_string(fp + in.c);
        break;
      case Op::EqT: {
        bool ok = true;
        const RType* bad = nullptr;
        bool eq = equal_values(prog.rtypes[in.n], fp + in.b, fp + in.c, ok, &bad);
        if (!ok) GS_PANIC("comparing uncomparable type " + bad->str);
        fp[in.a].u = eq;
        break;
      }
      case Op::Concat: {
        if (!string_concat(m, fp + in.b, fp + in.c, fp + in.a)) return Flow::Exit;
        break;
      }
      case Op::ConcatN: {
        if (!string_concat_n(m, fp + in.b, in.n, fp + in.a)) return Flow::Exit;
        break;
      }
      case Op::StrIndex: {
        int64_t i = fp[in.c].i, n = fp[in.b + 1].i;
        if (uint64_t(i) >= uint64_t(n)) GS_PANIC_BOUNDS(index_error(i, n));
        fp[in.a].u = uint8_t(static_cast<const char*>(fp[in.b].p)[i]);
        break;
      }
      case Op::StrSlice: {
        int64_t n = fp[in.b + 1].i;
        int64_t lo = (in.n & 1) ? fp[in.c].i : 0;
        int64_t hi = (in.n & 2) ? fp[in.c + 1].i : n;
        if (hi < 0 || hi > n || lo < 0 || lo > hi)
          GS_PANIC_BOUNDS(slice_error(lo, hi, 0, n, 8));  // 8: a string reports its length
        fp[in.a].p = static_cast<char*>(fp[in.b].p) + lo;
        fp[in.a + 1].i = hi - lo;
        break;
      }
      case Op::StrNext: {
        std::string_view s = slot_string(fp + in.b);
        int width = 1;
        fp[in.a].i = decode_rune(s, size_t(fp[in.c].i), width);
        fp[in.a + 1].i = width;
        break;
      }
      case Op::RuneToStr:
        if (!rune_to_string(m, fp[in.b].i, fp + in.a)) return Flow::Exit;
        break;
      case Op::BytesToStr:
        if (!bytes_to_string(m, fp + in.b, fp + in.a)) return Flow::Exit;
        break;
      case Op::StrToBytes:
        if (!string_to_bytes(m, fp + in.b, fp + in.a)) return Flow::Exit;
        break;
      case Op::RunesToStr:
        if (!runes_to_string(m, fp + in.b, fp + in.a)) return Flow::Exit;
        break;
      case Op::StrToRunes:
        if (!string_to_runes(m, fp + in.b, fp + in.a)) return Flow::Exit;
        break;
      case Op::MakeSlice: {
        const RType* et = prog.rtypes[in.n];
        int64_t len = fp[in.b].i, cap = fp[in.c].i;
        if (len < 0 || (et->go_size > 0 && len > (int64_t(1) << 40) / et->go_size))
          GS_PANIC(std::string("makeslice: len out of range"));
        if (cap < len || (et->go_size > 0 && cap > (int64_t(1) << 40) / et->go_size))
          GS_PANIC(std::string("makeslice: cap out of range"));
        Slot* p = m.alloc_slots(cap * et->slots);
        if (!p) return Flow::Exit;
        fp[in.a].p = p;
        fp[in.a + 1].i = len;
        fp[in.a + 2].i = cap;
        break;
      }
      case Op::Bounds: {
        int64_t i = fp[in.a].i, n = fp[in.b].i;
        if (uint64_t(i) >= uint64_t(n)) GS_PANIC_BOUNDS(index_error(i, n));
        break;
      }
      case Op::ElemAddr:
        fp[in.a].p = static_cast<Slot*>(fp[in.b].p) + fp[in.c].i * in.n;
        break;
      case Op::Slice: {
        const RType* et = prog.rtypes[in.n];
        Slot* s = fp + in.b;
        Slot* args = fp + in.c;
        int flags = int(args[3].i);  // see slice_error
        int64_t cap = s[2].i;
        int64_t lo = (flags & 1) ? args[0].i : 0;
        int64_t hi = (flags & 2) ? args[1].i : s[1].i;
        int64_t max = (flags & 4) ? args[2].i : cap;
        std::string err = slice_error(lo, hi, max, cap, flags);
        if (!err.empty()) GS_PANIC_BOUNDS(err);
        Slot* data = static_cast<Slot*>(s[0].p);
        fp[in.a].p =
            (data && max > lo) ? data + lo * et->slots : (data ? data + lo * et->slots : nullptr);
        fp[in.a + 1].i = hi - lo;
        fp[in.a + 2].i = max - lo;
        break;
      }
      case Op::Append:
        GS_SWITCH_WRITE();
        if (!append_len_ok(fp[in.b + 1].i, fp[in.c].i, prog.rtypes[in.n]->go_size))
          GS_PANIC(std::string("growslice: len out of range"));
        if (race)
          race_append(m, g, f->fn, size_t(pc - code - 1), fp + in.b, fp[in.c].i,
                      prog.rtypes[in.n]->slots);
        if (!slice_append(m, prog.rtypes[in.n], fp + in.b, fp + in.c + 1, fp[in.c].i, fp + in.a))
          return Flow::Exit;
        break;
      case Op::StackStore: {
        const RType* et = prog.rtypes[in.n];
        Slot* s = fp + in.b;
        int64_t k = fp[in.c].i, store_cap = et->go_size ? kStackStoreBytes / et->go_size : 0;
        if (fp[in.a].i == 0 && s[1].i == 0 && s[2].i < k && k <= store_cap) {
          Slot* p = m.alloc_slots(store_cap * et->slots);
          if (!p) return Flow::Exit;
          s[0].p = p;
          s[2].i = store_cap;
          fp[in.a].i = 1;
        }
        break;
      }
      case Op::AppendSlice: {
        GS_SWITCH_WRITE();
        Slot* src = fp + in.c;
        if (!append_len_ok(fp[in.b + 1].i, src[1].i, prog.rtypes[in.n]->go_size))
          GS_PANIC(std::string("growslice: len out of range"));
        if (race && src[1].i > 0) {
          int w = prog.rtypes[in.n]->slots;
          GS_RACE(static_cast<const Slot*>(src[0].p), int(src[1].i * w), false);
          race_append(m, g, f->fn, size_t(pc - code - 1), fp + in.b, src[1].i, w);
        }
        if (!slice_append(m, prog.rtypes[in.n], fp + in.b, static_cast<Slot*>(src[0].p), src[1].i,
                          fp + in.a))
          return Flow::Exit;
        break;
      }
      case Op::AppendStr:
        GS_SWITCH_WRITE();
        if (!append_string(m, fp + in.b, fp + in.c, fp + in.a)) return Flow::Exit;
        break;
      case Op::Copy: {
        GS_SWITCH_WRITE();
        int64_t n = std::min(fp[in.b + 1].i, fp[in.c + 1].i);
        if (n > 0 && in.n > 0) {
          GS_RACE(static_cast<const Slot*>(fp[in.c].p), int(n * in.n), false);
          GS_RACE(static_cast<const Slot*>(fp[in.b].p), int(n * in.n), true);
        }
        if (n > 0 && in.n > 0)
          std::memmove(fp[in.b].p, fp[in.c].p, sizeof(Slot) * size_t(n) * in.n);
        fp[in.a].i = n;
        break;
      }
      case Op::CopyStr: {
        GS_SWITCH_WRITE();
        int64_t n = std::min(fp[in.b + 1].i, fp[in.c + 1].i);
        Slot* d = static_cast<Slot*>(fp[in.b].p);
        const char* s = static_cast<const char*>(fp[in.c].p);
        for (int64_t i = 0; i < n; i++) d[i].u = uint8_t(s[i]);
        fp[in.a].i = n;
        break;
      }
      case Op::ClearSlice:
        GS_SWITCH_WRITE();
        if (fp[in.a + 1].i > 0 && in.n)
          std::memset(fp[in.a].p, 0, sizeof(Slot) * size_t(fp[in.a + 1].i) * in.n);
        break;
      case Op::SliceToArray: {
        int64_t len = fp[in.b + 1].i;
        if (len < in.c)
          GS_PANIC_BOUNDS("cannot convert slice with length " + std::to_string(len) +
                          " to array or pointer to array with length " + std::to_string(in.c));
        // A nil slice converts to a nil pointer only when the array is empty.
        fp[in.a].p = fp[in.b].p;
        break;
      }
      case Op::MakeMap: {
        fp[in.a].p = m.new_map(prog.rtypes[in.b]);
        break;
      }
      case Op::MapGet: {
        GS_SWITCH();
        m.work_ += kMapOpCost;
        // n = value width << 1 | comma-ok flag (the width is needed for nil maps).
        auto* mp = static_cast<MapObj*>(fp[in.b].p);
        bool ok = true;
        const RType* bad = nullptr;
        if (mp) GS_RACE(reinterpret_cast<const Slot*>(mp), 1, false);  // a map is one variable
        Slot* v = mp ? mp->find(fp + in.c, ok, &bad) : nullptr;
        if (!ok) GS_PANIC("hash of unhashable type " + bad->str);
        int vw = in.n >> 1;
        if (v)
          std::memcpy(fp + in.a, v, sizeof(Slot) * size_t(vw));
        else
          std::memset(fp + in.a, 0, sizeof(Slot) * size_t(vw));
        if (in.n & 1) fp[in.a + vw].u = v != nullptr;
        break;
      }
      case Op::MapSet: {
        GS_SWITCH_WRITE();
        m.work_ += kMapOpCost;
        auto* mp = static_cast<MapObj*>(fp[in.a].p);
        if (!mp) GS_PANIC_PLAIN("assignment to entry in nil map");
        GS_RACE(reinterpret_cast<const Slot*>(mp), 1, true);
        bool ok = true;
        const RType* bad = nullptr;
        Slot* v = mp->insert(fp + in.b, ok, &bad);
        if (!ok) GS_PANIC("hash of unhashable type " + bad->str);
        std::memcpy(v, fp + in.c, sizeof(Slot) * size_t(mp->vw));
        break;
      }
      case Op::MapDelete: {
        GS_SWITCH_WRITE();
        m.work_ += kMapOpCost;
        auto* mp = static_cast<MapObj*>(fp[in.a].p);
        if (!mp) break;
        GS_RACE(reinterpret_cast<const Slot*>(mp), 1, true);
        bool ok = true;
        const RType* bad = nullptr;
        mp->erase(fp + in.b, ok, &bad);
        if (!ok) GS_PANIC("hash of unhashable type " + bad->str);
        break;
      }
      case Op::MapLen: {  // not an access for the race detector: Go's does not see len(m)
        auto* mp = static_cast<MapObj*>(fp[in.b].p);
        fp[in.a].i = mp ? mp->len() : 0;
        break;
      }
      case Op::MapClear:
        GS_SWITCH_WRITE();
        if (auto* mp = static_cast<MapObj*>(fp[in.a].p)) {
          GS_RACE(reinterpret_cast<const Slot*>(mp), 1, true);
          mp->clear();
        }
        break;
      case Op::MapIter:
        GS_SWITCH();
        if (fp[in.b].p) GS_RACE(static_cast<const Slot*>(fp[in.b].p), 1, false);
        fp[in.a].p = m.new_map_iter(static_cast<MapObj*>(fp[in.b].p));
        break;
      case Op::MapNext:
        fp[in.c].u = m.map_next(static_cast<MapIter*>(fp[in.b].p), fp + in.a);
        break;
      case Op::MakeChan: {
        int64_t size = fp[in.c].i;
        if (size < 0 || size > (int64_t(1) << 32))
          GS_PANIC_PLAIN(std::string("makechan: size out of range"));
        fp[in.a].p = m.new_chan(prog.rtypes[in.b]->elem, size);
        break;
      }
      case Op::Send: {
        GS_SAVE();
        auto* c = static_cast<Chan*>(fp[in.a].p);
        if (c && c->closed) GS_PANIC_PLAIN("send on closed channel");
        if (!m.chan_send(g, c, f->base + uint32_t(in.b)))
          return m.finished() ? Flow::Exit : Flow::Switch;
        break;
      }
      case Op::Recv: {
        GS_SAVE();
        auto* c = static_cast<Chan*>(fp[in.b].p);
        int32_t ok_off = -1;
        if (in.n) ok_off = int32_t(f->base) + in.a + (c ? c->width : 0);  // nil: blocks forever
        if (!m.chan_recv(g, c, f->base + uint32_t(in.a), ok_off))
          return m.finished() ? Flow::Exit : Flow::Switch;
        break;
      }
      case Op::Close: {
        auto* c = static_cast<Chan*>(fp[in.a].p);
        if (!c) GS_PANIC_PLAIN("close of nil channel");
        if (c->closed) GS_PANIC_PLAIN("close of closed channel");
        GS_SAVE();
        m.chan_close(g, c);
        break;
      }
      case Op::ChanLen: {  // a timer's channel looks unbuffered (Go 1.23+)
        auto* c = static_cast<Chan*>(fp[in.b].p);
        fp[in.a].i = c && !c->timer ? c->count : 0;
        break;
      }
      case Op::ChanCap: {
        auto* c = static_cast<Chan*>(fp[in.b].p);
        fp[in.a].i = c && !c->timer ? c->cap : 0;
        break;
      }
      case Op::Select: {
        GS_SAVE();
        int64_t chosen = -1;
        const SelectDesc& d = prog.selects[in.b];
        m.work_ += kChanOpCost;  // locking every channel of the select
        if (!m.select(g, d, f->base, &chosen)) {
          g.select_result = f->base + uint32_t(in.a);
          return m.finished() ? Flow::Exit : Flow::Switch;
        }
        if (m.finished()) return Flow::Exit;
        if (g.state != GState::Running) return Flow::Switch;
        GS_RELOAD();
        if (chosen != -2) fp[in.a].i = chosen;  // -2: the select panicked
        break;
      }
      case Op::Call: {
        FuncProto* fn = prog.funcs[in.a];
        uint32_t nb = f->base + uint32_t(in.b);
        GS_SAVE();
        if (fn->native) {
          GS_FLOW(call_native(m, g, fn, nb));
          break;
        }
        if (!push_frame(m, g, fn, nb, nullptr, kNormalFrame)) return Flow::Exit;
        GS_RELOAD();
        GS_PREEMPT();
        break;
      }
      case Op::CallC: {
        auto* c = static_cast<Closure*>(fp[in.a].p);
        if (!c) GS_PANIC(kNilDeref);
        uint32_t nb = f->base + uint32_t(in.b);
        GS_SAVE();
        if (!push_frame(m, g, c->fn, nb, c, kNormalFrame)) return Flow::Exit;
        GS_RELOAD();
        GS_PREEMPT();
        break;
      }
      case Op::CallI: {
        auto* t = static_cast<const RType*>(fp[in.a].p);
        if (!t) GS_PANIC(kNilDeref);
        FuncProto* fn = t->find_method(in.b);
        uint32_t nb = f->base + uint32_t(in.c);
        int R = fn->result_slots;
        g.stack[nb + R] = fp[in.a + 1];
        GS_SAVE();
        if (!push_frame(m, g, fn, nb, nullptr, kNormalFrame)) return Flow::Exit;
        GS_RELOAD();
        GS_PREEMPT();
        break;
      }
      case Op::Ret:
        GS_SAVE();
        GS_FLOW(do_return(m, g));
        break;
      case Op::Closure: {
        FuncProto* fn = prog.funcs[in.b];
        Closure* c = in.n == 0 ? m.static_closure(fn) : m.new_closure(fn, fp + in.c, in.n);
        if (!c) return Flow::Exit;
        fp[in.a].p = c;
        break;
      }
      case Op::GetCap:
        std::memcpy(fp + in.a, f->closure->caps + in.b, sizeof(Slot) * in.n);
        break;
      case Op::Go: {
        auto* c = static_cast<Closure*>(fp[in.a].p);
        GS_SAVE();
        if (!c) {
          m.fatal("go of nil func value", false);
          return Flow::Exit;
        }
        if (!m.spawn(c, fp + in.b, in.n, in.c, &g)) return Flow::Exit;
        GS_RELOAD();
        break;
      }
      case Op::Defer: {
        auto* c = static_cast<Closure*>(fp[in.a].p);  // nil panics when it is called
        g.defers.push_back(
            DeferRec{c, std::vector<Slot>(fp + in.b, fp + in.b + in.n), in.c, g.frames.size()});
        break;
      }
      case Op::Panic: {
        GS_SAVE();
        if (!fp[in.a].p) {
          // Go 1.21: panic(nil) becomes a *runtime.PanicNilError.
          m.runtime_panic(g, "", RuntimeError::PanicNil);
        } else {
          m.start_panic(g, fp + in.a, false, in.n != 0);
        }
        if (m.finished()) return Flow::Exit;
        if (g.state != GState::Running) return Flow::Switch;
        GS_RELOAD();
        break;
      }
      case Op::Recover:
        m.recover(g, fp + in.a);
        break;
      case Op::Jmp:
        pc = code + in.a;
        break;
      case Op::JmpT:
        if (fp[in.b].u) pc = code + in.a;
        break;
      case Op::JmpF:
        if (!fp[in.b].u) pc = code + in.a;
        break;
      case Op::JmpLt:
        if (fp[in.b].i < fp[in.c].i) pc = code + in.a;
        break;
      case Op::JmpLe:
        if (fp[in.b].i <= fp[in.c].i) pc = code + in.a;
        break;
      case Op::JmpEq:
        if (fp[in.b].u == fp[in.c].u) pc = code + in.a;
        break;
      case Op::JmpNe:
        if (fp[in.b].u != fp[in.c].u) pc = code + in.a;
        break;
      case Op::Loop:
        pc = code + in.a;
        // Busy-wait detection, sampled every 16th back-edge while a timer could end it.
        if (!m.timers_.empty() && (++g.spin_loops & 15) == 0 &&
            m.spin_check(g, uint32_t(pc - code))) {
          GS_SAVE();
          return Flow::Switch;
        }
        GS_PREEMPT();
        break;
      case Op::MakeIface: {
        const RType* t = prog.rtypes[in.b];
        Slot v = fp[in.c];  // read first: the destination may overlap the source
        if (in.n == 1) {
          fp[in.a + 1] = v;
        } else if (in.n == 0) {
          fp[in.a + 1].u = 0;
        } else {
          Slot* p = m.alloc_slots(in.n);
          if (!p) return Flow::Exit;
          std::memcpy(p, fp + in.c, sizeof(Slot) * in.n);
          fp[in.a + 1].p = p;
        }
        fp[in.a].p = const_cast<RType*>(t);
        break;
      }
      case Op::Assert: {
        const RType* want = prog.rtypes[in.c & 0xffff];
        const RType* have = static_cast<const RType*>(fp[in.b].p);
        Slot data = fp[in.b + 1];
        bool ok;
        if (want->kind == Kind::Interface)
          ok = have && m.implements(have, want);
        else
          ok = have == want;
        int w = want->kind == Kind::Interface ? 2 : want->slots;
        if (!ok) {
          if (!in.n)
            GS_PANIC_AS(m.assert_error(have, want, prog.rtypes[uint32_t(in.c) >> 16]),
                        TypeAssertion);
          std::memset(fp + in.a, 0, sizeof(Slot) * size_t(w));
          fp[in.a + w].u = 0;
          break;
        }
        if (want->kind == Kind::Interface) {
          fp[in.a].p = const_cast<RType*>(have);
          fp[in.a + 1] = data;
        } else if (w == 1) {
          fp[in.a] = data;
        } else if (w > 1) {
          std::memcpy(fp + in.a, data.p, sizeof(Slot) * size_t(w));
        }
        if (in.n) fp[in.a + w].u = 1;
        break;
      }
      case Op::DynType:
        fp[in.a] = fp[in.b];
        break;
      case Op::Implements: {
        auto* have = static_cast<const RType*>(fp[in.b].p);
        fp[in.a].u = have && m.implements(have, prog.rtypes[in.c]);
        break;
      }
      case Op::Print:
        m.write(2, print_value(m, prog.rtypes[in.a], fp + in.b));
        break;
      case Op::PrintSp:
        m.write(2, " ");
        break;
      case Op::PrintNl:
        m.write(2, "\n");
        break;
      case Op::TypeK:
        fp[in.a].p = prog.rtypes[in.b];
        break;
      case Op::Unreachable:
        GS_SAVE();
        m.fatal("unreachable code reached in " + f->fn->name + " (missing return)", false);
        return Flow::Exit;
      case Op::Count:
        break;
    }
  }
}

}  // namespace gs
