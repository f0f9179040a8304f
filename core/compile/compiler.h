// Compiles checked packages into a Program: bytecode functions, run-time types, globals.
#pragma once
#include <memory>
#include <vector>

#include "check/scope.h"
#include "source/diagnostic.h"
#include "vm/program.h"

namespace gs {

struct CompileOptions {
  int go_version = 122;  // 121: one loop variable shared by all iterations
};

// `packages` are in dependency order (imports first, main last). `funcs` lists every
// FuncInfo the checker created. Unsupported constructs and missing natives are reported
// as diagnostics; the result is nullptr then.
std::unique_ptr<Program> compile_program(const std::vector<Package*>& packages,
                                         const std::vector<FuncInfo*>& funcs, TypeTable& types,
                                         const std::vector<const SourceFile*>& files,
                                         Diagnostics& diags, CompileOptions opts);

}  // namespace gs
