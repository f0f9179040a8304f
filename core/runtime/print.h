// Formatting for the print/println builtins and for fatal panic values: the runtime's own
// number format (floats as +1.500000e+000), independent of package fmt.
#pragma once
#include <string>

#include "vm/program.h"

namespace gs {

std::string print_value(const RType* t, const Slot* v);
std::string print_float(double f);

}  // namespace gs
