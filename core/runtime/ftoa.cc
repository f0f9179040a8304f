// Decimal digits come from the C library (correctly rounded printf); the shortest
// representation is the fewest digits that read back to the same value, the closest of
// them. Layout follows Go's strconv/ftoa.go (fmtE, fmtF, fmtX, the %g exponent threshold).
#include "runtime/ftoa.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace gs {

namespace {
struct Digits {
  std::string d;  // significant digits, no trailing zeros ("" for zero)
  int dp = 0;     // decimal point position: value = 0.d * 10^dp
  bool neg = false;
};

// n significant digits (1..17), correctly rounded.
Digits digits_sig(double f, int n) {
  Digits r;
  r.neg = std::signbit(f);
  f = std::fabs(f);
  if (f == 0) return r;
  char buf[1200];
  if (n > 1000) n = 1000;
  snprintf(buf, sizeof buf, "%.*e", n - 1, f);
  // buf: d.ddddde[+-]XX
  const char* e = strchr(buf, 'e');
  std::string mant;
  for (const char* p = buf; p < e; p++)
    if (*p != '.') mant += *p;
  int exp = atoi(e + 1);
  while (!mant.empty() && mant.back() == '0') mant.pop_back();
  r.d = mant;
  r.dp = exp + 1;
  if (r.d.empty()) r.dp = 0;
  return r;
}

// Whether the decimal digits d read back as f (at bit_size's precision); the result's sign
// says on which side of f they lie.
int compare_read_back(const Digits& d, double f, int bit_size) {
  std::string s = "0." + d.d + "e" + std::to_string(d.dp);
  double r = bit_size == 32 ? double(strtof(s.c_str(), nullptr)) : strtod(s.c_str(), nullptr);
  return r < f ? -1 : r > f ? 1 : 0;
}

// d moved by one unit in its n-th significant digit (up or down), on the n-digit grid:
// below a power of ten that grid is ten times finer.
Digits step_digits(Digits d, int n, bool up) {
  d.d.resize(size_t(n), '0');
  if (!up && d.d == "1" + std::string(size_t(n - 1), '0')) {
    d.d = std::string(size_t(n), '9');
    d.dp--;
    return d;
  }
  int i = n - 1;
  for (; i >= 0 && d.d[size_t(i)] == (up ? '9' : '0'); i--) d.d[size_t(i)] = up ? '0' : '9';
  if (i < 0) {
    d.d.insert(d.d.begin(), '1');
    d.dp++;
  } else {
    d.d[size_t(i)] = char(d.d[size_t(i)] + (up ? 1 : -1));
  }
  while (!d.d.empty() && d.d.back() == '0') d.d.pop_back();
  return d;
}

// Go's Dragonbox rounds a tie between the two shortest candidates up when f is a power of
// two (to even otherwise, as printf does): such ties exist only for 2**-1 ... 2**-25, and
// Go keeps float64's 2**-25 to even.
Digits break_tie(const Digits& r, double a, int n, int bit_size) {
  int e;
  bool pow2 = std::frexp(a, &e) == 0.5 && e - 1 >= -25 && e - 1 <= -1;
  if (!pow2 || (bit_size == 64 && e - 1 == -25)) return r;
  Digits exact = digits_sig(a, 20);
  if (int(exact.d.size()) != n + 1 || exact.d.back() != '5') return r;
  exact.d.pop_back();
  exact.neg = r.neg;
  return step_digits(exact, n, true);
}

// The shortest digits that read back as f and, among those, the closest to f (as Go's
// Dragonbox): of the two n-digit neighbours of f, the correctly rounded one is the closer.
Digits digits_shortest(double f, int bit_size) {
  double a = std::fabs(f);
  for (int n = 1; n < 17; n++) {
    Digits r = digits_sig(f, n);
    int side = compare_read_back(r, a, bit_size);
    if (side == 0) return break_tie(r, a, n, bit_size);
    Digits other = step_digits(r, n, side < 0);
    if (compare_read_back(other, a, bit_size) == 0) return other;
  }
  return digits_sig(f, 17);
}

std::string fmt_e(const Digits& d, int prec, char fmt) {
  std::string out = d.neg ? "-" : "";
  out += d.d.empty() ? '0' : d.d[0];
  if (prec > 0) {
    out += '.';
    for (int i = 1; i <= prec; i++) out += i < int(d.d.size()) ? d.d[size_t(i)] : '0';
  }
  out += fmt;
  int exp = d.d.empty() ? 0 : d.dp - 1;
  out += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) out += '0';
  out += std::to_string(exp);
  return out;
}

