// Constant folding for untyped and typed constants, with go/constant's rules for mixing
// kinds: an integer meeting a float becomes a float, integer division is exact.
#include "check/constant.h"

namespace gs {

namespace {
ConstResult fail(std::string msg) {
  ConstResult r;
  r.ok = false;
  r.error = std::move(msg);
  return r;
}
ConstResult ok(Constant c) {
  ConstResult r;
  r.value = std::move(c);
  return r;
}

ConstResult int_literal(std::string_view lit) {
  std::string s;
  for (char c : lit)
    if (c != '_') s += c;
  unsigned base = 10;
  size_t start = 0;
  if (s.size() > 1 && s[0] == '0') {
    char p = char(s[1] | 0x20);
    base = p == 'x' ? 16 : p == 'b' ? 2 : 8;  // 0o17 and the legacy 017 are octal
    start = p == 'x' || p == 'b' || p == 'o' ? 2 : 1;
  }
  std::optional<BigNat> v = BigNat::parse(std::string_view(s).substr(start), base);
  if (!v) return fail("malformed constant: " + std::string(lit));
  if (v->bit_len() > kMaxIntBits) return fail("constant overflow");
  return ok(Constant::of_int(BigInt(false, std::move(*v))));
}
}  // namespace

Constant Constant::to_int() const {
  if (kind == Kind::Int) return *this;
  std::optional<BigInt> v;
  if (kind == Kind::Float) v = f.to_int();
  return v ? of_int(std::move(*v)) : Constant();
}

ConstResult const_literal(Tok kind, std::string_view lit) {
  // gc's cap: longer literals cannot be meaningful and would only cost time.
  constexpr size_t kMaxLiteral = 10000;
  if (lit.size() > kMaxLiteral)
    return fail("excessively long constant: " + std::string(lit.substr(0, 10)) + "... (" +
                std::to_string(lit.size()) + " chars)");
  if (kind == Tok::Int) return int_literal(lit);
  std::optional<Real> v = Real::parse_literal(lit);
  if (!v) return fail("malformed constant: " + std::string(lit));
  return ok(Constant::of_float(std::move(*v)));
}

std::string const_string(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::Bool:
      return c.b ? "true" : "false";
    case Constant::Kind::Int:
      return c.i.to_string();
    case Constant::Kind::Float:
      return c.f.to_string();
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

std::string const_key(const Constant& c) {
  return c.kind == Constant::Kind::Float ? c.f.exact_string() : const_string(c);
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
  bool numeric =
      (x.kind == K::Int || x.kind == K::Float) && (y.kind == K::Int || y.kind == K::Float);
  if (!numeric) return fail("invalid operation");
  if ((op == Tok::Quo || op == Tok::Rem) && y.sign() == 0)
    return fail("invalid operation: division by zero");
  if (x.kind == K::Int && y.kind == K::Int) {
    const BigInt &a = x.i, &b = y.i;
    switch (op) {
      case Tok::Add:
        return ok(Constant::of_int(a + b));
      case Tok::Sub:
        return ok(Constant::of_int(a - b));
      case Tok::Mul:
        return ok(Constant::of_int(a * b));
      case Tok::Quo:
        if (integer_division) return ok(Constant::of_int(a.quo(b)));
        return ok(Constant::of_float(Real::ratio(a, b)));
      case Tok::Rem:
        return ok(Constant::of_int(a.rem(b)));
      case Tok::And:
        return ok(Constant::of_int(a & b));
      case Tok::Or:
        return ok(Constant::of_int(a | b));
      case Tok::Xor:
        return ok(Constant::of_int(a ^ b));
      case Tok::AndNot:
        return ok(Constant::of_int(a.and_not(b)));
      default:
        return fail("invalid operation");
    }
  }
  Real a = x.real(), b = y.real();
  std::optional<Real> r;
  switch (op) {
    case Tok::Add:
      r = Real::add(a, b);
      break;
    case Tok::Sub:
      r = Real::sub(a, b);
      break;
    case Tok::Mul:
      r = Real::mul(a, b);
      break;
    case Tok::Quo:
      r = Real::quo(a, b);
      break;
    default:
      return fail("invalid operation");
  }
  if (!r) return fail("constant result is not representable");
  return ok(Constant::of_float(std::move(*r)));
}

ConstResult const_unary(Tok op, const Constant& x, int unsigned_bits) {
  using K = Constant::Kind;
  switch (op) {
    case Tok::Add:
      if (x.kind == K::Int || x.kind == K::Float) return ok(x);
      break;
    case Tok::Sub:
      if (x.kind == K::Int) return ok(Constant::of_int(-x.i));
      if (x.kind == K::Float) return ok(Constant::of_float(x.f.negated()));
      break;
    case Tok::Not:
      if (x.kind == K::Bool) return ok(Constant::of_bool(!x.b));
      break;
    case Tok::Xor:
      if (x.kind == K::Int) {
        // For an unsigned type of n bits, ^x flips just those n bits.
        if (unsigned_bits > 0)
          return ok(Constant::of_int(
              ~x.i & BigInt(false, BigNat::pow2(size_t(unsigned_bits)) - BigNat(1))));
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
  return ok(Constant::of_int(op == Tok::Shl ? x.i << size_t(count) : x.i >> size_t(count)));
}

std::string const_overflow(Tok op, bool unary, const Constant& v) {
  if (v.kind != Constant::Kind::Int || v.i.bit_len() <= kMaxIntBits) return "";
  const char* name = nullptr;
  if (unary) {
    if (op == Tok::Xor) name = "bitwise complement";
  } else {
    switch (op) {
      case Tok::Add:
        name = "addition";
        break;
      case Tok::Sub:
        name = "subtraction";
        break;
      case Tok::Xor:
        name = "bitwise XOR";
        break;
      case Tok::Mul:
        name = "multiplication";
        break;
      case Tok::Shl:
        name = "shift";
        break;
      default:
        break;
    }
  }
  return name ? std::string("constant ") + name + " overflow" : "constant overflow";
}

bool const_compare(Tok op, const Constant& x, const Constant& y) {
  using K = Constant::Kind;
  int c = 0;
  if (x.kind == K::Bool)
    c = x.b == y.b ? 0 : 1;
  else if (x.kind == K::String)
    c = x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
  else if (x.kind == K::Int && y.kind == K::Int)
    c = cmp(x.i, y.i);
  else
    c = cmp(x.real(), y.real());
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
