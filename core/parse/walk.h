// Walking a syntax tree: the direct children of a node, and a visit of every statement and
// expression below a root in source order, with an explicit stack (chains can be long).
#pragma once
#include <functional>
#include <vector>

#include "parse/ast.h"

namespace gs {

// Appends the statements and expressions directly below n, in source order (nullptrs
// included; type expressions and declared names are not children).
void node_children(Node* n, std::vector<Node*>& out);

// Calls f on root and on every node below it, parents before children, in source order.
// Function literals are entered unless enter_func_lits is false.
void walk(Node* root, const std::function<void(Node*)>& f, bool enter_func_lits = true);

}  // namespace gs
