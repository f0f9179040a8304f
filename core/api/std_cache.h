// The standard library packages a program imports, parsed, checked and compiled once per
// process and shared, read-only, by every program built on them (build_program). A fuzzer,
// the browser's compile-as-you-type and `check --seeds` then pay only for the user's file.
#pragma once
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/checker.h"
#include "compile/compiler.h"
#include "parse/ast.h"

namespace gs {

// Invariants: never changed once made (programs built on it only read it; build_program
// serializes builds, so lazily filled caches on its types are written by one thread at a
// time); files[0] is an empty placeholder, since index 0 is always the user's file.
struct StdLibrary {
  std::set<std::string> imports;  // the paths it was built for (their imports come too)
  std::vector<std::unique_ptr<SourceFile>> files;
  AstPool ast;
  TypeTable types;
  Diagnostics diags;  // empty unless goroscope's own library fails to build
  std::vector<std::unique_ptr<Package>> packages;  // in dependency order
  std::unordered_map<std::string, Package*> by_path;
  std::unique_ptr<Checker> checker;
  std::unique_ptr<Program> program;  // its entry initializes every package
  CompiledLibrary compiled;
};

// The embedded source of std package `path` ("net/http"), or nullptr.
const char* std_source(const std::string& path);

// A library holding `imports` (std paths that exist), everything they import, and runtime;
// it may hold more packages (see std_cache.cc).
std::shared_ptr<const StdLibrary> std_library(const std::set<std::string>& imports);

}  // namespace gs
