// Natively implemented standard-library functions: bodyless Go declarations in
// core/stdlib/*.go bind by qualified name ("time.Sleep", "sync.(*Mutex).Lock").
#pragma once
#include <string>
#include <string_view>

#include "vm/machine.h"

namespace gs {

struct NativeEntry {
  const char* name;
  NativeFn fn;
  // A busy-wait loop may call it without that counting as a change of state: the lock
  // operations, which report what they write with Machine::spin_touch (vm/spin.cc).
  bool spin_safe = false;
};

// The native bound to a qualified name, or nullptr.
const NativeEntry* lookup_native(const std::string& name);

// Each natives_*.cc file exposes its table; the registry concatenates them.
const NativeEntry* natives_core(size_t* n);
const NativeEntry* natives_rt(size_t* n);
const NativeEntry* natives_sync(size_t* n);
const NativeEntry* natives_time(size_t* n);

// Helpers for natives.
inline std::string_view arg_string(const Slot* s) { return slot_string(s); }
// The data slots of an interface value (nullptr for zero-width dynamic types).
inline const Slot* iface_data(const Slot* iface) {
  auto* t = static_cast<const RType*>(iface[0].p);
  if (!t || t->slots == 0) return nullptr;
  return t->slots == 1 ? &iface[1] : static_cast<const Slot*>(iface[1].p);
}
// Builds an interface value holding a value of type t read from v. Interface-typed
// values are copied as they are (their dynamic value). False when the heap limit hit.
bool make_iface(Machine& m, const RType* t, const Slot* v, Slot* out);

}  // namespace gs
