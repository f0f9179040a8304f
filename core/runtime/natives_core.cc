// Natives of fmt, os, runtime, math, math/rand and strconv.
#include <cmath>
#include <cstring>

#include "runtime/ftoa.h"
#include "runtime/natives.h"
#include "runtime/print.h"

namespace gs {

namespace {
using S = NativeStatus;

S fmt_writeStdout(Machine& m, Goroutine&, Slot* f) {
  m.write(1, arg_string(f));
  return S::Done;
}

// os.writeFd(fd int, p []byte) int
S os_writeFd(Machine& m, Goroutine&, Slot* f) {
  int fd = int(f[1].i);
  const Slot* d = static_cast<const Slot*>(f[2].p);
  int64_t n = f[3].i;
  std::string s(size_t(n), '\0');
  for (int64_t i = 0; i < n; i++) s[size_t(i)] = char(d[i].u);
  m.write(fd == 2 ? 2 : 1, s);
  f[0].i = n;
  return S::Done;
}

S os_Exit(Machine& m, Goroutine&, Slot* f) {
  m.exit(int(f[0].i));
  return S::Exit;
}

// os.runtimeArgs() []string
S os_runtimeArgs(Machine& m, Goroutine&, Slot* f) {
  const auto& args = m.args();
  Slot* p = m.alloc_slots(int64_t(args.size()) * 2);
  if (!p) return S::Exit;
  for (size_t i = 0; i < args.size(); i++) m.make_string(args[i], p + 2 * i);
  f[0].p = p;
  f[1].i = int64_t(args.size());
  f[2].i = int64_t(args.size());
  return S::Done;
}

S runtime_NumGoroutine(Machine& m, Goroutine&, Slot* f) {
  f[0].i = m.goroutine_count();
  return S::Done;
}

S runtime_Gosched(Machine& m, Goroutine& g, Slot*) {
  m.yield(g);
  return S::Yield;
}

S runtime_Goexit(Machine& m, Goroutine& g, Slot*) {
  m.goexit(g);
  if (m.finished()) return S::Exit;
  return g.state == GState::Running ? S::Unwinding : S::Blocked;
}

S runtime_GOMAXPROCS(Machine&, Goroutine&, Slot* f) {
  f[0].i = 1;  // one goroutine runs at a time; the scheduler interleaves them
  return S::Done;
}

S runtime_NumCPU(Machine&, Goroutine&, Slot* f) {
  f[0].i = 1;
  return S::Done;
}

// runtime.printFloat(f float64, bits int) string
S runtime_printFloat(Machine& m, Goroutine&, Slot* f) {
  m.make_string(print_float(f[2].f, int(f[3].i)), f);
  return S::Done;
}

// math: unary float64 -> float64 functions.
#define GS_MATH1(name, expr)                     \
  S math_##name(Machine&, Goroutine&, Slot* f) { \
    double x = f[1].f;                           \
    f[0].f = (expr);                             \
    return S::Done;                              \
  }
GS_MATH1(Sqrt, std::sqrt(x))
GS_MATH1(Floor, std::floor(x))
GS_MATH1(Ceil, std::ceil(x))
GS_MATH1(Trunc, std::trunc(x))
GS_MATH1(Round, std::round(x))
GS_MATH1(RoundToEven, std::nearbyint(x))
GS_MATH1(Log, std::log(x))
GS_MATH1(Log2, std::log2(x))
GS_MATH1(Log10, std::log10(x))
GS_MATH1(Log1p, std::log1p(x))
GS_MATH1(Exp, std::exp(x))
GS_MATH1(Exp2, std::exp2(x))
GS_MATH1(Expm1, std::expm1(x))
GS_MATH1(Sin, std::sin(x))
GS_MATH1(Cos, std::cos(x))
GS_MATH1(Tan, std::tan(x))
GS_MATH1(Asin, std::asin(x))
GS_MATH1(Acos, std::acos(x))
GS_MATH1(Atan, std::atan(x))
GS_MATH1(Sinh, std::sinh(x))
GS_MATH1(Cosh, std::cosh(x))
GS_MATH1(Tanh, std::tanh(x))
// The C library's cbrt is not correctly rounded (cbrt(27) = 3.0000000000000004);
// one Newton step in extended precision fixes the last bit.
GS_MATH1(Cbrt, [](double v) {
  if (v == 0 || !std::isfinite(v)) return std::cbrt(v);
  long double r = std::cbrt(v);
  r -= (r * r * r - v) / (3 * r * r);
  return double(r);
}(x))
#undef GS_MATH1

#define GS_MATH2(name, expr)                     \
  S math_##name(Machine&, Goroutine&, Slot* f) { \
    double x = f[1].f, y = f[2].f;               \
    f[0].f = (expr);                             \
    return S::Done;                              \
  }
GS_MATH2(Pow, std::pow(x, y))
GS_MATH2(Mod, std::fmod(x, y))
GS_MATH2(Atan2, std::atan2(x, y))
GS_MATH2(Hypot, std::hypot(x, y))
GS_MATH2(Remainder, std::remainder(x, y))
#undef GS_MATH2

