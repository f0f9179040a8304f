// Float constants: exact rationals, binary floats of kFloatPrec bits with an exponent in
// big.Float's range (int32), correct rounding to float64/float32, literals and formatting.
#include "check/real.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace gs {

namespace {
// Rounds m*2^*e, plus a positive tail below 2^*e when sticky, to at most prec significant
// bits and to a multiple of 2^min_exp, ties to even; updates *e. With sticky, callers pass
// at least prec+2 bits, so the tail lies below the rounding position.
BigNat round_even(const BigNat& m, int64_t* e, bool sticky, size_t prec, int64_t min_exp) {
  if (m.is_zero()) return m;
  int64_t q = std::max(*e + int64_t(m.bit_len()) - int64_t(prec), min_exp);
  if (q <= *e) return m;
  // Bits from bit_len + 1 up are zero: a larger shift drops the same bits.
  size_t shift = size_t(std::min<uint64_t>(uint64_t(q - *e), m.bit_len() + 2));
  *e = q;
  BigNat kept = m >> shift;
  bool half = m.bit(shift - 1);
  bool below = sticky || m.trailing_zeros() < shift - 1;
  if (half && (below || kept.bit(0))) kept = kept + BigNat(1);
  return kept;
}

// A quotient of at least `bits` bits: num/den == (q + tail) * 2^*exp with 0 <= tail < 1,
// *sticky when tail > 0. num and den must not be zero.
BigNat quotient(const BigNat& num, const BigNat& den, size_t bits, int64_t* exp, bool* sticky) {
  int64_t k = int64_t(bits) + int64_t(den.bit_len()) - int64_t(num.bit_len());
  BigNat q, r;
  if (k >= 0)
    BigNat::divmod(num << size_t(k), den, &q, &r);
  else
    BigNat::divmod(num, den << size_t(-k), &q, &r);
  *exp = -k;
  *sticky = !r.is_zero();
  return q;
}

// An unsigned binary float m*2^e without range checks, for intermediate results.
struct Bin {
  BigNat m;
  int64_t e = 0;
};
Bin bin_round(const BigNat& m, int64_t e, bool sticky) {
  BigNat r = round_even(m, &e, sticky, Real::kFloatPrec, std::numeric_limits<int64_t>::min());
  return {std::move(r), e};
}
Bin bin_mul(const Bin& a, const Bin& b) { return bin_round(a.m * b.m, a.e + b.e, false); }
Bin bin_pow10(uint64_t n) {
  Bin r{BigNat(1)}, b{BigNat(10)};
  for (; n; n >>= 1) {
    if (n & 1) r = bin_mul(r, b);
    if (n > 1) b = bin_mul(b, b);
  }
  return r;
}

// Go's %g (strconv 'g', precision -1): the fewest digits that read back as f, in %e form
// when the exponent is below -4 or at least 6.
std::string shortest_g(double f) {
  char buf[40];
  int digits = 1;
  for (; digits < 17; digits++) {
    snprintf(buf, sizeof buf, "%.*e", digits - 1, f);
    if (std::strtod(buf, nullptr) == f) break;
  }
  snprintf(buf, sizeof buf, "%.*e", digits - 1, f);
  int exp = std::atoi(std::strchr(buf, 'e') + 1);
  if (exp < -4 || exp >= 6) return buf;
  snprintf(buf, sizeof buf, "%.*f", std::max(digits - 1 - exp, 0), f);
  return buf;
}

}  // namespace

std::optional<Real> Real::binary(bool neg, BigNat mant, int64_t exp, bool sticky) {
  Bin b = bin_round(mant, exp, sticky);
  Real r;
  r.form_ = Form::Binary;
  if (b.m.is_zero()) return r;
  size_t tz = b.m.trailing_zeros();
  int64_t top = b.e + int64_t(b.m.bit_len());  // big.Float's exponent: 0.5 <= |x|/2^top < 1
  if (top > std::numeric_limits<int32_t>::max()) return std::nullopt;
  if (top < std::numeric_limits<int32_t>::min()) return r;  // underflows to zero, as big.Float
  r.neg_ = neg;
  r.num_ = b.m >> tz;
  r.exp_ = b.e + int64_t(tz);
  return r;
}

