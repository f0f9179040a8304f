// Formatting for the print/println builtins and for fatal panic values, as Go 1.26's
// runtime does it (runtime/print.go): floats shortest ('g', like strconv), pointers in hex.
#pragma once
#include <string>

#include "vm/program.h"

namespace gs {

class Machine;

std::string print_value(const Machine& m, const RType* t, const Slot* v);
std::string print_float(double f, int bit_size);

}  // namespace gs
