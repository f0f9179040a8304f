// Go 1.26's stack backing store for append (cmd/compile/internal/ssagen, state.append): the
// first append to a slice variable that does not escape, when it must grow an empty slice
// to at most 32 bytes, gives it a 32-byte store (cap 32/size) once per call of the function.
#pragma once
#include <vector>

#include "check/scope.h"
#include "parse/ast.h"

namespace gs {

// The append calls of one function body that get the store: for each local slice variable
// whose every use is one that keeps it from escaping (len, cap, indexing, range, nil
// comparisons, being assigned, and `v = append(v, ...)`), its first such append with
// explicit elements. gc's escape analysis proves more slices non-escaping (those passed to
// calls whose parameters do not leak, resliced, or copied to other locals); those keep
// runtime.growslice's capacities here.
std::vector<CallExpr*> stack_store_appends(BlockStmt* body, const FuncInfo* info);

}  // namespace gs
