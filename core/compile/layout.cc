// Slot widths and gc (amd64) sizes of types.
#include "compile/layout.h"

#include <algorithm>

namespace gs {

std::string too_large_message(int64_t slots) {
  return "value too large for goroscope: it keeps every element in an 8-byte slot, and this "
         "needs " +
         (slots > kMaxValueSlots ? "more than " + std::to_string(kMaxValueSlots)
                                 : std::to_string(slots)) +
         " slots (the limit is " + std::to_string(kMaxValueSlots) + ", 128 MiB)";
}

int slots_of(const Type* t) {
  if (t->slots_ >= 0) return t->slots_;
  const Type* u = under(t);
  int64_t n = 1;  // saturates at kMaxValueSlots + 1
  switch (u->kind) {
    case Kind::String:
    case Kind::Interface:
      n = 2;
      break;
    case Kind::Slice:
      n = 3;
      break;
    case Kind::Array: {
      int64_t e = slots_of(u->elem);
      n = e && u->len > (kMaxValueSlots + 1) / e ? kMaxValueSlots + 1 : u->len * e;
      break;
    }
    case Kind::Struct:
      n = 0;
      for (auto& f : u->fields) n = std::min<int64_t>(n + slots_of(f.type), kMaxValueSlots + 1);
      break;
    case Kind::Tuple:
      n = 0;
      for (auto* r : u->results) n = std::min<int64_t>(n + slots_of(r), kMaxValueSlots + 1);
      break;
    default:
      n = 1;
      break;
  }
  n = std::min<int64_t>(n, kMaxValueSlots + 1);
  t->slots_ = int(n);
  return int(n);
}

int field_offset(const Type* st, int i) {
  const Type* u = under(st);
  int off = 0;
  for (int k = 0; k < i; k++) off += slots_of(u->fields[k].type);
  return off;
}

bool go_has_pointers(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case Kind::String:
    case Kind::Slice:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::Interface:
    case Kind::Pointer:
    case Kind::UnsafePointer:
      return true;
    case Kind::Array:
      return u->len > 0 && go_has_pointers(u->elem);
    case Kind::Struct:
      for (auto& f : u->fields)
        if (go_has_pointers(f.type)) return true;
      return false;
    default:
      return false;
  }
}

int64_t go_alignof(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case Kind::Array:
      return go_alignof(u->elem);
    case Kind::Struct: {
      int64_t a = 1;
      for (auto& f : u->fields) a = std::max(a, go_alignof(f.type));
      return a;
    }
    default:  // scalars align to their size; multi-word values to the word
      return std::min<int64_t>(go_sizeof(u), 8);
  }
}

int64_t go_sizeof(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int8:
    case Kind::Uint8:
      return 1;
    case Kind::Int16:
    case Kind::Uint16:
      return 2;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
      return 4;
    case Kind::String:
    case Kind::Interface:
    case Kind::Complex128:
      return 16;
    case Kind::Slice:
      return 24;
    case Kind::Array:
      return u->len * go_sizeof(u->elem);
    case Kind::Struct: {
      int64_t off = 0, align = 1;
      for (auto& f : u->fields) {
        int64_t a = go_alignof(f.type);
        align = std::max(align, a);
        off = (off + a - 1) / a * a + go_sizeof(f.type);
      }
      // A trailing zero-size field gets padding so its address stays inside the object.
      if (!u->fields.empty() && go_sizeof(u->fields.back().type) == 0 && off > 0) off++;
      return (off + align - 1) / align * align;
    }
    default:
      return 8;
  }
}

}  // namespace gs
