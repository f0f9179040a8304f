// Compile-time constant values, exact as the spec asks and as gc (go/constant) computes
// them: bools, strings, integers of any size (the checker bounds untyped ones to
// kMaxIntBits, like gc) and floats (Real: exact rationals, or 512-bit binary floats).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "check/real.h"
#include "lex/token.h"

namespace gs {

// gc's limit on untyped integer constants: a result needing more bits is an error.
constexpr size_t kMaxIntBits = 512;
// gc's limit on the count of a constant shift (enough to express the smallest float64).
constexpr uint64_t kMaxConstShift = 1023 - 1 + 52;

struct Constant {
  enum class Kind : uint8_t { None, Bool, Int, Float, String } kind = Kind::None;
  bool b = false;
  BigInt i;
  Real f;
  std::string s;

  static Constant of_bool(bool v) {
    Constant c;
    c.kind = Kind::Bool;
    c.b = v;
    return c;
  }
  static Constant of_int(BigInt v) {
    Constant c;
    c.kind = Kind::Int;
    c.i = std::move(v);
    return c;
  }
  static Constant of_float(Real v) {
    Constant c;
    c.kind = Kind::Float;
    c.f = std::move(v);
    return c;
  }
  static Constant of_string(std::string v) {
    Constant c;
    c.kind = Kind::String;
    c.s = std::move(v);
    return c;
  }
  bool is_valid() const { return kind != Kind::None; }
  // For Int and Float constants.
  int sign() const { return kind == Kind::Int ? i.sign() : f.sign(); }
  Real real() const { return kind == Kind::Int ? Real::from_int(i) : f; }
  // The Int constant with this value when it is an integer (go/constant's ToInt), else an
  // invalid constant.
  Constant to_int() const;
};

// Result of a constant operation; ok == false with gc's message when it cannot be computed.
struct ConstResult {
  Constant value;
  bool ok = true;
  std::string error;
};

// The value of an Int or Float literal token.
ConstResult const_literal(Tok kind, std::string_view lit);
ConstResult const_binary(Tok op, const Constant& x, const Constant& y, bool integer_division);
ConstResult const_unary(Tok op, const Constant& x, int unsigned_bits /*0 if signed/untyped*/);
ConstResult const_shift(Tok op, const Constant& x, uint64_t count);
bool const_compare(Tok op, const Constant& x, const Constant& y);
// gc's error when v, the untyped result of operator op, is an integer wider than
// kMaxIntBits ("constant addition overflow"); "" when it is not.
std::string const_overflow(Tok op, bool unary, const Constant& v);
std::string const_string(const Constant& c);  // for messages: 42, 1.5, "s", true
std::string const_key(const Constant& c);     // equal for equal values only

}  // namespace gs
