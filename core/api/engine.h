// The embedding API of the core: compile a Go source file (with goroscope's standard
// library) into a Program, and run it on a Machine. Used by the CLI, the tests and the
// web worker. Never throws; errors are diagnostics and exit codes.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "check/checker.h"
#include "compile/compiler.h"
#include "parse/ast.h"
#include "vm/machine.h"

namespace gs {

struct BuildOptions {
  int go_version = 122;  // 121 or 122 (loop variable semantics)
};

struct StdLibrary;

// Everything a compiled program needs to stay alive: sources, syntax trees, types, and the
// shared standard library it is built on.
struct Build {
  std::shared_ptr<const StdLibrary> library;  // the std packages the program imports
  std::unique_ptr<SourceFile> user_file;
  std::vector<const SourceFile*> files;  // files[0] is the user's file; then the library's
  AstPool ast;
  std::unique_ptr<TypeTable> types;  // the user's types, on top of the library's
  Diagnostics diags;
  std::unique_ptr<Program> program;                // nullptr when diags has errors
  std::vector<std::unique_ptr<Package>> packages;  // the user's package
  // The checker owns the objects, scopes and function facts the syntax trees point to
  // (Ident::obj, ...): vet and the compiler read them, so it lives as long as the Build.
  std::unique_ptr<Checker> checker;
  bool ok() const { return program != nullptr; }
  // "name:line:col: message" lines, sorted by position.
  std::string format_diagnostics() const;
};

// Builds are serialized (one at a time per process): the shared library is read by all.
std::unique_ptr<Build> build_program(const std::string& filename, const std::string& source,
                                     BuildOptions opts);

// The import paths goroscope provides, sorted.
std::vector<std::string> supported_packages();
// Markdown listing every package with its exported functions, types (with methods),
// constants and variables, read from the embedded sources (core/stdlib/PACKAGES.md).
std::string stdlib_api_markdown();

struct RunResult {
  int exit_code = 0;
  std::string out;  // stdout (when no output callback was given)
  std::string err;  // stderr
  std::vector<uint64_t> decisions;
  bool replay_diverged = false;
  int64_t virtual_ns = 0;         // virtual time elapsed
  std::vector<Finding> findings;  // analysis findings (leaks, blocked forever, self-deadlocks)
  int leaks = 0;
  Trace trace;  // when RunOptions::trace is set
};

// Runs to completion (or a limit). `on_output`, when set, receives output as produced.
RunResult run_to_end(const Program& prog, RunOptions opts,
                     std::function<void(int fd, std::string_view)> on_output = nullptr);

}  // namespace gs
