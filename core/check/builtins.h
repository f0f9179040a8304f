// The predeclared builtin functions: one table gives ids, names and argument counts.
#pragma once

namespace gs {

// X(id, name, min_args, max_args (-1: variadic))
#define GS_BUILTINS(X)         \
  X(Append, "append", 1, -1)   \
  X(Cap, "cap", 1, 1)          \
  X(Clear, "clear", 1, 1)      \
  X(Close, "close", 1, 1)      \
  X(Complex, "complex", 2, 2)  \
  X(Copy, "copy", 2, 2)        \
  X(Delete, "delete", 2, 2)    \
  X(Imag, "imag", 1, 1)        \
  X(Len, "len", 1, 1)          \
  X(Make, "make", 1, 3)        \
  X(Max, "max", 1, -1)         \
  X(Min, "min", 1, -1)         \
  X(New, "new", 1, 1)          \
  X(Panic, "panic", 1, 1)      \
  X(Print, "print", 0, -1)     \
  X(Println, "println", 0, -1) \
  X(Real, "real", 1, 1)        \
  X(Recover, "recover", 0, 0)

enum class Builtin {
#define GS_BUILTIN_ENUM(id, name, lo, hi) id,
  GS_BUILTINS(GS_BUILTIN_ENUM)
#undef GS_BUILTIN_ENUM
      Count
};

}  // namespace gs
