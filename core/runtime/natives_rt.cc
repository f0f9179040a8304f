// internal/rt: run-time inspection of interface values for the Go-written fmt, sort and
// errors packages (a small reflect). Frames: results first, then parameters; an `any`
// parameter occupies two slots (type, data).
#include <cstring>

#include "runtime/natives.h"

namespace gs {

namespace {
using S = NativeStatus;

const RType* type_of(const Slot* x) { return static_cast<const RType*>(x[0].p); }

// reflect.Kind numbering.
int reflect_kind(const RType* t) {
  if (!t) return 0;
  switch (t->kind) {
    case Kind::Bool:
      return 1;
    case Kind::Int:
      return 2;
    case Kind::Int8:
      return 3;
    case Kind::Int16:
      return 4;
    case Kind::Int32:
      return 5;
    case Kind::Int64:
      return 6;
    case Kind::Uint:
      return 7;
    case Kind::Uint8:
      return 8;
    case Kind::Uint16:
      return 9;
    case Kind::Uint32:
      return 10;
    case Kind::Uint64:
      return 11;
    case Kind::Uintptr:
      return 12;
    case Kind::Float32:
      return 13;
    case Kind::Float64:
      return 14;
    case Kind::Complex64:
      return 15;
    case Kind::Complex128:
      return 16;
    case Kind::Array:
      return 17;
    case Kind::Chan:
      return 18;
    case Kind::Func:
      return 19;
    case Kind::Interface:
      return 20;
    case Kind::Map:
      return 21;
    case Kind::Pointer:
      return 22;
    case Kind::Slice:
      return 23;
    case Kind::String:
      return 24;
    case Kind::Struct:
      return 25;
    case Kind::UnsafePointer:
      return 26;
    default:
      return 0;
  }
}

S rt_Kind(Machine&, Goroutine&, Slot* f) {
  f[0].i = reflect_kind(type_of(f + 1));
  return S::Done;
}

S rt_TypeString(Machine& m, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 2);
  m.make_string(t ? t->str : "<nil>", f);
  return S::Done;
}

S rt_IsNil(Machine&, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 1);
  const Slot* d = iface_data(f + 1);
  f[0].u = !t || !d || d[0].p == nullptr;
  return S::Done;
}

S rt_Int(Machine&, Goroutine&, Slot* f) {
  const Slot* d = iface_data(f + 1);
  f[0].i = d ? d[0].i : 0;
  return S::Done;
}

S rt_Float(Machine&, Goroutine&, Slot* f) {
  const Slot* d = iface_data(f + 1);
  f[0].f = d ? d[0].f : 0;
  return S::Done;
}

S rt_Str(Machine&, Goroutine&, Slot* f) {
  const Slot* d = iface_data(f + 2);
  if (d) {
    f[0] = d[0];
    f[1] = d[1];
  } else {
    f[0].p = nullptr;
    f[1].i = 0;
  }
  return S::Done;
}

S rt_Len(Machine&, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 1);
  const Slot* d = iface_data(f + 1);
  int64_t n = 0;
  if (t && d) {
    switch (t->kind) {
      case Kind::String:
      case Kind::Slice:
        n = d[1].i;
        break;
      case Kind::Array:
        n = t->len;
        break;
      case Kind::Map:
        n = d[0].p ? static_cast<MapObj*>(d[0].p)->len() : 0;
        break;
      case Kind::Chan:
        n = d[0].p ? static_cast<Chan*>(d[0].p)->count : 0;
        break;
      default:
        break;
    }
  } else if (t && t->kind == Kind::Array) {
    n = t->len;
  }
  f[0].i = n;
  return S::Done;
}

// Element i of an array or slice as an interface value.
S rt_Index(Machine& m, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 2);
  const Slot* d = iface_data(f + 2);
  int64_t i = f[4].i;
  const RType* et = t->elem;
  const Slot* base = t->kind == Kind::Slice ? static_cast<const Slot*>(d[0].p) : d;
  return make_iface(m, et, base + i * et->slots, f) ? S::Done : S::Exit;
}

S rt_NumField(Machine&, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 1);
  f[0].i = t ? int64_t(t->fields.size()) : 0;
  return S::Done;
}

S rt_FieldName(Machine& m, Goroutine&, Slot* f) {
  m.make_string(type_of(f + 2)->fields[size_t(f[4].i)].name, f);
  return S::Done;
}

