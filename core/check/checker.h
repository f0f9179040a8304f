// The type checker: resolves names, computes the type and constant value of every
// expression, checks statements, and records what the compiler needs (FuncInfo, boxing).
// Errors are collected (all of them, sorted later); checking continues past errors.
#pragma once
#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "check/builtins.h"
#include "check/scope.h"
#include "source/diagnostic.h"

namespace gs {

struct CheckOptions {
  int go_version = 122;  // 121: loop variables are shared by all iterations
};

class Checker {
 public:
  // `base`, when given, is the checker of packages already checked (the shared standard
  // library): its universe and objects are used, never changed.
  // Instances of generic declarations are parsed again into ast.
  Checker(TypeTable& types, Diagnostics& diags, AstPool& ast, const std::vector<SourceFile*>& files,
          CheckOptions opts, const Checker* base = nullptr);
  ~Checker();
  Scope* universe() const { return universe_; }
  // Checks one package whose files are parsed and whose imports are already checked.
  // `imports` maps import path -> package.
  void check_package(Package* pkg, const std::unordered_map<std::string, Package*>& imports);
  // Every function (declared and literal) checked so far, in order.
  const std::vector<FuncInfo*>& funcs() const { return all_funcs_; }

  struct Impl;  // check/checker_impl.h

 private:
  std::unique_ptr<Impl> impl_;
  Scope* universe_;
  std::vector<FuncInfo*> all_funcs_;
};

}  // namespace gs
