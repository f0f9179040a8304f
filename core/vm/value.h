// The VM's value cell. Every Go value occupies a fixed number of 8-byte slots decided by
// its static type (see compile/layout.h); the VM never inspects a slot's type at run time.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

namespace gs {

union Slot {
  int64_t i;
  uint64_t u;
  double f;
  void* p;
};
static_assert(sizeof(Slot) == 8);

// Strings are two slots: {const char* data, int64 len}; the bytes are immutable.
inline std::string_view slot_string(const Slot* s) {
  return std::string_view(static_cast<const char*>(s[0].p), size_t(s[1].i));
}

}  // namespace gs
