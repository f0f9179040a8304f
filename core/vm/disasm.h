// Human-readable listing of compiled functions (goroscope disasm), from the opcode table.
#pragma once
#include <string>

#include "vm/program.h"

namespace gs {

std::string disassemble(const Program& prog, const FuncProto& fn);

}  // namespace gs