S rt_FieldExported(Machine&, Goroutine&, Slot* f) {
  f[0].u = type_of(f + 1)->fields[size_t(f[3].i)].exported;
  return S::Done;
}

S rt_FieldEmbedded(Machine&, Goroutine&, Slot* f) {
  f[0].u = type_of(f + 1)->fields[size_t(f[3].i)].embedded;
  return S::Done;
}

S rt_Field(Machine& m, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 2);
  const Slot* d = iface_data(f + 2);
  const RField& fl = t->fields[size_t(f[4].i)];
  static const Slot zero[4] = {};
  const Slot* v = d ? d + fl.offset : zero;
  return make_iface(m, fl.type, v, f) ? S::Done : S::Exit;
}

S rt_FieldTypeString(Machine& m, Goroutine&, Slot* f) {
  m.make_string(type_of(f + 2)->fields[size_t(f[4].i)].type->str, f);
  return S::Done;
}

S rt_Elem(Machine& m, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 2);
  const Slot* d = iface_data(f + 2);
  const Slot* p = static_cast<const Slot*>(d[0].p);
  return make_iface(m, t->elem, p, f) ? S::Done : S::Exit;
}

S rt_ElemKind(Machine&, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 1);
  f[0].i = t && t->elem ? reflect_kind(t->elem) : 0;
  return S::Done;
}

S rt_ElemTypeString(Machine& m, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 2);
  m.make_string(t && t->elem ? t->elem->str : "", f);
  return S::Done;
}

S rt_Pointer(Machine& m, Goroutine&, Slot* f) {
  const Slot* d = iface_data(f + 1);
  f[0].u = d ? m.address_of(d[0].p) : 0;
  return S::Done;
}

S rt_Swap(Machine&, Goroutine&, Slot* f) {
  const RType* t = type_of(f);
  const Slot* d = iface_data(f);
  int w = t->elem->slots;
  Slot* base = static_cast<Slot*>(d[0].p);
  int64_t i = f[2].i, j = f[3].i;
  int64_t n = d[1].i;
  if (uint64_t(i) >= uint64_t(n) || uint64_t(j) >= uint64_t(n)) return S::Done;
  Slot tmp[16];
  std::vector<Slot> big;
  Slot* t0 = w <= 16 ? tmp : (big.resize(size_t(w)), big.data());
  std::memcpy(t0, base + i * w, sizeof(Slot) * size_t(w));
  std::memmove(base + i * w, base + j * w, sizeof(Slot) * size_t(w));
  std::memcpy(base + j * w, t0, sizeof(Slot) * size_t(w));
  return S::Done;
}

S rt_SameType(Machine&, Goroutine&, Slot* f) {
  f[0].u = f[1].p == f[3].p;
  return S::Done;
}

// AssignTo(ptr any, v any) bool
S rt_AssignTo(Machine& m, Goroutine&, Slot* f) {
  const RType* pt = type_of(f + 1);
  Slot* p = static_cast<Slot*>(iface_data(f + 1)[0].p);
  const RType* et = pt->elem;
  const RType* vt = type_of(f + 3);
  if (!vt) {
    f[0].u = 0;
    return S::Done;
  }
  if (et->kind == Kind::Interface) {
    if (!m.implements(vt, et)) {
      f[0].u = 0;
      return S::Done;
    }
    p[0] = f[3];
    p[1] = f[4];
  } else {
    if (vt != et) {
      f[0].u = 0;
      return S::Done;
    }
    const Slot* d = iface_data(f + 3);
    if (d) std::memcpy(p, d, sizeof(Slot) * size_t(et->slots));
  }
  f[0].u = 1;
  return S::Done;
}

S rt_ElemIsInterfaceOrError(Machine& m, Goroutine&, Slot* f) {
  const RType* pt = type_of(f + 1);
  const RType* et = pt->elem;
  bool ok = et->kind == Kind::Interface || (m.prog.rt_error && m.implements(et, m.prog.rt_error));
  f[0].u = ok;
  return S::Done;
}

