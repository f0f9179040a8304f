// The native function registry.
#include "runtime/natives.h"

#include <cstring>
#include <unordered_map>

namespace gs {

bool make_iface(Machine& m, const RType* t, const Slot* v, Slot* out) {
  if (t->kind == Kind::Interface) {
    out[0] = v[0];
    out[1] = v[1];
    return true;
  }
  out[0].p = const_cast<RType*>(t);
  if (t->slots == 0) {
    out[1].u = 0;
  } else if (t->slots == 1) {
    out[1] = v[0];
  } else {
    Slot* p = m.alloc_slots(t->slots);
    if (!p) return false;
    std::memcpy(p, v, sizeof(Slot) * size_t(t->slots));
    out[1].p = p;
  }
  return true;
}

const NativeEntry* lookup_native(const std::string& name) {
  static const std::unordered_map<std::string, const NativeEntry*> table = [] {
    std::unordered_map<std::string, const NativeEntry*> t;
    for (auto* get : {natives_core, natives_rt, natives_sync, natives_time}) {
      size_t n = 0;
      const NativeEntry* e = get(&n);
      for (size_t i = 0; i < n; i++) t.emplace(e[i].name, &e[i]);
    }
    return t;
  }();
  auto it = table.find(name);
  return it == table.end() ? nullptr : it->second;
}

}  // namespace gs
