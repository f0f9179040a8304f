// Signed arbitrary-precision integers with the semantics Go gives integer constants:
// truncated division, two's complement bitwise operations, arithmetic right shifts.
#pragma once
#include "check/bignat.h"

namespace gs {

struct BigInt {
  bool neg = false;  // invariant: false when mag is zero
  BigNat mag;

  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: implicit, integer constants are built from small values
  BigInt(bool negative, BigNat magnitude);

  int sign() const { return mag.is_zero() ? 0 : neg ? -1 : 1; }
  size_t bit_len() const { return mag.bit_len(); }  // of the magnitude, like big.Int.BitLen
  // Whether the value fits an integer type of the given width.
  bool fits(int bits, bool is_signed) const;
  uint64_t low64() const;     // two's complement, modulo 2^64
  int64_t saturated() const;  // clamped to the int64 range
  std::string to_string() const;

  BigInt operator-() const { return BigInt(!neg, mag); }
  BigInt operator+(const BigInt& b) const;
  BigInt operator-(const BigInt& b) const { return *this + -b; }
  BigInt operator*(const BigInt& b) const { return BigInt(neg != b.neg, mag * b.mag); }
  BigInt quo(const BigInt& b) const;  // truncated toward zero; b must not be zero
  BigInt rem(const BigInt& b) const;  // sign of the dividend; b must not be zero
  BigInt operator&(const BigInt& b) const;
  BigInt operator|(const BigInt& b) const;
  BigInt operator^(const BigInt& b) const;
  BigInt and_not(const BigInt& b) const;
  BigInt operator~() const { return -*this - 1; }
  BigInt operator<<(size_t n) const { return BigInt(neg, mag << n); }
  BigInt operator>>(size_t n) const;  // rounds toward negative infinity
  bool operator==(const BigInt& o) const = default;
};

int cmp(const BigInt& a, const BigInt& b);

}  // namespace gs