// MapEntries(x any) (keys []any, vals []any)
S rt_MapEntries(Machine& m, Goroutine&, Slot* f) {
  const RType* t = type_of(f + 6);
  const Slot* d = iface_data(f + 6);
  auto* mp = d ? static_cast<MapObj*>(d[0].p) : nullptr;
  int64_t n = mp ? mp->len() : 0;
  Slot* ks = m.alloc_slots(2 * n);
  Slot* vs = m.alloc_slots(2 * n);
  if (!ks || !vs) return S::Exit;
  int64_t j = 0;
  for (size_t i = 0; mp && i < mp->entry_count(); i++) {
    if (!mp->entry_alive(i)) continue;
    const Slot* e = mp->entry(i);
    if (!make_iface(m, t->key, e, ks + 2 * j) || !make_iface(m, t->elem, e + mp->kw, vs + 2 * j))
      return S::Exit;
    j++;
  }
  f[0].p = ks;
  f[1].i = n;
  f[2].i = n;
  f[3].p = vs;
  f[4].i = n;
  f[5].i = n;
  return S::Done;
}

// ---- setters for encoding/json (pointer targets) ----

Slot* target(Slot* ptr_iface) { return static_cast<Slot*>(iface_data(ptr_iface)[0].p); }

int bits_of(Kind k) {
  switch (k) {
    case Kind::Int8:
    case Kind::Uint8:
      return 8;
    case Kind::Int16:
    case Kind::Uint16:
      return 16;
    case Kind::Int32:
    case Kind::Uint32:
      return 32;
    default:
      return 64;
  }
}

S rt_FieldTag(Machine& m, Goroutine&, Slot* f) {
  m.make_string(type_of(f + 2)->fields[size_t(f[4].i)].tag, f);
  return S::Done;
}

S rt_SetBool(Machine&, Goroutine&, Slot* f) {
  target(f)[0].u = f[2].u ? 1 : 0;
  return S::Done;
}

S rt_SetInt(Machine&, Goroutine&, Slot* f) {
  int bits = bits_of(type_of(f)->elem->kind);
  int64_t v = f[2].i;
  if (bits < 64) v = int64_t(uint64_t(v) << (64 - bits)) >> (64 - bits);
  target(f)[0].i = v;
  return S::Done;
}

S rt_SetUint(Machine&, Goroutine&, Slot* f) {
  int bits = bits_of(type_of(f)->elem->kind);
  uint64_t v = f[2].u;
  if (bits < 64) v &= (uint64_t(1) << bits) - 1;
  target(f)[0].u = v;
  return S::Done;
}

S rt_SetFloat(Machine&, Goroutine&, Slot* f) {
  double v = f[2].f;
  if (type_of(f)->elem->kind == Kind::Float32) v = double(float(v));
  target(f)[0].f = v;
  return S::Done;
}

S rt_SetString(Machine&, Goroutine&, Slot* f) {
  Slot* p = target(f);
  p[0] = f[2];
  p[1] = f[3];
  return S::Done;
}

S rt_SetZero(Machine&, Goroutine&, Slot* f) {
  int w = type_of(f)->elem->slots;
  if (w) std::memset(target(f), 0, sizeof(Slot) * size_t(w));
  return S::Done;
}

S rt_MakeSlice(Machine& m, Goroutine&, Slot* f) {
  const RType* st = type_of(f)->elem;
  int64_t n = f[2].i;
  Slot* data = m.alloc_slots(n * st->elem->slots);
  if (!data) return S::Exit;
  Slot* p = target(f);
  p[0].p = data;
  p[1].i = n;
  p[2].i = n;
  return S::Done;
}

S rt_IndexPtr(Machine& m, Goroutine&, Slot* f) {
  const RType* ct = type_of(f + 2)->elem;
  Slot* p = target(f + 2);
  int64_t i = f[4].i;
  RType* et = ct->elem;
  Slot* base = ct->kind == Kind::Slice ? static_cast<Slot*>(p[0].p) : p;
  f[0].p = m.pointer_rtype(et);
  f[1].p = base + i * et->slots;
  return S::Done;
}

S rt_FieldPtr(Machine& m, Goroutine&, Slot* f) {
  const RType* st = type_of(f + 2)->elem;
  const RField& fl = st->fields[size_t(f[4].i)];
  f[0].p = m.pointer_rtype(fl.type);
  f[1].p = target(f + 2) + fl.offset;
  return S::Done;
}

S rt_AllocElem(Machine& m, Goroutine&, Slot* f) {
  RType* pt = type_of(f + 2)->elem;  // *E
  Slot* cell = m.alloc_slots(pt->elem->slots);
  if (!cell) return S::Exit;
  target(f + 2)[0].p = cell;
  f[0].p = pt;
  f[1].p = cell;
  return S::Done;
}

