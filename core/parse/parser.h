// The Go parser: builds the AST of one source file (Go 1.22 syntax) and reports syntax errors.
#pragma once
#include "parse/ast.h"
#include "source/diagnostic.h"
#include "source/source.h"

namespace gs {

// Parses one file. Never returns nullptr and never fails: syntax errors are reported to diags
// (DiagKind::Syntax, worded like Go's gc compiler) and the parser recovers to report more.
// Go constructs goroscope does not support (goto) are parsed and reported with
// DiagKind::Unsupported. If the package clause is missing or malformed, the returned File has
// no declarations (gc stops there too).
File* parse_file(const SourceFile& src, AstPool& pool, Diagnostics& diags);

// A fresh tree of the function declaration or type spec that starts at offset begin of src
// (one the first parse produced): each instantiation of a generic declaration is checked
// and compiled from its own copy, so the checker's annotations in place stay per instance.
FuncDecl* reparse_func_decl(const SourceFile& src, uint32_t begin, AstPool& pool,
                            Diagnostics& diags);
TypeSpec* reparse_type_spec(const SourceFile& src, uint32_t begin, AstPool& pool,
                            Diagnostics& diags);

}  // namespace gs
