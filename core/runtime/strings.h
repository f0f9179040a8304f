// String and slice primitives of the VM with Go's semantics (UTF-8 decoding, append growth)
// and Go's run-time error texts. Functions returning bool fail only when the heap limit
// ended the program.
#pragma once
#include <string>
#include <string_view>

#include "vm/machine.h"

namespace gs {

extern const std::string kNilDeref;      // "invalid memory address or nil pointer dereference"
extern const std::string kDivideByZero;  // "integer divide by zero"

std::string index_error(int64_t i, int64_t n);
// Empty when the bounds are valid. flags: bit0 low given, bit1 high, bit2 max (3-index),
// bit3 the operand is an array (messages say "length" instead of "capacity").
std::string slice_error(int64_t lo, int64_t hi, int64_t max, int64_t cap, int flags);

int32_t decode_rune(std::string_view s, size_t i, int& width);
void encode_rune(std::string& out, int32_t r);

bool string_concat(Machine& m, const Slot* a, const Slot* b, Slot* out);
// out = s[0] + s[1] + ... + s[n-1] (n strings of 2 slots each); out may overlap s.
bool string_concat_n(Machine& m, const Slot* s, int n, Slot* out);
bool rune_to_string(Machine& m, int64_t r, Slot* out);
bool bytes_to_string(Machine& m, const Slot* slice, Slot* out);
bool runes_to_string(Machine& m, const Slot* slice, Slot* out);
bool string_to_bytes(Machine& m, const Slot* str, Slot* out);
bool string_to_runes(Machine& m, const Slot* str, Slot* out);
// out = append(s, n elements of type elem at vals...)
bool slice_append(Machine& m, const RType* elem, const Slot* s, const Slot* vals, int64_t n,
                  Slot* out);
bool append_string(Machine& m, const Slot* s, const Slot* str, Slot* out);

}  // namespace gs
