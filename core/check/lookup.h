// Field and method lookup through embedded fields (Go spec "Selectors"), shared by the
// checker and the compiler (which builds method tables of dynamic types).
#pragma once
#include <string>
#include <vector>

#include "check/scope.h"

namespace gs {

// Finds `name` in type t (or *t). Returns false when absent; sets ambiguous when two
// candidates exist at the same shallowest depth.
bool lookup_member(const Type* t, const std::string& name, Selection& out, bool& ambiguous);

// Names of all methods in the method set of t (value or pointer type), sorted. Promoted
// methods of embedded fields included; for a non-pointer t, pointer-receiver methods are
// only included when reached through an embedded pointer.
std::vector<std::string> method_set_names(const Type* t);

// True when the method found by a Method selection needs a pointer receiver that the
// selection path cannot produce from a value of type t (t not a pointer, no pointer on path).
bool needs_addressable_receiver(const Type* t, const Selection& sel);

}  // namespace gs
