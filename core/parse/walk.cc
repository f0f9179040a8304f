// Children of every node kind that holds statements or expressions (see walk.h).
#include "parse/walk.h"

namespace gs {

void node_children(Node* n, std::vector<Node*>& out) {
  switch (n->kind) {
    case NodeKind::BlockStmt:
      for (Stmt* s : static_cast<BlockStmt*>(n)->list) out.push_back(s);
      break;
    case NodeKind::ExprStmt:
      out.push_back(static_cast<ExprStmt*>(n)->x);
      break;
    case NodeKind::AssignStmt:
      for (Expr* e : static_cast<AssignStmt*>(n)->lhs) out.push_back(e);
      for (Expr* e : static_cast<AssignStmt*>(n)->rhs) out.push_back(e);
      break;
    case NodeKind::GoStmt:
      out.push_back(static_cast<GoStmt*>(n)->call);
      break;
    case NodeKind::DeferStmt:
      out.push_back(static_cast<DeferStmt*>(n)->call);
      break;
    case NodeKind::ReturnStmt:
      for (Expr* e : static_cast<ReturnStmt*>(n)->results) out.push_back(e);
      break;
    case NodeKind::IfStmt: {
      auto* s = static_cast<IfStmt*>(n);
      out.insert(out.end(), {s->init, s->cond, s->body, s->else_});
      break;
    }
    case NodeKind::ForStmt: {
      auto* s = static_cast<ForStmt*>(n);
      out.insert(out.end(), {s->init, s->cond, s->post, s->body});
      break;
    }
    case NodeKind::RangeStmt: {
      auto* s = static_cast<RangeStmt*>(n);
      out.insert(out.end(), {s->key, s->value, s->x, s->body});
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* s = static_cast<SwitchStmt*>(n);
      out.insert(out.end(), {s->init, s->tag, s->body});
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* s = static_cast<TypeSwitchStmt*>(n);
      out.insert(out.end(), {s->init, s->assign, s->body});
      break;
    }
    case NodeKind::SelectStmt:
      out.push_back(static_cast<SelectStmt*>(n)->body);
      break;
    case NodeKind::CaseClause:
      for (Expr* e : static_cast<CaseClause*>(n)->list) out.push_back(e);
      for (Stmt* s : static_cast<CaseClause*>(n)->body) out.push_back(s);
      break;
    case NodeKind::CommClause:
      out.push_back(static_cast<CommClause*>(n)->comm);
      for (Stmt* s : static_cast<CommClause*>(n)->body) out.push_back(s);
      break;
    case NodeKind::LabeledStmt:
      out.push_back(static_cast<LabeledStmt*>(n)->stmt);
      break;
    case NodeKind::SendStmt:
      out.push_back(static_cast<SendStmt*>(n)->chan);
      out.push_back(static_cast<SendStmt*>(n)->value);
      break;
    case NodeKind::IncDecStmt:
      out.push_back(static_cast<IncDecStmt*>(n)->x);
      break;
    case NodeKind::DeclStmt:
      for (Node* sp : static_cast<DeclStmt*>(n)->decl->specs)
        if (auto* vs = as<ValueSpec>(sp))
          for (Expr* e : vs->values) out.push_back(e);
      break;
    case NodeKind::CallExpr:
      out.push_back(static_cast<CallExpr*>(n)->fun);
      for (Expr* a : static_cast<CallExpr*>(n)->args) out.push_back(a);
      break;
    case NodeKind::FuncLit:
      out.push_back(static_cast<FuncLit*>(n)->body);
      break;
    case NodeKind::ParenExpr:
      out.push_back(static_cast<ParenExpr*>(n)->x);
      break;
    case NodeKind::SelectorExpr:
      out.push_back(static_cast<SelectorExpr*>(n)->x);
      break;
    case NodeKind::IndexExpr: {
      auto* e = static_cast<IndexExpr*>(n);
      out.push_back(e->x);
      out.push_back(e->index);
      out.insert(out.end(), e->rest.begin(), e->rest.end());
      break;
    }
    case NodeKind::SliceExpr: {
      auto* e = static_cast<SliceExpr*>(n);
      out.insert(out.end(), {e->x, e->low, e->high, e->max});
      break;
    }
    case NodeKind::TypeAssertExpr:
      out.push_back(static_cast<TypeAssertExpr*>(n)->x);
      break;
    case NodeKind::UnaryExpr:
      out.push_back(static_cast<UnaryExpr*>(n)->x);
      break;
    case NodeKind::BinaryExpr:
      out.push_back(static_cast<BinaryExpr*>(n)->x);
      out.push_back(static_cast<BinaryExpr*>(n)->y);
      break;
    case NodeKind::StarExpr:
      out.push_back(static_cast<StarExpr*>(n)->x);
      break;
    case NodeKind::CompositeLit:
      for (Expr* e : static_cast<CompositeLit*>(n)->elts) out.push_back(e);
      break;
    case NodeKind::KeyValueExpr:
      out.push_back(static_cast<KeyValueExpr*>(n)->key);
      out.push_back(static_cast<KeyValueExpr*>(n)->value);
      break;
    default:
      break;
  }
}

void walk(Node* root, const std::function<void(Node*)>& f, bool enter_func_lits) {
  std::vector<Node*> todo{root}, kids;
  while (!todo.empty()) {
    Node* n = todo.back();
    todo.pop_back();
    if (!n) continue;
    f(n);
    if (!enter_func_lits && n != root && n->kind == NodeKind::FuncLit) continue;
    kids.clear();
    node_children(n, kids);
    todo.insert(todo.end(), kids.rbegin(), kids.rend());
  }
}

}  // namespace gs
