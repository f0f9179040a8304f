// The value of a float constant, as go/constant keeps it (and so gc): an exact rational
// while numerator and denominator stay below kRatBits bits, otherwise (huge or tiny
// magnitudes, long chains of divisions) a binary float rounded to kFloatPrec bits.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "check/bigint.h"

namespace gs {

class Real {
 public:
  static constexpr size_t kRatBits = 4096;   // go/constant's maxExp
  static constexpr size_t kFloatPrec = 512;  // go/constant's prec

  Real() = default;  // exact zero
  static Real from_int(const BigInt& v);
  static Real from_double(double d);  // d finite; -0 becomes 0 (constants have no -0)
  // a / b for integer constants; b must not be zero.
  static Real ratio(const BigInt& a, const BigInt& b);
  // A Go float literal (decimal or hexadecimal, underscores allowed); nullopt when its
  // exponent is beyond the binary float's range (gc's "malformed constant").
  static std::optional<Real> parse_literal(std::string_view lit);

  // Arithmetic; nullopt when a binary float result overflows its exponent range (gc's
  // "constant result is not representable"). quo requires a non-zero divisor.
  static std::optional<Real> add(const Real& x, const Real& y);
  static std::optional<Real> sub(const Real& x, const Real& y) { return add(x, y.negated()); }
  static std::optional<Real> mul(const Real& x, const Real& y);
  static std::optional<Real> quo(const Real& x, const Real& y);
  Real negated() const;
  friend int cmp(const Real& x, const Real& y);

  int sign() const { return num_.is_zero() ? 0 : neg_ ? -1 : 1; }
  // The integer value when there is one (go/constant's ToInt: a binary float within a few
  // ulps of an integer counts as that integer, absorbing earlier rounding).
  std::optional<BigInt> to_int() const;
  // The nearest float64 / float32 (ties to even, subnormals included); ±inf when the value
  // is beyond the type's range. The sign of a result rounded to zero is kept.
  double to_float64() const;
  double to_float32() const;
  std::string to_string() const;     // for messages, like go/constant's String
  std::string exact_string() const;  // distinct for distinct values (duplicate keys)

 private:
  // A value with form Binary, rounded to kFloatPrec bits: mant*2^exp plus, when sticky,
  // something positive below 2^exp. nullopt when out of range.
  static std::optional<Real> binary(bool neg, BigNat mant, int64_t exp, bool sticky);
  // num/den reduced; a binary float when either part needs kRatBits bits or more.
  static Real rational(bool neg, BigNat num, BigNat den);
  Real to_binary() const;   // the same value in form Binary (rounded)
  bool is_integer() const;  // exactly

  enum class Form : uint8_t { Rat, Binary };
  Form form_ = Form::Rat;
  bool neg_ = false;  // invariant: false for zero
  // Rat: value num_/den_, den_ >= 1, gcd 1. Binary: value num_ * 2^exp_, num_ zero or odd.
  BigNat num_;
  BigNat den_ = BigNat(1);
  int64_t exp_ = 0;
};

}  // namespace gs
