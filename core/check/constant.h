// Compile-time constant values: bools, integers (128-bit, enough for Go programs in practice;
// larger values are reported as overflow), floats (long double, so that untyped constant
// arithmetic like 0.1 + 0.2 rounds to the float64 Go gives) and strings.
#pragma once
#include <cstdint>
#include <string>

#include "lex/token.h"

namespace gs {

using i128 = __int128;

struct Constant {
  enum class Kind : uint8_t { None, Bool, Int, Float, String } kind = Kind::None;
  bool b = false;
  i128 i = 0;
  long double f = 0;
  std::string s;

  static Constant of_bool(bool v) {
    Constant c;
    c.kind = Kind::Bool;
    c.b = v;
    return c;
  }
  static Constant of_int(i128 v) {
    Constant c;
    c.kind = Kind::Int;
    c.i = v;
    return c;
  }
  static Constant of_float(long double v) {
    Constant c;
    c.kind = Kind::Float;
    c.f = v;
    return c;
  }
  static Constant of_string(std::string v) {
    Constant c;
    c.kind = Kind::String;
    c.s = std::move(v);
    return c;
  }
  bool is_valid() const { return kind != Kind::None; }
  long double as_float() const { return kind == Kind::Int ? (long double)i : f; }
  // True when a float constant has an exact integer value that fits 128 bits.
  bool float_is_integral() const;
};

// Result of a constant operation; ok == false with an error message ("division by zero",
// "constant overflow") when it cannot be computed.
struct ConstResult {
  Constant value;
  bool ok = true;
  std::string error;
};

ConstResult const_binary(Tok op, const Constant& x, const Constant& y, bool integer_division);
ConstResult const_unary(Tok op, const Constant& x, int unsigned_bits /*0 if signed/untyped*/);
ConstResult const_shift(Tok op, const Constant& x, uint64_t count);
bool const_compare(Tok op, const Constant& x, const Constant& y);
std::string const_string(const Constant& c);  // for messages: 42, 1.5, "s", true
std::string i128_string(i128 v);

}  // namespace gs
