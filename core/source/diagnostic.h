// Diagnostics are values: a kind from one closed list, a source range and a message.
// Core code never prints them; the CLI and the web UI render them.
#pragma once
#include <string>
#include <vector>

#include "source/source.h"

namespace gs {

// The closed list of diagnostic kinds. X(name, short description).
#define GS_DIAGNOSTIC_KINDS(X)                               \
  X(Syntax, "syntax error")                                  \
  X(Unsupported, "construct not supported by goroscope")     \
  X(UnknownImport, "unknown import path")                    \
  X(Undefined, "undefined name")                             \
  X(Redeclared, "name redeclared")                           \
  X(MismatchedTypes, "mismatched types")                     \
  X(ArgumentCount, "wrong argument count")                   \
  X(ReturnCount, "wrong number of return values")            \
  X(MissingReturn, "missing return")                         \
  X(UnusedVariable, "declared and not used")                 \
  X(UnusedImport, "imported and not used")                   \
  X(AssignmentMismatch, "assignment mismatch")               \
  X(CannotAssign, "cannot assign")                           \
  X(InvalidOperation, "invalid operation")                   \
  X(NotImplemented, "type does not implement interface")     \
  X(UnknownField, "unknown field or method")                 \
  X(InvalidConversion, "invalid conversion")                 \
  X(ConstantOverflow, "constant overflow")                   \
  X(InvalidType, "invalid type")                             \
  X(InvalidBranch, "invalid break, continue or fallthrough") \
  X(NotUsed, "value is not used")                            \
  X(TypeError, "other type error")                           \
  X(Internal, "internal error of goroscope")

enum class DiagKind {
#define GS_DIAG_ENUM(name, desc) name,
  GS_DIAGNOSTIC_KINDS(GS_DIAG_ENUM)
#undef GS_DIAG_ENUM
};

const char* diag_kind_name(DiagKind kind);

struct Diagnostic {
  DiagKind kind;
  int file = 0;  // SourceFile::index
  Range range;
  std::string message;
};

// Diagnostics collected by one compilation, in report order.
class Diagnostics {
 public:
  void add(DiagKind kind, int file, Range range, std::string message);
  bool empty() const { return list_.empty(); }
  size_t size() const { return list_.size(); }
  // Sorts by file, then position; drops exact duplicates (same position and text).
  void sort();
  const std::vector<Diagnostic>& list() const { return list_; }

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace gs
