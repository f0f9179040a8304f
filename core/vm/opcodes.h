// The bytecode: one X-macro table of opcodes with their operands and effect.
// Operands a, b, c are frame slot indices (R[x]) unless the effect says otherwise;
// n is a small unsigned immediate (usually a width in slots). K = constant pool,
// G = globals, T = run-time type table, P = function table.
#pragma once
#include <cstdint>

namespace gs {

#define GS_OPCODES(X)                                                                             \
  /* moves and constants */                                                                       \
  X(Nop, "")                                                                                      \
  X(Mov, "R[a] = R[b]")                                                                           \
  X(MovN, "R[a..a+n) = R[b..b+n)")                                                                \
  X(Zero, "R[a..a+n) = 0")                                                                        \
  X(LoadI, "R[a].i = int64(b) << 32 | uint32(c)")                                                 \
  X(LoadK, "R[a..a+n) = K[b..b+n)")                                                               \
  X(GLoad, "R[a..a+n) = G[b..b+n)")                                                               \
  X(GStore, "G[a..a+n) = R[b..b+n)")                                                              \
  X(GAddr, "R[a].p = &G[b]")                                                                      \
  /* memory */                                                                                    \
  X(Load, "R[a..a+n) = R[b].p[c..c+n); nil check")                                                \
  X(Store, "R[a].p[b..b+n) = R[c..c+n); nil check")                                               \
  X(PtrAdd, "R[a].p = R[b].p + c slots; nil check")                                               \
  X(NilChk, "panic if R[a].p == nil")                                                             \
  X(NilWrap, "plain panic K[b..b+2) if R[a].p == nil (value method via nil pointer: panicwrap)")  \
  X(RangeState, "panic if range-over-func state R[a] != 0: yield called after false or loop end") \
  X(New, "R[a].p = new zeroed cell of b slots")                                                   \
  X(Box, "R[a].p = new cell holding a copy of R[b..b+n)")                                         \
  /* integer arithmetic, 64-bit two's complement */                                               \
  X(Add, "R[a].i = R[b].i + R[c].i")                                                              \
  X(Sub, "R[a].i = R[b].i - R[c].i")                                                              \
  X(Mul, "R[a].i = R[b].i * R[c].i")                                                              \
  X(Div, "R[a].i = R[b].i / R[c].i; panic on zero")                                               \
  X(Rem, "R[a].i = R[b].i % R[c].i; panic on zero")                                               \
  X(DivU, "R[a].u = R[b].u / R[c].u; panic on zero")                                              \
  X(RemU, "R[a].u = R[b].u % R[c].u; panic on zero")                                              \
  X(And, "R[a] = R[b] & R[c]")                                                                    \
  X(Or, "R[a] = R[b] | R[c]")                                                                     \
  X(Xor, "R[a] = R[b] ^ R[c]")                                                                    \
  X(AndNot, "R[a] = R[b] &^ R[c]")                                                                \
  X(Shl, "R[a] = R[b] << R[c]; n=1: count is signed (panic if negative)")                         \
  X(Shr, "R[a].i = R[b].i >> R[c] (arithmetic); n as Shl")                                        \
  X(ShrU, "R[a].u = R[b].u >> R[c] (logical); n as Shl")                                          \
  X(Neg, "R[a].i = -R[b].i")                                                                      \
  X(Compl, "R[a] = ^R[b]")                                                                        \
  X(Not, "R[a] = !R[b]")                                                                          \
  X(AddI, "R[a].i = R[b].i + c")                                                                  \
  X(SExt, "R[a].i = sign-extend the low c bits of R[b]")                                          \
  X(ZExt, "R[a].u = zero-extend the low c bits of R[b]")                                          \
  /* floating point */                                                                            \
  X(FAdd, "R[a].f = R[b].f + R[c].f")                                                             \
  X(FSub, "R[a].f = R[b].f - R[c].f")                                                             \
  X(FMul, "R[a].f = R[b].f * R[c].f")                                                             \
  X(FDiv, "R[a].f = R[b].f / R[c].f")                                                             \
  X(FNeg, "R[a].f = -R[b].f")                                                                     \
  X(FMin, "R[a].f = min(R[b].f, R[c].f): NaN if either is, -0 below +0 (Go's builtin)")           \
  X(FMax, "R[a].f = max(R[b].f, R[c].f): NaN if either is, +0 above -0 (Go's builtin)")           \
  X(F32, "R[a].f = double(float(R[b].f))")                                                        \
  X(I2F, "R[a].f = double(R[b].i)")                                                               \
  X(U2F, "R[a].f = double(R[b].u)")                                                               \
  X(F2I, "R[a].i = int64(R[b].f) (Go's truncation)")                                              \
  X(F2U, "R[a].u = uint64(R[b].f)")                                                               \
  /* comparisons: bool result 0/1 */                                                              \
  X(Eq, "R[a] = R[b] == R[c] (bits)")                                                             \
  X(Ne, "R[a] = R[b] != R[c] (bits)")                                                             \
  X(Lt, "R[a] = R[b].i < R[c].i")                                                                 \
  X(Le, "R[a] = R[b].i <= R[c].i")                                                                \
  X(LtU, "R[a] = R[b].u < R[c].u")                                                                \
  X(LeU, "R[a] = R[b].u <= R[c].u")                                                               \
  X(FEq, "R[a] = R[b].f == R[c].f")                                                               \
  X(FNe, "R[a] = R[b].f != R[c].f")                                                               \
  X(FLt, "R[a] = R[b].f < R[c].f")                                                                \
  X(FLe, "R[a] = R[b].f <= R[c].f")                                                               \
  X(SEq, "R[a] = string R[b..b+2) == string R[c..c+2)")                                           \
  X(SLt, "R[a] = string R[b..b+2) < string R[c..c+2)")                                            \
  X(SLe, "R[a] = string R[b..b+2) <= string R[c..c+2)")                                           \
  X(EqT, "R[a] = R[b..) == R[c..) compared as type T[n] (structs, arrays, interfaces)")           \
  /* strings */                                                                                   \
  X(Concat, "R[a..a+2) = R[b..b+2) + R[c..c+2)")                                                  \
  X(ConcatN, "R[a..a+2) = R[b..b+2) + R[b+2..b+4) + ... (n strings, one allocation)")             \
  X(StrIndex, "R[a] = byte R[c] of string R[b..b+2); bounds check")                               \
  X(StrSlice, "R[a..a+2) = R[b..b+2)[R[c]:R[c+1]]; n bit0: has low, bit1: has high")              \
  X(StrNext, "decode rune at index R[c] of string R[b..]: R[a] = rune, R[a+1] = width")           \
  X(RuneToStr, "R[a..a+2) = string(rune R[b])")                                                   \
  X(BytesToStr, "R[a..a+2) = string(byte slice R[b..b+3))")                                       \
  X(StrToBytes, "R[a..a+3) = []byte(string R[b..b+2))")                                           \
  X(RunesToStr, "R[a..a+2) = string(rune slice R[b..b+3))")                                       \
  X(StrToRunes, "R[a..a+3) = []rune(string R[b..b+2))")                                           \
  /* slices and arrays; slices are {data, len, cap} */                                            \
  X(MakeSlice, "R[a..a+3) = make([]T, R[b], R[c]); elem size in T[n]")                            \
  X(Bounds, "panic unless 0 <= R[a].i < R[b].i (index out of range)")                             \
  X(ElemAddr, "R[a].p = R[b].p + R[c].i * n slots")                                               \
  X(Slice, "R[a..a+3) = R[b..b+3)[R[c]:R[c+1]:R[c+2]]; elem T[n]; flags in slot R[c+3]")          \
  X(Append, "R[a..a+3) = append(R[b..b+3), R[c].i values at R[c+1..]); elem T[n]")                \
  X(StackStore,                                                                                   \
    "if !R[a], empty R[b..b+3) must grow for R[c].i elems of T[n], all in 32 B: "                 \
    "R[b..b+3) = new zeroed 32-byte store, len 0; R[a] = 1 (gc's append stack store)")            \
  X(AppendSlice, "R[a..a+3) = append(R[b..b+3), slice R[c..c+3)...); elem T[n]")                  \
  X(AppendStr, "R[a..a+3) = append([]byte R[b..b+3), string R[c..c+2)...)")                       \
  X(Copy, "R[a] = copy(slice R[b..b+3), slice R[c..c+3)); elem width n")                          \
  X(CopyStr, "R[a] = copy([]byte R[b..b+3), string R[c..c+2))")                                   \
  X(ClearSlice, "zero every element of slice R[a..a+3); elem width n")                            \
  X(SliceToArray, "R[a].p = data of slice R[b..b+3); panic unless its length >= c")               \
  /* maps */                                                                                      \
  X(MakeMap, "R[a].p = new map of type T[b]")                                                     \
  X(MapGet, "R[a..a+w) = map R[b][key R[c..)]; n = w << 1 | commaok (ok at R[a+w])")              \
  X(MapSet, "map R[a][key R[b..)] = value R[c..); panic on nil map")                              \
  X(MapDelete, "delete(map R[a], key R[b..))")                                                    \
  X(MapLen, "R[a] = len(map R[b])")                                                               \
  X(MapClear, "clear(map R[a])")                                                                  \
  X(MapIter, "R[a].p = new iterator over map R[b] (order drawn from the decision source)")        \
  X(MapNext, "R[c] = iterator R[b] advanced; if true: key at R[a..), value after it")             \
  /* channels */                                                                                  \
  X(MakeChan, "R[a].p = make(chan T[b], R[c])")                                                   \
  X(Send, "send R[b..) on channel R[a]; may block")                                               \
  X(Recv, "R[a..) = <-channel R[b]; n=1: also R[a+w] = ok; may block")                            \
  X(Close, "close(channel R[a])")                                                                 \
  X(ChanLen, "R[a] = len(channel R[b])")                                                          \
  X(ChanCap, "R[a] = cap(channel R[b])")                                                          \
  X(Select, "R[a] = chosen case of select descriptor S[b] (c=1: has default); may block")         \
  /* calls */                                                                                     \
  X(Call, "call P[a] with its frame at R[b]; results at R[b..]")                                  \
  X(CallC, "call closure R[a] with its frame at R[b]")                                            \
  X(CallI, "call method name#b of interface R[a..a+2) with its frame at R[c]")                    \
  X(Ret, "return from the current function (runs deferred calls first)")                          \
  X(Closure, "R[a].p = closure of P[b] capturing R[c..c+n)")                                      \
  X(GetCap, "R[a..a+n) = captured slots [b..b+n) of the running closure")                         \
  X(Go, "start a goroutine calling closure R[a] with n argument slots at R[b]")                   \
  X(Defer, "defer closure R[a] with n argument slots at R[b]; c = result slots to reserve")       \
  X(Panic, "panic(R[a..a+2)); n=1: converted to any here (not a value passed through)")           \
  X(Recover, "R[a..a+2) = recover()")                                                             \
  /* control flow */                                                                              \
  X(Jmp, "pc = a")                                                                                \
  X(JmpT, "if R[b] != 0: pc = a")                                                                 \
  X(JmpF, "if R[b] == 0: pc = a")                                                                 \
  X(JmpLt, "if R[b].i < R[c].i: pc = a")                                                          \
  X(JmpLe, "if R[b].i <= R[c].i: pc = a")                                                         \
  X(JmpEq, "if R[b] == R[c] (bits): pc = a")                                                      \
  X(JmpNe, "if R[b] != R[c] (bits): pc = a")                                                      \
  X(Loop, "pc = a; a preemption point (loop back-edge)")                                          \
  /* interfaces */                                                                                \
  X(MakeIface, "R[a..a+2) = interface holding a value of type T[b] copied from R[c..c+n)")        \
  X(Assert, "R[a..) = interface R[b..b+2).(T[c & 0xffff]) (c >> 16: static type); n=1: comma-ok") \
  X(DynType, "R[a].p = dynamic type of interface R[b..b+2) (nil for a nil interface)")            \
  X(Implements, "R[a] = dynamic type R[b].p implements interface T[c]")                           \
  /* builtins and runtime */                                                                      \
  X(Print, "print value R[b..) of type T[a] to stderr (print/println builtins)")                  \
  X(PrintSp, "print a space to stderr")                                                           \
  X(PrintNl, "print a newline to stderr")                                                         \
  X(TypeK, "R[a].p = T[b] (a run-time type as a value)")                                          \
  X(Unreachable, "fatal: reached the end of a function without return (checker bug guard)")

enum class Op : uint16_t {
#define GS_OP_ENUM(name, effect) name,
  GS_OPCODES(GS_OP_ENUM)
#undef GS_OP_ENUM
      Count
};

const char* op_name(Op op);

// One instruction: 16 bytes, fixed size for a simple, fast decode.
struct Instr {
  Op op : 8 = Op::Nop;
  uint32_t n : 24 = 0;
  int32_t a = 0, b = 0, c = 0;
};
static_assert(sizeof(Instr) == 16 && int(Op::Count) <= 256);
// The largest immediate n, so also the widest value in slots (128 MiB) the VM moves.
constexpr int kMaxN = (1 << 24) - 1;

}  // namespace gs
