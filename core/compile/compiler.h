// Compiles checked packages into a Program: bytecode functions, run-time types, globals.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/scope.h"
#include "source/diagnostic.h"
#include "vm/program.h"

namespace gs {

struct CompileOptions {
  int go_version = 122;  // 121: one loop variable shared by all iterations
};

// A compiled set of packages that programs are built on (the standard library, compiled
// once per process: api/std_cache.h). Read-only once made; outlives those programs.
struct CompiledLibrary {
  const Program* program = nullptr;
  std::unordered_map<FuncInfo*, FuncProto*> protos;
  std::unordered_map<std::string, FuncProto*> wrappers;
  // Each package's initialization (variables, then init functions), in dependency order:
  // a program runs those of the packages it imports, directly or not, and no others.
  std::vector<std::pair<const Package*, FuncProto*>> inits;
};

// `packages` are in dependency order (imports first, main last). `funcs` lists every
// FuncInfo the checker created for them. With `base`, the program extends that library
// (its packages are imported, already compiled). Unsupported constructs and missing natives
// are reported as diagnostics; the result is nullptr then.
std::unique_ptr<Program> compile_program(const std::vector<Package*>& packages,
                                         const std::vector<FuncInfo*>& funcs, TypeTable& types,
                                         const std::vector<const SourceFile*>& files,
                                         Diagnostics& diags, CompileOptions opts,
                                         const CompiledLibrary* base = nullptr);
// Compiles `packages` (no main) as a library for compile_program's `base`.
std::unique_ptr<Program> compile_library(const std::vector<Package*>& packages,
                                         const std::vector<FuncInfo*>& funcs, TypeTable& types,
                                         const std::vector<const SourceFile*>& files,
                                         Diagnostics& diags, CompiledLibrary& out);

}  // namespace gs
