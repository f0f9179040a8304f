// print/println formatting as Go 1.26's runtime does it (runtime/print.go).
#include "runtime/print.h"

#include <cstdio>

#include "runtime/ftoa.h"
#include "vm/machine.h"

namespace gs {

std::string print_float(double v, int bit_size) { return format_float(v, 'g', -1, bit_size); }

namespace {
std::string hex(uint64_t v) {
  char buf[32];
  snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)v);
  return buf;
}
}  // namespace

std::string print_value(const Machine& m, const RType* t, const Slot* v) {
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
      return print_float(v[0].f, 32);
    case Kind::Float64:
      return print_float(v[0].f, 64);
    case Kind::String:
      return std::string(static_cast<const char*>(v[0].p), size_t(v[1].i));
    case Kind::Interface:  // (type word, data word)
      return "(" + hex(m.address_of(v[0].p)) + "," + hex(m.address_of(v[1].p)) + ")";
    case Kind::Slice:
      return "[" + std::to_string(v[1].i) + "/" + std::to_string(v[2].i) + "]" +
             hex(m.address_of(v[0].p));
    default:
      return hex(t->slots ? m.address_of(v[0].p) : 0);
  }
}

}  // namespace gs
