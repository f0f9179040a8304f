// How Go values are laid out in VM slots, and the sizes real Go gives them (used where
// observable behaviour depends on them: append's capacity growth).
#pragma once
#include <cstdint>

#include "check/types.h"

namespace gs {

// Slots a value of type t occupies: scalars, pointers, maps, chans, funcs: 1; strings and
// interfaces: 2; slices: 3; arrays: len * elem; structs: sum of fields; struct{}: 0.
int slots_of(const Type* t);
// Byte offset-free slot offset of field i of struct type st.
int field_offset(const Type* st, int i);
// sizeof and alignof of the type in gc's amd64 layout.
int64_t go_sizeof(const Type* t);
int64_t go_alignof(const Type* t);

}  // namespace gs