std::string fmt_f(const Digits& d, int prec) {
  std::string out = d.neg ? "-" : "";
  if (d.dp > 0) {
    for (int i = 0; i < d.dp; i++) out += i < int(d.d.size()) ? d.d[size_t(i)] : '0';
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      out += (j >= 0 && j < int(d.d.size())) ? d.d[size_t(j)] : '0';
    }
  }
  return out;
}
// %x / %X as Go's fmtX: the mantissa with its leading 1 at bit 60 (15 hex digits after
// it), rounded half to even, the leading digit included, to prec digits.
std::string fmt_x(double f, int prec, char fmt) {
  constexpr uint64_t kOne = uint64_t(1) << 60;
  std::string out = std::signbit(f) ? "-" : "";
  f = std::fabs(f);
  uint64_t mant = 0;
  int exp = 0;
  if (f != 0) {
    int e;
    mant = uint64_t(std::ldexp(std::frexp(f, &e), 61));  // frexp's fraction is in [0.5, 1)
    exp = e - 1;
  }
  if (prec >= 0 && prec < 15) {
    int shift = 60 - 4 * prec;
    uint64_t extra = mant & ((uint64_t(1) << shift) - 1);
    mant >>= shift;
    if (extra > (uint64_t(1) << (shift - 1)) ||
        (extra == (uint64_t(1) << (shift - 1)) && (mant & 1)))
      mant++;
    mant <<= shift;
    if (mant >= 2 * kOne) {  // rounded up to the next power of two
      mant >>= 1;
      exp++;
    }
  }
  const char* digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  out += fmt == 'X' ? "0X" : "0x";
  out += char('0' + (mant >> 60));
  mant &= kOne - 1;
  if (prec > 0 || (prec < 0 && mant != 0)) out += '.';
  for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
    out += digits[(mant >> 56) & 15];
    mant = (mant << 4) & (kOne - 1);
  }
  out += fmt == 'X' ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  int ae = exp < 0 ? -exp : exp;
  if (ae < 10) out += '0';
  out += std::to_string(ae);
  return out;
}
}  // namespace

