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

bool contains_call(const Expr* e) {
  // Loops down left operands and single-operand chains (any length); recurses only into
  // the other operands, which the parser's nesting limit bounds.
  for (;;) {
    if (!e || (e->mode == ExprMode::Constant && e->cval)) return false;
    switch (e->kind) {
      case NodeKind::CallExpr: {
        auto* ce = static_cast<const CallExpr*>(e);
        if (ce->call_kind == CallExpr::CallKind::Func ||
            ce->call_kind == CallExpr::CallKind::Method)
          return true;
        for (const Expr* a : ce->args)
          if (contains_call(a)) return true;
        return false;
      }
      case NodeKind::UnaryExpr: {
        auto* ue = static_cast<const UnaryExpr*>(e);
        if (ue->op == Tok::Arrow) return true;
        e = ue->x;
        continue;
      }
      case NodeKind::BinaryExpr: {
        auto* be = static_cast<const BinaryExpr*>(e);
        if (contains_call(be->y)) return true;
        e = be->x;
        continue;
      }
      case NodeKind::ParenExpr:
        e = static_cast<const ParenExpr*>(e)->x;
        continue;
      case NodeKind::SelectorExpr:
        e = static_cast<const SelectorExpr*>(e)->x;
        continue;
      case NodeKind::IndexExpr: {
        auto* ie = static_cast<const IndexExpr*>(e);
        if (contains_call(ie->index)) return true;
        e = ie->x;
        continue;
      }
      case NodeKind::SliceExpr: {
        auto* se = static_cast<const SliceExpr*>(e);
        if (contains_call(se->low) || contains_call(se->high) || contains_call(se->max))
          return true;
        e = se->x;
        continue;
      }
      case NodeKind::StarExpr:
        e = static_cast<const StarExpr*>(e)->x;
        continue;
      case NodeKind::TypeAssertExpr:
        e = static_cast<const TypeAssertExpr*>(e)->x;
        continue;
      case NodeKind::CompositeLit:
        for (const Expr* el : static_cast<const CompositeLit*>(e)->elts)
          if (contains_call(el)) return true;
        return false;
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<const KeyValueExpr*>(e);
        if (contains_call(kv->key)) return true;
        e = kv->value;
        continue;
      }
      default:
        return false;
    }
  }
}

// The receiver's base type expression of a method declaration (T in func (x *T[P]) M()),
// and the type parameter names the receiver declares (P).
Expr* receiver_base(Field* recv, bool* ptr, std::vector<Ident*>* tparams) {
  Expr* rt = recv->type;
  if (auto* pe = as<ParenExpr>(rt)) rt = pe->x;
  if (auto* se = as<StarExpr>(rt)) {
    rt = se->x;
    if (ptr) *ptr = true;
  }
  if (auto* ix = as<IndexExpr>(rt)) {
    if (tparams) {
      if (auto* id = as<Ident>(ix->index)) tparams->push_back(id);
      for (Expr* e : ix->rest)
        if (auto* id = as<Ident>(e)) tparams->push_back(id);
    }
    rt = ix->x;
  }
  return rt;
}

}  // namespace gs
