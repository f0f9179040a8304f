// Arbitrary-precision unsigned integers for compile-time constants (no bignum library is
// available to the WebAssembly build). Callers bound the sizes to a few thousand bits, so
// schoolbook algorithms suffice.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gs {

struct BigNat {
  // Little-endian 32-bit limbs. Invariant: no leading zero limb (zero is empty).
  std::vector<uint32_t> limbs;

  BigNat() = default;
  explicit BigNat(uint64_t v);
  static BigNat pow2(size_t n);
  static BigNat pow(uint32_t base, uint64_t n);  // callers keep base^n small
  // Digits in base 2 to 16 (either case); nullopt when a character is not such a digit.
  static std::optional<BigNat> parse(std::string_view digits, unsigned base);

  bool is_zero() const { return limbs.empty(); }
  size_t bit_len() const;
  size_t trailing_zeros() const;  // 0 for zero
  bool bit(size_t i) const;
  uint64_t low64() const;  // the value modulo 2^64
  void trim();             // restores the invariant after editing limbs

  bool operator==(const BigNat& o) const = default;
  BigNat operator+(const BigNat& b) const;
  BigNat operator-(const BigNat& b) const;  // requires *this >= b
  BigNat operator*(const BigNat& b) const;
  BigNat operator<<(size_t n) const;
  BigNat operator>>(size_t n) const;
  // q = a / b and r = a % b; b must not be zero.
  static void divmod(const BigNat& a, const BigNat& b, BigNat* q, BigNat* r);
  static BigNat gcd(BigNat a, BigNat b);
  std::string to_string() const;  // decimal
};

int cmp(const BigNat& a, const BigNat& b);  // -1, 0 or 1

}  // namespace gs
