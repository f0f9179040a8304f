// print/println formatting as Go's runtime does it (runtime/print.go).
#include "runtime/print.h"

#include <cmath>
#include <cstdio>

namespace gs {

std::string print_float(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  // Go prints 7 significant digits in scientific form: +d.dddddde+ddd.
  char buf[64];
  snprintf(buf, sizeof buf, "%+.6e", v);
  // C gives e+06; Go gives e+006 (at least three exponent digits).
  std::string s = buf;
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  char sign = s[e + 1];
  std::string digits = s.substr(e + 2);
  while (digits.size() < 3) digits = "0" + digits;
  return mant + "e" + sign + digits;
}

std::string print_value(const RType* t, const Slot* v) {
  char buf[64];
  switch (t->kind) {
    case Kind::Bool:
      return v[0].u ? "true" : "false";
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
      return std::to_string(v[0].i);
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
      return std::to_string(v[0].u);
    case Kind::Float32:
    case Kind::Float64:
      return print_float(v[0].f);
    case Kind::String:
      return std::string(static_cast<const char*>(v[0].p), size_t(v[1].i));
    case Kind::Interface:
      snprintf(buf, sizeof buf, "(%p,%p)", (void*)v[0].p, (void*)v[1].p);
      return buf;
    case Kind::Slice:
      snprintf(buf, sizeof buf, "[%lld/%lld]%p", (long long)v[1].i, (long long)v[2].i,
               (void*)v[0].p);
      return buf;
    default:
      snprintf(buf, sizeof buf, "%p", t->slots ? (void*)v[0].p : nullptr);
      return buf;
  }
}

}  // namespace gs