std::string format_float(double f, char fmt, int prec, int bit_size) {
  if (bit_size == 32) f = double(float(f));
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  bool shortest = prec < 0;
  switch (fmt) {
    case 'e':
    case 'E': {
      Digits d = shortest ? digits_shortest(f, bit_size) : digits_sig(f, prec + 1);
      return fmt_e(d, shortest ? (d.d.empty() ? 0 : int(d.d.size()) - 1) : prec, fmt);
    }
    case 'f':
    case 'F': {
      if (shortest) {
        Digits d = digits_shortest(f, bit_size);
        int p = int(d.d.size()) - d.dp;
        return fmt_f(d, p > 0 ? p : 0);
      }
      std::string out(size_t(snprintf(nullptr, 0, "%.*f", prec, f)) + 1, '\0');
      snprintf(out.data(), out.size(), "%.*f", prec, f);
      out.pop_back();
      return out;
    }
    case 'g':
    case 'G': {
      char efmt = fmt == 'g' ? 'e' : 'E';
      Digits d;
      int eprec;
      if (shortest) {
        d = digits_shortest(f, bit_size);
        eprec = 6;
      } else {
        if (prec == 0) prec = 1;
        d = digits_sig(f, prec);
        eprec = prec;
        if (eprec > int(d.d.size()) && int(d.d.size()) >= d.dp) eprec = int(d.d.size());
      }
      int nd = int(d.d.size());
      int exp = d.dp - 1;  // -1 for zero, as in Go
      if (exp < -4 || exp >= eprec) {
        int p = shortest ? nd - 1 : (prec > nd ? nd : prec) - 1;
        if (p < 0) p = 0;
        return fmt_e(d, p, efmt);
      }
      int p = shortest ? nd : prec;
      if (p > d.dp) p = nd;
      int fp = p - d.dp;
      return fmt_f(d, fp > 0 ? fp : 0);
    }
    case 'x':
    case 'X':
      return fmt_x(f, prec, fmt);
    case 'b': {
      // Decimal mantissa and binary exponent: 4503599627370496p-52.
      int mbits = bit_size == 32 ? 24 : 53;
      std::string out = std::signbit(f) ? "-" : "";
      double a = std::fabs(f);
      int e = 0;
      long long mant = 0;
      if (a != 0) {
        double m = std::frexp(a, &e);
        mant = (long long)std::ldexp(m, mbits);
        e -= mbits;
        int min_exp = (bit_size == 32 ? -126 : -1022) - (mbits - 1);
        if (e < min_exp) {  // subnormal: fixed exponent, smaller mantissa
          mant >>= (min_exp - e);
          e = min_exp;
        }
      } else {
        e = (bit_size == 32 ? -149 : -1074);
      }
      out += std::to_string(mant) + "p" + (e >= 0 ? "+" : "") + std::to_string(e);
      return out;
    }
    default: {
      char buf[64];
      snprintf(buf, sizeof buf, "%%%c", fmt);
      return buf;
    }
  }
}

double parse_float(std::string_view s, int bit_size, bool& ok, bool& out_of_range) {
  ok = false;
  out_of_range = false;
  if (s.empty()) return 0;
  std::string t;
  size_t i = 0;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    i = 1;
  }
  std::string rest(s.substr(i));
  std::string lower;
  for (char c : rest) lower += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (lower == "inf" || lower == "infinity") {
    ok = true;
    return neg ? -INFINITY : INFINITY;
  }
  if (lower == "nan") {
    ok = true;
    return NAN;
  }
  bool hex = lower.size() > 2 && lower[0] == '0' && lower[1] == 'x';
  // Validate Go's syntax; underscores are only allowed with a base prefix, between digits.
  bool digit_seen = false;
  for (size_t k = 0; k < rest.size(); k++) {
    char c = rest[k];
    if (c == '_') {
      // Only between digits (or after the base prefix), as in Go literals.
      auto digit = [&](size_t j) {
        if (j >= rest.size()) return false;
        char d = rest[j];
        return (d >= '0' && d <= '9') ||
               (hex && ((d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F')));
      };
      bool after_prefix = hex && k == 2;
      if (!(digit(k + 1) && (k > 0 && (digit(k - 1) || after_prefix)))) return 0;
      continue;
    }
    bool isd =
        (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    if (isd)
      digit_seen = true;
    else if (!(c == '.' || c == 'e' || c == 'E' || c == 'p' || c == 'P' || c == '+' || c == '-' ||
               (hex && (c == 'x' || c == 'X'))))
      return 0;
    t += c;
  }
  if (!digit_seen) return 0;
  if (hex && t.find_first_of("pP") == std::string::npos) return 0;  // Go requires the p exponent
  std::string full = (neg ? "-" : "") + t;
  errno = 0;
  char* end = nullptr;
  double v;
  if (bit_size == 32)
    v = double(strtof(full.c_str(), &end));
  else
    v = strtod(full.c_str(), &end);
  if (!end || *end != '\0') return 0;
  ok = true;
  if (std::isinf(v)) out_of_range = true;
  return v;
}

}  // namespace gs
