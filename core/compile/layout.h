// How Go values are laid out in VM slots, and the sizes real Go gives them (used where
// observable behaviour depends on them: append's capacity growth).
#pragma once
#include <cstdint>

#include "check/types.h"
#include "vm/opcodes.h"

namespace gs {

// Slots a value of type t occupies: scalars, pointers, maps, chans, funcs: 1; strings and
// interfaces: 2; slices: 3; arrays: len * elem; structs: sum of fields; struct{}: 0.
// At most kMaxValueSlots + 1: wider types saturate there, and the compiler rejects values
// of such types with an error (too_large_message).
constexpr int kMaxValueSlots = kMaxN;
int slots_of(const Type* t);
std::string too_large_message(int64_t slots);
// Byte offset-free slot offset of field i of struct type st.
int field_offset(const Type* st, int i);
// Whether gc's representation of t holds pointers (strings, slices, maps, ... do).
bool go_has_pointers(const Type* t);
// sizeof and alignof of the type in gc's amd64 layout.
int64_t go_sizeof(const Type* t);
int64_t go_alignof(const Type* t);

}  // namespace gs
