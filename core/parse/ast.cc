// Names of the AST node kinds (for dumps and debugging).
#include "parse/ast.h"

namespace gs {

const char* node_kind_name(NodeKind k) {
  switch (k) {
#define GS_NODE_NAME(name) \
  case NodeKind::name:     \
    return #name;
    GS_NODE_KINDS(GS_NODE_NAME)
#undef GS_NODE_NAME
  }
  return "?";
}

}  // namespace gs