Real Real::rational(bool neg, BigNat num, BigNat den) {
  BigNat g = BigNat::gcd(num, den), rem;
  if (!(g == BigNat(1))) {
    BigNat::divmod(num, g, &num, &rem);
    BigNat::divmod(den, g, &den, &rem);
  }
  if (num.bit_len() >= kRatBits || den.bit_len() >= kRatBits) {
    int64_t e;
    bool sticky;
    BigNat q = quotient(num, den, kFloatPrec + 2, &e, &sticky);
    // A ratio of parts of a few thousand bits is far inside the exponent range.
    return *binary(neg, std::move(q), e, sticky);
  }
  Real r;
  r.neg_ = neg && !num.is_zero();
  r.num_ = std::move(num);
  r.den_ = std::move(den);
  return r;
}

Real Real::to_binary() const {
  if (form_ == Form::Binary) return *this;
  if (num_.is_zero()) return *binary(false, {}, 0, false);
  int64_t e;
  bool sticky;
  BigNat q = quotient(num_, den_, kFloatPrec + 2, &e, &sticky);
  return *binary(neg_, std::move(q), e, sticky);  // rationals are far inside the range
}

Real Real::from_int(const BigInt& v) { return rational(v.neg, v.mag, BigNat(1)); }

Real Real::ratio(const BigInt& a, const BigInt& b) {
  return rational(a.neg != b.neg, a.mag, b.mag);
}

Real Real::from_double(double d) {
  int e2;
  double frac = std::frexp(std::fabs(d), &e2);  // |d| = frac * 2^e2, 0.5 <= frac < 1
  BigNat m(uint64_t(std::ldexp(frac, 53)));
  int64_t e = int64_t(e2) - 53;
  return e >= 0 ? rational(d < 0, m << size_t(e), BigNat(1))
                : rational(d < 0, std::move(m), BigNat::pow2(size_t(-e)));
}

std::optional<Real> Real::parse_literal(std::string_view lit) {
  std::string s;
  for (char c : lit)
    if (c != '_') s += c;
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] | 0x20) == 'x';
  size_t mark = s.find_first_of(hex ? "pP" : "eE");
  std::string digits =
      s.substr(hex ? 2 : 0, mark == std::string::npos ? mark : mark - (hex ? 2 : 0));
  size_t point = digits.find('.');
  int64_t scale = 0;  // digits after the point
  if (point != std::string::npos) {
    scale = int64_t(digits.size() - point - 1);
    digits.erase(point, 1);
  }
  std::optional<BigNat> parsed = BigNat::parse(digits, hex ? 16 : 10);
  if (!parsed) return std::nullopt;
  BigNat mant = std::move(*parsed);
  // The exponent saturates far beyond any representable value.
  int64_t exp = 0;
  if (mark != std::string::npos) {
    size_t i = mark + 1;
    bool eneg = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) i++;
    for (; i < s.size() && exp < int64_t(1e12); i++) exp = exp * 10 + (s[i] - '0');
    if (eneg) exp = -exp;
  }
  if (mant.is_zero()) return Real();
  size_t tz = mant.trailing_zeros();
  if (hex) {  // mant * 2^(exp - 4*scale)
    int64_t e = exp - 4 * scale + int64_t(tz);
    mant = mant >> tz;
    int64_t top = e + int64_t(mant.bit_len());
    if (top > -int64_t(kRatBits) && top < int64_t(kRatBits) && mant.bit_len() < kRatBits)
      return e >= 0 ? rational(false, mant << size_t(e), BigNat(1))
                    : rational(false, mant, BigNat::pow2(size_t(-e)));
    return binary(false, std::move(mant), e, false);
  }
  // mant * 10^e: exact when the parts stay moderate (rational() rounds them correctly
  // past kRatBits bits); beyond, mant and the power of ten are rounded to kFloatPrec bits.
  int64_t e = exp - scale;
  constexpr int64_t kMaxPow = kRatBits * 3 / 10 + 16;  // 10^kMaxPow has more than kRatBits bits
  if (e >= 0 && e <= kMaxPow && mant.bit_len() < 2 * kRatBits)
    return rational(false, mant * BigNat::pow(10, uint64_t(e)), BigNat(1));
  if (e < 0 && -e <= kMaxPow && mant.bit_len() < 2 * kRatBits)
    return rational(false, std::move(mant), BigNat::pow(10, uint64_t(-e)));
  Bin m = bin_round(mant, 0, false), p = bin_pow10(uint64_t(e < 0 ? -e : e));
  if (e > 0) return binary(false, m.m * p.m, m.e + p.e, false);
  int64_t qe;
  bool sticky;
  BigNat q = quotient(m.m, p.m, kFloatPrec + 2, &qe, &sticky);
  return binary(false, std::move(q), qe + m.e - p.e, sticky);
}

