// Signed integers as sign and magnitude; bitwise operations go through two's complement
// limb vectors one limb wider than either operand, so the sign limb is all zeros or ones.
#include "check/bigint.h"

#include <algorithm>
#include <limits>

namespace gs {

namespace {
std::vector<uint32_t> twos(const BigInt& x, size_t n) {
  std::vector<uint32_t> v = (x.neg ? x.mag - BigNat(1) : x.mag).limbs;  // -m == ~(m - 1)
  v.resize(n, 0);
  if (x.neg)
    for (uint32_t& w : v) w = ~w;
  return v;
}

BigInt from_twos(std::vector<uint32_t> v) {
  bool neg = v.back() >> 31;
  if (neg)
    for (uint32_t& w : v) w = ~w;
  BigNat m;
  m.limbs = std::move(v);
  m.trim();
  return neg ? BigInt(true, m + BigNat(1)) : BigInt(false, m);
}

template <typename F>
BigInt bitwise(const BigInt& a, const BigInt& b, F f) {
  size_t n = std::max(a.mag.limbs.size(), b.mag.limbs.size()) + 1;
  std::vector<uint32_t> x = twos(a, n), y = twos(b, n);
  for (size_t i = 0; i < n; i++) x[i] = f(x[i], y[i]);
  return from_twos(std::move(x));
}
}  // namespace

BigInt::BigInt(int64_t v) : neg(v < 0), mag(v < 0 ? ~uint64_t(v) + 1 : uint64_t(v)) {}

BigInt::BigInt(bool negative, BigNat magnitude)
    : neg(negative && !magnitude.is_zero()), mag(std::move(magnitude)) {}

bool BigInt::fits(int bits, bool is_signed) const {
  if (!is_signed) return !neg && bit_len() <= size_t(bits);
  // -2^(bits-1) <= x <= 2^(bits-1) - 1
  return neg ? (mag - BigNat(1)).bit_len() <= size_t(bits - 1) : bit_len() <= size_t(bits - 1);
}

uint64_t BigInt::low64() const { return neg ? ~mag.low64() + 1 : mag.low64(); }

int64_t BigInt::saturated() const {
  if (fits(64, true)) return int64_t(low64());
  return neg ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
}

std::string BigInt::to_string() const { return (neg ? "-" : "") + mag.to_string(); }

int cmp(const BigInt& a, const BigInt& b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = cmp(a.mag, b.mag);
  return a.neg ? -c : c;
}

BigInt BigInt::operator+(const BigInt& b) const {
  if (neg == b.neg) return BigInt(neg, mag + b.mag);
  if (cmp(mag, b.mag) >= 0) return BigInt(neg, mag - b.mag);
  return BigInt(b.neg, b.mag - mag);
}

BigInt BigInt::quo(const BigInt& b) const {
  BigNat q, r;
  BigNat::divmod(mag, b.mag, &q, &r);
  return BigInt(neg != b.neg, q);
}

BigInt BigInt::rem(const BigInt& b) const {
  BigNat q, r;
  BigNat::divmod(mag, b.mag, &q, &r);
  return BigInt(neg, r);
}

BigInt BigInt::operator&(const BigInt& b) const {
  return bitwise(*this, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt BigInt::operator|(const BigInt& b) const {
  return bitwise(*this, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt BigInt::operator^(const BigInt& b) const {
  return bitwise(*this, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}
BigInt BigInt::and_not(const BigInt& b) const {
  return bitwise(*this, b, [](uint32_t x, uint32_t y) { return x & ~y; });
}

BigInt BigInt::operator>>(size_t n) const {
  if (!neg) return BigInt(false, mag >> n);
  // floor(-m / 2^n) == -((m - 1) / 2^n) - 1
  return BigInt(true, ((mag - BigNat(1)) >> n) + BigNat(1));
}

}  // namespace gs