S rt_MakeMap(Machine& m, Goroutine&, Slot* f) {
  target(f)[0].p = m.new_map(type_of(f)->elem);
  return S::Done;
}

S rt_NewMapValue(Machine& m, Goroutine&, Slot* f) {
  RType* vt = type_of(f + 2)->elem->elem;
  Slot* cell = m.alloc_slots(vt->slots);
  if (!cell) return S::Exit;
  f[0].p = m.pointer_rtype(vt);
  f[1].p = cell;
  return S::Done;
}

S rt_MapStore(Machine& m, Goroutine&, Slot* f) {
  const RType* mt = type_of(f + 1)->elem;
  auto* mp = static_cast<MapObj*>(target(f + 1)[0].p);
  const RType* kt = type_of(f + 3);
  const Slot* kd = iface_data(f + 3);
  Slot key[2] = {};
  Kind want = mt->key->kind;
  if (want == Kind::String && kt && kt->kind == Kind::String) {
    key[0] = kd[0];
    key[1] = kd[1];
  } else if (want >= Kind::Int && want <= Kind::Uintptr && kt && kt->kind == Kind::Int64) {
    key[0] = kd[0];
  } else {
    f[0].u = 0;
    return S::Done;
  }
  bool ok = true;
  Slot* v = mp->insert(key, ok, nullptr);
  const Slot* src = static_cast<const Slot*>(iface_data(f + 5)[0].p);
  if (mt->elem->slots) std::memcpy(v, src, sizeof(Slot) * size_t(mt->elem->slots));
  (void)m;
  f[0].u = 1;
  return S::Done;
}

S rt_MapKeyKind(Machine&, Goroutine&, Slot* f) {
  f[0].i = reflect_kind(type_of(f + 1)->elem->key);
  return S::Done;
}

const NativeEntry kTable[] = {
    {"internal/rt.Kind", rt_Kind},
    {"internal/rt.TypeString", rt_TypeString},
    {"internal/rt.IsNil", rt_IsNil},
    {"internal/rt.Int", rt_Int},
    {"internal/rt.Uint", rt_Int},
    {"internal/rt.Bool", rt_Int},
    {"internal/rt.Float", rt_Float},
    {"internal/rt.Str", rt_Str},
    {"internal/rt.Len", rt_Len},
    {"internal/rt.Index", rt_Index},
    {"internal/rt.NumField", rt_NumField},
    {"internal/rt.FieldName", rt_FieldName},
    {"internal/rt.FieldExported", rt_FieldExported},
    {"internal/rt.FieldEmbedded", rt_FieldEmbedded},
    {"internal/rt.Field", rt_Field},
    {"internal/rt.FieldTypeString", rt_FieldTypeString},
    {"internal/rt.Elem", rt_Elem},
    {"internal/rt.ElemKind", rt_ElemKind},
    {"internal/rt.ElemTypeString", rt_ElemTypeString},
    {"internal/rt.Pointer", rt_Pointer},
    {"internal/rt.Swap", rt_Swap},
    {"internal/rt.SameType", rt_SameType},
    {"internal/rt.AssignTo", rt_AssignTo},
    {"internal/rt.ElemIsInterfaceOrError", rt_ElemIsInterfaceOrError},
    {"internal/rt.MapEntries", rt_MapEntries},
    {"internal/rt.FieldTag", rt_FieldTag},
    {"internal/rt.SetBool", rt_SetBool},
    {"internal/rt.SetInt", rt_SetInt},
    {"internal/rt.SetUint", rt_SetUint},
    {"internal/rt.SetFloat", rt_SetFloat},
    {"internal/rt.SetString", rt_SetString},
    {"internal/rt.SetZero", rt_SetZero},
    {"internal/rt.MakeSlice", rt_MakeSlice},
    {"internal/rt.IndexPtr", rt_IndexPtr},
    {"internal/rt.FieldPtr", rt_FieldPtr},
    {"internal/rt.AllocElem", rt_AllocElem},
    {"internal/rt.MakeMap", rt_MakeMap},
    {"internal/rt.NewMapValue", rt_NewMapValue},
    {"internal/rt.MapStore", rt_MapStore},
    {"internal/rt.MapKeyKind", rt_MapKeyKind},
};
}  // namespace

const NativeEntry* natives_rt(size_t* n) {
  *n = sizeof(kTable) / sizeof(kTable[0]);
  return kTable;
}

}  // namespace gs
