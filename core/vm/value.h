// The VM's value cell. Every Go value occupies a fixed number of 8-byte slots decided by
// its static type (see compile/layout.h); the VM never inspects a slot's type at run time.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace gs {

// A pointer stored in a full 64-bit word. Slots are copied, compared and hashed as 64-bit
// words (`.u`), so on 32-bit targets (wasm32) storing a pointer must also clear the upper
// half, which a plain `void*` member would leave holding a previous value's bits.
struct SlotPtr {
  uint64_t bits;
  template <class T>
  operator T*() const {
    return reinterpret_cast<T*>(uintptr_t(bits));
  }
  explicit operator bool() const { return bits != 0; }
  SlotPtr& operator=(const void* v) {
    bits = uintptr_t(v);
    return *this;
  }
  bool operator==(const SlotPtr&) const = default;
  bool operator==(const void* v) const { return bits == uintptr_t(v); }
};

union Slot {
  int64_t i;
  uint64_t u;
  double f;
  SlotPtr p;
};
static_assert(sizeof(Slot) == 8);

// Strings are two slots: {const char* data, int64 len}; the bytes are immutable.
inline std::string_view slot_string(const Slot* s) {
  return std::string_view(static_cast<const char*>(s[0].p), size_t(s[1].i));
}

}  // namespace gs