Real Real::negated() const {
  Real r = *this;
  r.neg_ = !neg_ && sign() != 0;
  return r;
}

std::optional<Real> Real::add(const Real& x, const Real& y) {
  if (x.form_ == Form::Rat && y.form_ == Form::Rat) {
    BigInt s = BigInt(x.neg_, x.num_ * y.den_) + BigInt(y.neg_, y.num_ * x.den_);
    return rational(s.neg, s.mag, x.den_ * y.den_);
  }
  Real a = x.to_binary(), b = y.to_binary();
  if (a.sign() == 0) return b;
  if (b.sign() == 0) return a;
  // An operand below a quarter ulp of the other cannot change its rounding; skipping it
  // also avoids aligning exponents that may be 2^31 apart.
  int64_t ta = a.exp_ + int64_t(a.num_.bit_len()), tb = b.exp_ + int64_t(b.num_.bit_len());
  if (ta - tb > int64_t(kFloatPrec) + 2) return a;
  if (tb - ta > int64_t(kFloatPrec) + 2) return b;
  int64_t e = std::min(a.exp_, b.exp_);
  BigInt s =
      BigInt(a.neg_, a.num_ << size_t(a.exp_ - e)) + BigInt(b.neg_, b.num_ << size_t(b.exp_ - e));
  return binary(s.neg, s.mag, e, false);
}

std::optional<Real> Real::mul(const Real& x, const Real& y) {
  bool neg = x.neg_ != y.neg_;
  if (x.form_ == Form::Rat && y.form_ == Form::Rat)
    return rational(neg, x.num_ * y.num_, x.den_ * y.den_);
  Real a = x.to_binary(), b = y.to_binary();
  return binary(neg, a.num_ * b.num_, a.exp_ + b.exp_, false);
}

std::optional<Real> Real::quo(const Real& x, const Real& y) {
  bool neg = x.neg_ != y.neg_;
  if (x.form_ == Form::Rat && y.form_ == Form::Rat)
    return rational(neg, x.num_ * y.den_, x.den_ * y.num_);
  Real a = x.to_binary(), b = y.to_binary();
  if (a.sign() == 0) return a;
  int64_t e;
  bool sticky;
  BigNat q = quotient(a.num_, b.num_, kFloatPrec + 2, &e, &sticky);
  return binary(neg, std::move(q), e + a.exp_ - b.exp_, sticky);
}

int cmp(const Real& x, const Real& y) {
  using F = Real::Form;
  if (x.form_ == F::Rat && y.form_ == F::Rat)
    return (BigInt(x.neg_, x.num_ * y.den_) - BigInt(y.neg_, y.num_ * x.den_)).sign();
  // Like go/constant, a rational meeting a binary float is rounded to one first.
  Real a = x.to_binary(), b = y.to_binary();
  if (a.sign() != b.sign() || a.sign() == 0) return a.sign() < b.sign() ? -1 : a.sign() > b.sign();
  int64_t ta = a.exp_ + int64_t(a.num_.bit_len()), tb = b.exp_ + int64_t(b.num_.bit_len());
  int mag;
  if (ta != tb) {
    mag = ta < tb ? -1 : 1;
  } else {  // same top bit: the exponents differ by less than kFloatPrec
    int64_t e = std::min(a.exp_, b.exp_);
    mag = cmp(a.num_ << size_t(a.exp_ - e), b.num_ << size_t(b.exp_ - e));
  }
  return a.neg_ ? -mag : mag;
}

