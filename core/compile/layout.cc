// Slot widths and gc (amd64) sizes of types.
#include "compile/layout.h"

#include <algorithm>

namespace gs {

int slots_of(const Type* t) {
  if (t->slots_ >= 0) return t->slots_;
  const Type* u = under(t);
  int n = 1;
  switch (u->kind) {
    case Kind::String:
    case Kind::Interface:
      n = 2;
      break;
    case Kind::Slice:
      n = 3;
      break;
    case Kind::Array:
      n = int(u->len) * slots_of(u->elem);
      break;
    case Kind::Struct:
      n = 0;
      for (auto& f : u->fields) n += slots_of(f.type);
      break;
    case Kind::Tuple:
      n = 0;
      for (auto* r : u->results) n += slots_of(r);
      break;
    default:
      n = 1;
      break;
  }
  t->slots_ = n;
  return n;
}

int field_offset(const Type* st, int i) {
  const Type* u = under(st);
  int off = 0;
  for (int k = 0; k < i; k++) off += slots_of(u->fields[k].type);
  return off;
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