S math_Float64bits(Machine&, Goroutine&, Slot* f) {
  f[0].u = f[1].u;
  return S::Done;
}
S math_Float64frombits(Machine&, Goroutine&, Slot* f) {
  f[0].u = f[1].u;
  return S::Done;
}
S math_Float32bits(Machine&, Goroutine&, Slot* f) {
  float x = float(f[1].f);
  uint32_t b;
  std::memcpy(&b, &x, 4);
  f[0].u = b;
  return S::Done;
}
S math_Float32frombits(Machine&, Goroutine&, Slot* f) {
  uint32_t b = uint32_t(f[1].u);
  float x;
  std::memcpy(&x, &b, 4);
  f[0].f = double(x);
  return S::Done;
}

S rand_Int63(Machine& m, Goroutine&, Slot* f) {
  f[0].u = m.decisions().bits63();
  return S::Done;
}

// strconv.formatFloat(f float64, fmt byte, prec, bitSize int) string
S strconv_formatFloat(Machine& m, Goroutine&, Slot* f) {
  std::string s = format_float(f[2].f, char(f[3].u), int(f[4].i), int(f[5].i));
  m.make_string(s, f);
  return S::Done;
}

// strconv.parseFloat(s string, bitSize int) (f float64, ok bool, outOfRange bool)
S strconv_parseFloat(Machine&, Goroutine&, Slot* f) {
  bool ok, oor;
  double v = parse_float(slot_string(f + 3), int(f[5].i), ok, oor);
  f[0].f = v;
  f[1].u = ok;
  f[2].u = oor;
  return S::Done;
}

// runtime.Caller(skip int) (pc uintptr, file string, line int, ok bool): skip 0 is the
// function calling Caller; compiler-generated wrappers and native thunks are not frames.
S runtime_Caller(Machine& m, Goroutine& g, Slot* f) {
  int64_t skip = f[5].i;
  f[0].u = 0;
  m.make_string("", f + 1);
  f[3].i = 0;
  f[4].u = 0;
  for (size_t i = g.frames.size(); i-- > 0;) {
    const Frame& fr = g.frames[i];
    if (fr.fn->wrapper || fr.fn->native) continue;
    if (skip-- > 0) continue;
    const Program& prog = m.prog;
    if (size_t(fr.fn->file) >= prog.files.size()) return S::Done;
    const SourceFile* sf = prog.files[size_t(fr.fn->file)];
    uint32_t pos = m.frame_pos(fr, i + 1 == g.frames.size());
    f[0].u = 0x400000 + pos;  // an address-like stand-in: distinct per call site
    m.make_string(sf->name(), f + 1);
    f[3].i = sf->position(pos).line;
    f[4].u = 1;
    return S::Done;
  }
  return S::Done;
}

const NativeEntry kTable[] = {
    {"runtime.Caller", runtime_Caller},
    {"fmt.writeStdout", fmt_writeStdout},
    {"os.writeFd", os_writeFd},
    {"os.Exit", os_Exit},
    {"os.runtimeArgs", os_runtimeArgs},
    {"runtime.NumGoroutine", runtime_NumGoroutine},
    {"runtime.Gosched", runtime_Gosched},
    {"runtime.GOMAXPROCS", runtime_GOMAXPROCS},
    {"runtime.Goexit", runtime_Goexit},
    {"runtime.NumCPU", runtime_NumCPU},
    {"runtime.printFloat", runtime_printFloat},
    {"math.Sqrt", math_Sqrt},
    {"math.Floor", math_Floor},
    {"math.Ceil", math_Ceil},
    {"math.Trunc", math_Trunc},
    {"math.Round", math_Round},
    {"math.RoundToEven", math_RoundToEven},
    {"math.Log", math_Log},
    {"math.Log2", math_Log2},
    {"math.Log10", math_Log10},
    {"math.Log1p", math_Log1p},
    {"math.Exp", math_Exp},
    {"math.Exp2", math_Exp2},
    {"math.Expm1", math_Expm1},
    {"math.Sin", math_Sin},
    {"math.Cos", math_Cos},
    {"math.Tan", math_Tan},
    {"math.Asin", math_Asin},
    {"math.Acos", math_Acos},
    {"math.Atan", math_Atan},
    {"math.Sinh", math_Sinh},
    {"math.Cosh", math_Cosh},
    {"math.Tanh", math_Tanh},
    {"math.Cbrt", math_Cbrt},
    {"math.Pow", math_Pow},
    {"math.Mod", math_Mod},
    {"math.Atan2", math_Atan2},
    {"math.Hypot", math_Hypot},
    {"math.Remainder", math_Remainder},
    {"math.Float64bits", math_Float64bits},
    {"math.Float64frombits", math_Float64frombits},
    {"math.Float32bits", math_Float32bits},
    {"math.Float32frombits", math_Float32frombits},
    {"math/rand.runtimeInt63", rand_Int63},
    {"strconv.formatFloat", strconv_formatFloat},
    {"strconv.parseFloat", strconv_parseFloat},
};
}  // namespace

const NativeEntry* natives_core(size_t* n) {
  *n = sizeof(kTable) / sizeof(kTable[0]);
  return kTable;
}

}  // namespace gs
