// Constant folding for untyped and typed constants.
#include "check/constant.h"

#include <cmath>
#include <cstdio>

namespace gs {

namespace {
// Largest magnitude we accept for integer constants; beyond it we report overflow rather
// than wrap silently (Go allows at least 256 bits; programs rarely need more than 127).
constexpr i128 kMaxI128 = ~(i128(1) << 127);

bool add_overflows(i128 a, i128 b, i128* r) { return __builtin_add_overflow(a, b, r); }
bool sub_overflows(i128 a, i128 b, i128* r) { return __builtin_sub_overflow(a, b, r); }
bool mul_overflows(i128 a, i128 b, i128* r) { return __builtin_mul_overflow(a, b, r); }

ConstResult fail(const char* msg) {
  ConstResult r;
  r.ok = false;
  r.error = msg;
  return r;
}
ConstResult ok(Constant c) {
  ConstResult r;
  r.value = std::move(c);
  return r;
}
}  // namespace

bool Constant::float_is_integral() const {
  return kind == Kind::Float && std::isfinite(f) && std::trunc(f) == f && std::fabs(f) < 1.7e38L;
}

std::string i128_string(i128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
  std::string s;
  while (u) {
    s += char('0' + int(u % 10));
    u /= 10;
  }
  if (neg) s += '-';
  return std::string(s.rbegin(), s.rend());
}

std::string const_string(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::Bool:
      return c.b ? "true" : "false";
    case Constant::Kind::Int:
      return i128_string(c.i);
    case Constant::Kind::Float: {
      char buf[64];
      snprintf(buf, sizeof buf, "%Lg", c.f);
      return buf;
    }
    case Constant::Kind::String: {
      std::string out = "\"";
      for (char ch : c.s) {
        if (ch == '"' || ch == '\\') out += '\\';
        if (ch == '\n') {
          out += "\\n";
          continue;
        }
        out += ch;
      }
      return out + "\"";
    }
    default:
      return "?";
  }
}

ConstResult const_binary(Tok op, const Constant& x, const Constant& y, bool integer_division) {
  using K = Constant::Kind;
  if (x.kind == K::Bool && y.kind == K::Bool) {
    if (op == Tok::LAnd) return ok(Constant::of_bool(x.b && y.b));
    if (op == Tok::LOr) return ok(Constant::of_bool(x.b || y.b));
    return fail("invalid operation");
  }
  if (x.kind == K::String && y.kind == K::String) {
    if (op == Tok::Add) return ok(Constant::of_string(x.s + y.s));
    return fail("invalid operation");
  }
  if (x.kind == K::Int && y.kind == K::Int) {
    i128 r = 0;
    switch (op) {
      case Tok::Add:
        if (add_overflows(x.i, y.i, &r)) return fail("constant overflow");
        break;
      case Tok::Sub:
        if (sub_overflows(x.i, y.i, &r)) return fail("constant overflow");
        break;
      case Tok::Mul:
        if (mul_overflows(x.i, y.i, &r)) return fail("constant overflow");
        break;
      case Tok::Quo:
        if (y.i == 0) return fail("invalid operation: division by zero");
        if (!integer_division) return ok(Constant::of_float((long double)x.i / (long double)y.i));
        r = x.i / y.i;
        break;
      case Tok::Rem:
        if (y.i == 0) return fail("invalid operation: division by zero");
        r = x.i % y.i;
        break;
      case Tok::And:
        r = x.i & y.i;
        break;
      case Tok::Or:
        r = x.i | y.i;
        break;
      case Tok::Xor:
        r = x.i ^ y.i;
        break;
      case Tok::AndNot:
        r = x.i & ~y.i;
        break;
      default:
        return fail("invalid operation");
    }
    return ok(Constant::of_int(r));
  }
  if ((x.kind == K::Int || x.kind == K::Float) && (y.kind == K::Int || y.kind == K::Float)) {
    long double a = x.as_float(), b = y.as_float(), r = 0;
    switch (op) {
      case Tok::Add:
        r = a + b;
        break;
      case Tok::Sub:
        r = a - b;
        break;
      case Tok::Mul:
        r = a * b;
        break;
      case Tok::Quo:
        if (b == 0) return fail("invalid operation: division by zero");
        r = a / b;
        break;
      default:
        return fail("invalid operation");
    }
    if (!std::isfinite(r)) return fail("constant overflow");
    return ok(Constant::of_float(r));
  }
  return fail("invalid operation");
}

ConstResult const_unary(Tok op, const Constant& x, int unsigned_bits) {
  using K = Constant::Kind;
  switch (op) {
    case Tok::Add:
      if (x.kind == K::Int || x.kind == K::Float) return ok(x);
      break;
    case Tok::Sub:
      if (x.kind == K::Int) {
        if (x.i == -kMaxI128 - 1) return fail("constant overflow");
        return ok(Constant::of_int(-x.i));
      }
      if (x.kind == K::Float)
        return ok(Constant::of_float(x.f == 0 ? 0.0L : -x.f));  // no -0 constants
      break;
    case Tok::Not:
      if (x.kind == K::Bool) return ok(Constant::of_bool(!x.b));
      break;
    case Tok::Xor:
      if (x.kind == K::Int) {
        if (unsigned_bits > 0) {
          i128 mask = (i128(1) << unsigned_bits) - 1;
          return ok(Constant::of_int(~x.i & mask));
        }
        return ok(Constant::of_int(~x.i));
      }
      break;
    default:
      break;
  }
  return fail("invalid operation");
}

ConstResult const_shift(Tok op, const Constant& x, uint64_t count) {
  if (x.kind != Constant::Kind::Int) return fail("invalid shift");
  if (op == Tok::Shr) {
    if (count >= 127) return ok(Constant::of_int(x.i < 0 ? -1 : 0));
    return ok(Constant::of_int(x.i >> count));
  }
  if (x.i == 0) return ok(x);
  if (count >= 127) return fail("constant shift overflow");
  i128 r = x.i << count;
  if ((r >> count) != x.i) return fail("constant shift overflow");
  return ok(Constant::of_int(r));
}

bool const_compare(Tok op, const Constant& x, const Constant& y) {
  using K = Constant::Kind;
  int c = 0;
  if (x.kind == K::Bool) {
    c = x.b == y.b ? 0 : 1;
  } else if (x.kind == K::String) {
    c = x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
  } else if (x.kind == K::Int && y.kind == K::Int) {
    c = x.i < y.i ? -1 : x.i > y.i ? 1 : 0;
  } else {
    // Go compares exact values; long double only approximates them (80 bits natively, 128 on
    // wasm), so compare at float64 precision, where the rounding errors of constant
    // arithmetic vanish (0.1+0.2 == 0.3 is true) on every target alike.
    double a = double(x.as_float()), b = double(y.as_float());
    c = a < b ? -1 : a > b ? 1 : 0;
  }
  switch (op) {
    case Tok::Eql:
      return c == 0;
    case Tok::Neq:
      return c != 0;
    case Tok::Lss:
      return c < 0;
    case Tok::Leq:
      return c <= 0;
    case Tok::Gtr:
      return c > 0;
    case Tok::Geq:
      return c >= 0;
    default:
      return false;
  }
}

}  // namespace gs
