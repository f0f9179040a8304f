// The Go parser: builds the AST of one source file (Go 1.22 syntax) and reports syntax errors.
#pragma once
#include "parse/ast.h"
#include "source/diagnostic.h"
#include "source/source.h"

namespace gs {

// Parses one file. Never returns nullptr and never fails: syntax errors are reported to diags
// (DiagKind::Syntax, worded like Go's gc compiler) and the parser recovers to report more.
// Go constructs goroscope does not support (generics, goto) are parsed and reported with
// DiagKind::Unsupported. If the package clause is missing or malformed, the returned File has
// no declarations (gc stops there too).
File* parse_file(const SourceFile& src, AstPool& pool, Diagnostics& diags);

}  // namespace gs
