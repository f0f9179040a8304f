// Schoolbook arithmetic on 32-bit limbs with 64-bit intermediates; division is Knuth's
// algorithm D (TAOCP 4.3.1, in the form of Hacker's Delight's divmnu).
#include "check/bignat.h"

#include <algorithm>

namespace gs {

namespace {
constexpr uint64_t kBase = uint64_t(1) << 32;

// Divides a by the single limb d in place; returns the remainder.
uint32_t div_small(std::vector<uint32_t>& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = uint32_t(cur / d);
    rem = cur % d;
  }
  return uint32_t(rem);
}
}  // namespace

BigNat::BigNat(uint64_t v) {
  if (v) limbs.push_back(uint32_t(v));
  if (v >> 32) limbs.push_back(uint32_t(v >> 32));
}

BigNat BigNat::pow2(size_t n) {
  BigNat r;
  r.limbs.assign(n / 32 + 1, 0);
  r.limbs.back() = uint32_t(1) << (n % 32);
  return r;
}

BigNat BigNat::pow(uint32_t base, uint64_t n) {
  BigNat r(1), b(base);
  for (; n; n >>= 1) {
    if (n & 1) r = r * b;
    if (n > 1) b = b * b;
  }
  return r;
}

void BigNat::trim() {
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
}

size_t BigNat::bit_len() const {
  if (limbs.empty()) return 0;
  return limbs.size() * 32 - size_t(__builtin_clz(limbs.back()));
}

size_t BigNat::trailing_zeros() const {
  for (size_t i = 0; i < limbs.size(); i++)
    if (limbs[i]) return i * 32 + size_t(__builtin_ctz(limbs[i]));
  return 0;
}

bool BigNat::bit(size_t i) const {
  return i / 32 < limbs.size() && (limbs[i / 32] >> (i % 32)) & 1;
}

uint64_t BigNat::low64() const {
  uint64_t v = limbs.empty() ? 0 : limbs[0];
  if (limbs.size() > 1) v |= uint64_t(limbs[1]) << 32;
  return v;
}

int cmp(const BigNat& a, const BigNat& b) {
  if (a.limbs.size() != b.limbs.size()) return a.limbs.size() < b.limbs.size() ? -1 : 1;
  for (size_t i = a.limbs.size(); i-- > 0;)
    if (a.limbs[i] != b.limbs[i]) return a.limbs[i] < b.limbs[i] ? -1 : 1;
  return 0;
}

BigNat BigNat::operator+(const BigNat& b) const {
  const BigNat& lo = limbs.size() < b.limbs.size() ? *this : b;
  const BigNat& hi = limbs.size() < b.limbs.size() ? b : *this;
  BigNat r;
  r.limbs.resize(hi.limbs.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < hi.limbs.size(); i++) {
    carry += uint64_t(hi.limbs[i]) + (i < lo.limbs.size() ? lo.limbs[i] : 0);
    r.limbs[i] = uint32_t(carry);
    carry >>= 32;
  }
  r.limbs.back() = uint32_t(carry);
  r.trim();
  return r;
}

BigNat BigNat::operator-(const BigNat& b) const {
  BigNat r = *this;
  int64_t borrow = 0;
  for (size_t i = 0; i < r.limbs.size(); i++) {
    int64_t d = int64_t(r.limbs[i]) - (i < b.limbs.size() ? b.limbs[i] : 0) - borrow;
    borrow = d < 0;
    r.limbs[i] = uint32_t(d + (borrow ? int64_t(kBase) : 0));
  }
  r.trim();
  return r;
}

BigNat BigNat::operator*(const BigNat& b) const {
  if (is_zero() || b.is_zero()) return {};
  BigNat r;
  r.limbs.assign(limbs.size() + b.limbs.size(), 0);
  for (size_t i = 0; i < limbs.size(); i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.limbs.size(); j++) {
      uint64_t t = uint64_t(limbs[i]) * b.limbs[j] + r.limbs[i + j] + carry;
      r.limbs[i + j] = uint32_t(t);
      carry = t >> 32;
    }
    r.limbs[i + b.limbs.size()] = uint32_t(carry);
  }
  r.trim();
  return r;
}

