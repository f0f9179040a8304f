// Go's append growth (runtime.growslice) and the limits around it, shared by the VM, the
// runtime's slice primitives and the compiler.
#pragma once
#include <cstdint>

namespace gs {

// Go's append growth: the new capacity for a slice of old capacity `old_cap` that must hold
// `needed` elements of `elem_size` bytes (size classes included, as gc rounds allocations).
int64_t grow_capacity(int64_t old_cap, int64_t needed, int64_t elem_size, bool has_pointers);
// Whether append can make len+n elements of that size (else Go panics "growslice: len out
// of range").
bool append_len_ok(int64_t len, int64_t n, int64_t elem_size);
// The size of gc's stack backing store for appends (Op::StackStore, compile/stack_store.h):
// its -d=variablemakethreshold default.
constexpr int64_t kStackStoreBytes = 32;

}  // namespace gs
