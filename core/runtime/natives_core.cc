// Natives of fmt, os, runtime, math, math/rand and strconv.
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>

#include "runtime/ftoa.h"
#include "runtime/natives.h"
#include "runtime/print.h"

namespace gs {

namespace {
using S = NativeStatus;

constexpr uint64_t kSignBit = uint64_t(1) << 63;
constexpr uint64_t kPosInf = 0x7FF0000000000000;
constexpr uint64_t kNegInf = 0xFFF0000000000000;
constexpr uint64_t kGoNaN = 0x7FF8000000000001;  // math.NaN()

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}

uint64_t to_bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}

// Go calls ROUNDSD for Floor, Ceil, Trunc and RoundToEven (SSE4.1): it quiets a
// signaling NaN.
double quiet(double x) { return from_bits(to_bits(x) | uint64_t(1) << 51); }

// CVTSD2SL: rounds to nearest even; out of range gives the "integer indefinite" INT32_MIN.
int32_t cvtsd2sl(double x) {
  double r = std::nearbyint(x);
  return r >= -2147483648.0 && r <= 2147483647.0 ? int32_t(r) : INT32_MIN;
}

// r * 2**k as exp_amd64.s ends: a subnormal result takes two multiplications.
double exp_scale(double r, int32_t k) {
  int32_t e = k + 0x3FF;
  if (e >= 0x7FF) return from_bits(kPosInf);
  if (e <= 0) {
    if (e < -52) return 0;
    r *= from_bits(uint64_t(e + 0x3FE) << 52);
    e = 1;
  }
  return r * from_bits(uint64_t(e) << 52);
}

// exp_amd64.s on a CPU with FMA (Go's path wherever AVX and FMA exist): x = k*Ln2 + r,
// then e**(r/16) by a Taylor series, squared four times as (e**t - 1)*(e**t + 1).
double go_exp(double x) {
  uint64_t bx = to_bits(x);
  if ((bx & ~kSignBit) >= kPosInf) return bx == kNegInf ? 0 : x;
  if (x > 7.09782712893384e+02) return from_bits(kPosInf);
  int32_t k = cvtsd2sl(1.4426950408889634073599246810018920 * x);
  double fk = double(k);
  double r = std::fma(-0.69314718055966295651160180568695068359375, fk, x);
  r = std::fma(-0.28235290563031577122588448175013436025525412068e-12, fk, r);
  r *= 0.0625;
  double p = 2.4801587301587301587e-5;
  for (double c : {1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3,
                   4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0})
    p = std::fma(p, r, c);
  r *= p;
  for (int i = 0; i < 3; i++) r *= r + 2.0;
  return exp_scale(std::fma(r, r + 2.0, 1.0), k);
}

// log_amd64.s: Go's pure log (FreeBSD's), except that the exponent and mantissa are taken
// from the bits without normalizing subnormals, and f1 == Sqrt2/2 is scaled too.
double go_log(double x) {
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                   L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                   L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  uint64_t bx = to_bits(x);
  if ((bx & ~kSignBit) == 0) return from_bits(kNegInf);
  if (bx & kSignBit) return from_bits(kGoNaN);
  if (bx >= kPosInf) return x;
  double f1 = from_bits((bx & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = double(int32_t((bx >> 52) & 0x7FF) - 0x3FE);
  if (!(7.07106781186547524401e-01 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s, s4 = s2 * s2;
  double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  double hfsq = 0.5 * f * f;
  return k * kLn2Hi - ((hfsq - (s * (t1 + t2 + hfsq) + kLn2Lo * k)) - f);
}

// hypot_amd64.s: max * sqrt(1 + (min/max)**2), Inf before NaN.
double go_hypot(double p, double q) {
  uint64_t bp = to_bits(p) & ~kSignBit, bq = to_bits(q) & ~kSignBit;
  if (bp >= kPosInf || bq >= kPosInf)
    return from_bits(bp == kPosInf || bq == kPosInf ? kPosInf : kGoNaN);
  if ((bp | bq) == 0) return 0;
  double a = from_bits(bp), b = from_bits(bq);
  double hi = a > b ? a : b, lo = b < a ? b : a;
  lo /= hi;
  return hi * std::sqrt(lo * lo + 1);
}

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
  if (!m.goroutines_waiting_for_p()) return S::Done;  // g would be picked again at once
  m.yield(g);
  return S::Yield;
}

S runtime_Goexit(Machine& m, Goroutine& g, Slot*) {
  m.goexit(g);
  if (m.finished()) return S::Exit;
  return g.state == GState::Running ? S::Unwinding : S::Blocked;
}

// GOMAXPROCS(n int) int: the number of virtual processors (n < 1 only asks).
S runtime_GOMAXPROCS(Machine& m, Goroutine&, Slot* f) {
  f[0].i = m.set_procs(int(std::clamp<int64_t>(f[1].i, 0, kMaxProcs)));
  return S::Done;
}

S runtime_NumCPU(Machine&, Goroutine&, Slot* f) {
  f[0].i = kDefaultProcs;  // the virtual machine's CPUs (core/README.md)
  return S::Done;
}

// runtime.printFloat(f float64, bits int) string
S runtime_printFloat(Machine& m, Goroutine&, Slot* f) {
  m.make_string(print_float(f[2].f, int(f[3].i)), f);
  return S::Done;
}

// math: the exact operations, and the functions Go implements in amd64 assembly
// (src/math/*_amd64.s) redone instruction by instruction, so results match to the bit.
#define GS_MATH1(name, expr)                     \
  S math_##name(Machine&, Goroutine&, Slot* f) { \
    double x = f[1].f;                           \
    f[0].f = (expr);                             \
    return S::Done;                              \
  }
GS_MATH1(Sqrt, std::sqrt(x))
GS_MATH1(Floor, std::isnan(x) ? quiet(x) : std::floor(x))
GS_MATH1(Ceil, std::isnan(x) ? quiet(x) : std::ceil(x))
GS_MATH1(Trunc, std::isnan(x) ? quiet(x) : std::trunc(x))
GS_MATH1(RoundToEven, std::isnan(x) ? quiet(x) : std::nearbyint(x))
GS_MATH1(Exp, go_exp(x))
GS_MATH1(Log, go_log(x))
#undef GS_MATH1

S math_Hypot(Machine&, Goroutine&, Slot* f) {
  f[0].f = go_hypot(f[1].f, f[2].f);
  return S::Done;
}

S math_FMA(Machine&, Goroutine&, Slot* f) {
  f[0].f = std::fma(f[1].f, f[2].f, f[3].f);
  return S::Done;
}

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
    {"runtime.NumGoroutine", runtime_NumGoroutine, true},
    {"runtime.Gosched", runtime_Gosched, true},
    {"runtime.GOMAXPROCS", runtime_GOMAXPROCS},
    {"runtime.Goexit", runtime_Goexit},
    {"runtime.NumCPU", runtime_NumCPU},
    {"runtime.printFloat", runtime_printFloat},
    {"math.Sqrt", math_Sqrt},
    {"math.Floor", math_Floor},
    {"math.Ceil", math_Ceil},
    {"math.Trunc", math_Trunc},
    {"math.RoundToEven", math_RoundToEven},
    {"math.Log", math_Log},
    {"math.Exp", math_Exp},
    {"math.Hypot", math_Hypot},
    {"math.FMA", math_FMA},
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
