// Opcode names come from the GS_OPCODES table; each line shows pc, source line and operands.
#include "vm/disasm.h"

#include <cstdio>

namespace gs {

const char* op_name(Op op) {
  switch (op) {
#define GS_OP_NAME(name, effect) \
  case Op::name:                 \
    return #name;
    GS_OPCODES(GS_OP_NAME)
#undef GS_OP_NAME
    default:
      return "?";
  }
}

std::string disassemble(const Program& prog, const FuncProto& fn) {
  std::string out = "func " + fn.name + " (results " + std::to_string(fn.result_slots) +
                    ", params " + std::to_string(fn.param_slots) + ", frame " +
                    std::to_string(fn.frame_slots) + ")\n";
  const SourceFile* sf =
      size_t(fn.file) < prog.files.size() ? prog.files[size_t(fn.file)] : nullptr;
  for (size_t i = 0; i < fn.code.size(); i++) {
    const Instr& in = fn.code[i];
    int line = sf && i < fn.pos.size() ? sf->position(fn.pos[i]).line : 0;
    char buf[160];
    snprintf(buf, sizeof buf, "  %4zu L%-4d %-12s a=%d b=%d c=%d n=%d", i, line, op_name(in.op),
             in.a, in.b, in.c, in.n);
    out += buf;
    if ((in.op == Op::Call || in.op == Op::Closure) &&
        size_t(in.op == Op::Call ? in.a : in.b) < prog.funcs.size())
      out += "  ; " + prog.funcs[size_t(in.op == Op::Call ? in.a : in.b)]->name;
    out += "\n";
  }
  return out;
}

}  // namespace gs
