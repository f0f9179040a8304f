// Decimal digits come from the C library (correctly rounded printf); the shortest
// representation is the fewest digits that read back to the same value. Layout follows
// Go's strconv/ftoa.go (fmtE, fmtF and the %g exponent threshold).
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

Digits digits_shortest(double f, int bit_size) {
  for (int n = 1; n <= 17; n++) {
    Digits r = digits_sig(f, n);
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", n - 1, std::fabs(f));
    bool same = bit_size == 32 ? strtof(buf, nullptr) == float(std::fabs(f))
                               : strtod(buf, nullptr) == std::fabs(f);
    if (same) return r;
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
// %x / %X: -0x1.8p+01 style, mantissa rounded (half to even) to prec hex digits.
std::string fmt_x(double f, int prec, char fmt) {
  bool upper = fmt == 'X';
  std::string out = std::signbit(f) ? "-" : "";
  f = std::fabs(f);
  uint64_t mant = 0;
  int exp = 0;
  if (f != 0) {
    int e;
    double m = std::frexp(f, &e);        // f = m * 2^e, m in [0.5, 1)
    mant = uint64_t(std::ldexp(m, 53));  // 53 significant bits, leading bit set
    exp = e - 1;
  }
  // mant = 1.xxxx (52 fraction bits) for non-zero values.
  uint64_t frac = mant & ((uint64_t(1) << 52) - 1);
  uint64_t lead = mant >> 52;
  if (prec >= 0 && prec < 13) {
    int drop = 52 - 4 * prec;
    uint64_t half = uint64_t(1) << (drop - 1);
    uint64_t rem = frac & ((uint64_t(1) << drop) - 1);
    frac >>= drop;
    if (rem > half || (rem == half && (frac & 1))) frac++;
    if (frac >> (4 * prec)) {  // carried into the leading digit
      frac = 0;
      exp++;
    }
  }
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string hex;
  int nd = prec >= 0 && prec < 13 ? prec : 13;
  for (int i = nd - 1; i >= 0; i--) hex += digits[(frac >> (4 * i)) & 15];
  if (prec < 0)
    while (!hex.empty() && hex.back() == '0') hex.pop_back();
  while (prec > int(hex.size())) hex += '0';
  out += upper ? "0X" : "0x";
  out += f == 0 ? '0' : char('0' + lead);
  if (!hex.empty()) out += "." + hex;
  out += upper ? 'P' : 'p';
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
      char buf[512];
      if (std::fabs(f) < 1e300) {
        snprintf(buf, sizeof buf, "%.*f", prec > 400 ? 400 : prec, f);
        return buf;
      }
      std::string big(size_t(snprintf(nullptr, 0, "%.*f", prec, f)) + 1, '\0');
      snprintf(big.data(), big.size(), "%.*f", prec, f);
      big.pop_back();
      return big;
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