bool Real::is_integer() const {
  return form_ == Form::Rat ? den_ == BigNat(1) : exp_ >= 0 || num_.is_zero();
}

std::optional<BigInt> Real::to_int() const {
  if (form_ == Form::Rat) return is_integer() ? std::optional(BigInt(neg_, num_)) : std::nullopt;
  // Too large or too small to be worth an integer (go/constant's smallFloat).
  int64_t top = exp_ + int64_t(num_.bit_len());
  if (top <= -int64_t(kRatBits) || top >= int64_t(kRatBits)) return std::nullopt;
  if (is_integer()) return BigInt(neg_, num_ << size_t(exp_));
  // Rounded to 4 bits less, toward zero then away from zero (num_ is odd: the dropped
  // bits are never all zero).
  constexpr size_t kBits = kFloatPrec - 4;
  size_t len = num_.bit_len();
  if (len <= kBits) return std::nullopt;
  int64_t e = exp_ + int64_t(len - kBits);
  BigNat down = num_ >> (len - kBits);
  for (const BigNat& m : {down, down + BigNat(1)})
    if (e + int64_t(m.trailing_zeros()) >= 0)
      return BigInt(neg_, e >= 0 ? m << size_t(e) : m >> size_t(-e));
  return std::nullopt;
}

namespace {
double round_ieee(bool neg, BigNat m, int64_t e, bool sticky, size_t prec, int64_t min_exp) {
  m = round_even(m, &e, sticky, prec, min_exp);
  // m has at most prec+1 bits and m*2^e is representable unless it overflows to infinity.
  double d =
      m.is_zero() ? 0.0 : std::ldexp(double(m.low64()), int(std::clamp<int64_t>(e, -4096, 4096)));
  return neg ? -d : d;
}
}  // namespace

double Real::to_float64() const {
  if (form_ == Form::Binary || num_.is_zero())
    return round_ieee(neg_, num_, exp_, false, 53, -1074);
  int64_t e;
  bool sticky;
  BigNat q = quotient(num_, den_, 55, &e, &sticky);
  return round_ieee(neg_, std::move(q), e, sticky, 53, -1074);
}

double Real::to_float32() const {
  double d;
  if (form_ == Form::Binary || num_.is_zero()) {
    d = round_ieee(neg_, num_, exp_, false, 24, -149);
  } else {
    int64_t e;
    bool sticky;
    BigNat q = quotient(num_, den_, 26, &e, &sticky);
    d = round_ieee(neg_, std::move(q), e, sticky, 24, -149);
  }
  return std::fabs(d) >= 0x1p128 ? std::copysign(HUGE_VAL, d) : d;
}

std::string Real::to_string() const {
  char buf[64];
  double f = to_float64();
  if ((sign() == 0) == (f == 0) && !std::isinf(f)) {
    snprintf(buf, sizeof buf, "%.6g", f);
    // A non-integer must not look like one (go.dev/issue/56220).
    if (!is_integer() && !std::strchr(buf, '.')) return shortest_g(f);
    return buf;
  }
  // Beyond float64: an approximate decimal mantissa and exponent, as go/constant.
  Real b = to_binary();
  size_t len = b.num_.bit_len(), keep = std::min<size_t>(len, 64);
  double m = std::ldexp(double((b.num_ >> (len - keep)).low64()), -int(keep));  // [0.5, 1)
  if (b.neg_) m = -m;
  double d = double(b.exp_ + int64_t(len)) * 0.30102999566398119521;  // log10(2)
  int64_t e = int64_t(d);
  m *= std::pow(10.0, d - double(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {  // %.6g rounds to 5 decimals: m*10 must stay below 10
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  snprintf(buf, sizeof buf, "%.6ge%+lld", m, (long long)e);
  return buf;
}

std::string Real::exact_string() const {
  std::string sign = neg_ ? "-" : "";
  if (form_ == Form::Rat) return sign + num_.to_string() + "/" + den_.to_string();
  return sign + num_.to_string() + "p" + std::to_string(exp_);
}

}  // namespace gs