BigNat BigNat::operator<<(size_t n) const {
  if (is_zero()) return {};
  size_t words = n / 32, bits = n % 32;
  BigNat r;
  r.limbs.assign(limbs.size() + words + 1, 0);
  for (size_t i = 0; i < limbs.size(); i++) {
    uint64_t v = uint64_t(limbs[i]) << bits;
    r.limbs[i + words] |= uint32_t(v);
    r.limbs[i + words + 1] = uint32_t(v >> 32);
  }
  r.trim();
  return r;
}

BigNat BigNat::operator>>(size_t n) const {
  size_t words = n / 32, bits = n % 32;
  if (words >= limbs.size()) return {};
  BigNat r;
  r.limbs.resize(limbs.size() - words);
  for (size_t i = 0; i < r.limbs.size(); i++) {
    uint64_t v = limbs[i + words];
    if (i + words + 1 < limbs.size()) v |= uint64_t(limbs[i + words + 1]) << 32;
    r.limbs[i] = uint32_t(v >> bits);
  }
  r.trim();
  return r;
}

std::optional<BigNat> BigNat::parse(std::string_view digits, unsigned base) {
  BigNat r;
  for (char c : digits) {
    char lower = char(c | 0x20);
    unsigned d = c >= '0' && c <= '9'           ? unsigned(c - '0')
                 : lower >= 'a' && lower <= 'f' ? unsigned(lower - 'a' + 10)
                                                : base;
    if (d >= base) return std::nullopt;
    // r = r * base + d
    uint64_t carry = d;
    for (uint32_t& w : r.limbs) {
      carry += uint64_t(w) * base;
      w = uint32_t(carry);
      carry >>= 32;
    }
    if (carry) r.limbs.push_back(uint32_t(carry));
  }
  return r;
}

void BigNat::divmod(const BigNat& a, const BigNat& b, BigNat* q, BigNat* r) {
  if (cmp(a, b) < 0) {
    *r = a;
    *q = {};
    return;
  }
  if (b.limbs.size() == 1) {
    BigNat quot = a;
    uint32_t rem = div_small(quot.limbs, b.limbs[0]);
    quot.trim();
    *q = std::move(quot);
    *r = BigNat(rem);
    return;
  }
  // Normalize so that the divisor's top limb has its high bit set: then each estimated
  // quotient limb is at most two too large.
  int s = __builtin_clz(b.limbs.back());
  std::vector<uint32_t> v = (b << size_t(s)).limbs;
  std::vector<uint32_t> u = (a << size_t(s)).limbs;
  u.resize(a.limbs.size() + 1, 0);
  size_t n = v.size(), m = a.limbs.size();
  BigNat quot;
  quot.limbs.assign(m - n + 1, 0);
  for (size_t j = m - n + 1; j-- > 0;) {
    uint64_t num = (uint64_t(u[j + n]) << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
    while (qhat >= kBase || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      qhat--;
      rhat += v[n - 1];
      if (rhat >= kBase) break;
    }
    // u[j..j+n] -= qhat * v
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(u[i + j]) - int64_t(uint32_t(p)) - borrow;
      borrow = t < 0;
      u[i + j] = uint32_t(t + (borrow ? int64_t(kBase) : 0));
    }
    int64_t t = int64_t(u[j + n]) - int64_t(carry) - borrow;
    u[j + n] = uint32_t(t);
    if (t < 0) {  // qhat was one too large: add v back
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        c += uint64_t(u[i + j]) + v[i];
        u[i + j] = uint32_t(c);
        c >>= 32;
      }
      u[j + n] += uint32_t(c);
    }
    quot.limbs[j] = uint32_t(qhat);
  }
  quot.trim();
  *q = std::move(quot);
  BigNat rem;
  rem.limbs.assign(u.begin(), u.begin() + ptrdiff_t(n));
  rem.trim();
  *r = rem >> size_t(s);
}

BigNat BigNat::gcd(BigNat a, BigNat b) {
  while (!b.is_zero()) {
    BigNat q, r;
    divmod(a, b, &q, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

std::string BigNat::to_string() const {
  if (is_zero()) return "0";
  std::vector<uint32_t> a = limbs;
  std::string out;
  while (!a.empty()) {
    uint32_t chunk = div_small(a, 1000000000);
    while (!a.empty() && a.back() == 0) a.pop_back();
    for (int i = 0; i < 9 && (chunk || !a.empty()); i++) {
      out += char('0' + chunk % 10);
      chunk /= 10;
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace gs
