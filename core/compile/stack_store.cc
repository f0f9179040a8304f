// Which appends get Go 1.26's stack backing store: a conservative escape analysis of the
// local slice variables of one function (see stack_store.h).
#include "compile/stack_store.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "check/builtins.h"
#include "compile/layout.h"
#include "parse/walk.h"
#include "vm/growslice.h"

namespace gs {

namespace {

struct Uses {
  int all = 0, ok = 0;
  bool escapes = false;
};

bool is_builtin(const CallExpr* ce, Builtin b) {
  return ce->call_kind == CallExpr::CallKind::Builtin && ce->builtin == int(b);
}

}  // namespace

std::vector<CallExpr*> stack_store_appends(BlockStmt* body, const FuncInfo* info) {
  auto candidate = [&](const Object* o) {
    return o && o->kind == ObjKind::Var && !o->is_global && !o->boxed && !o->is_field &&
           !o->is_loop_var && o->owner == info && o->type && under(o->type)->kind == Kind::Slice &&
           std::find(info->results.begin(), info->results.end(), o) == info->results.end();
  };
  auto var_of = [&](Expr* e) -> Object* {
    auto* id = as<Ident>(e ? unparen(e) : nullptr);
    return id && candidate(id->obj) ? id->obj : nullptr;
  };
  std::unordered_map<Object*, Uses> uses;
  std::unordered_set<const CallExpr*> self_appends;  // v = append(v, ...)
  std::vector<std::pair<Object*, CallExpr*>> sites;  // in source order
  std::vector<Node*> kids;
  // Uses are counted at their Ident and approved at their parent (parentheses skipped).
  walk(
      body,
      [&](Node* n) {
        if (auto* id = as<Ident>(n)) {
          if (candidate(id->obj)) uses[id->obj].all++;
          return;
        }
        if (n->kind == NodeKind::ParenExpr) return;
        auto ok = [&](Expr* e) {
          if (Object* v = var_of(e)) uses[v].ok++;
        };
        if (auto* as_ = as<AssignStmt>(n)) {
          for (Expr* l : as_->lhs) ok(l);
          if (as_->lhs.size() == 1 && as_->rhs.size() == 1)
            if (auto* ce = as<CallExpr>(unparen(as_->rhs[0]));
                ce && is_builtin(ce, Builtin::Append) && var_of(as_->lhs[0]) &&
                var_of(ce->args[0]) == var_of(as_->lhs[0]))
              self_appends.insert(ce);
        } else if (auto* ce = as<CallExpr>(n)) {
          if (is_builtin(ce, Builtin::Len) || is_builtin(ce, Builtin::Cap)) {
            ok(ce->args[0]);
          } else if (self_appends.count(ce)) {
            ok(ce->args[0]);
            if (!ce->has_ellipsis) sites.push_back({var_of(ce->args[0]), ce});
          }
        } else if (auto* ie = as<IndexExpr>(n)) {
          ok(ie->x);
        } else if (auto* rs = as<RangeStmt>(n)) {
          ok(rs->key);
          ok(rs->value);
          ok(rs->x);
        } else if (auto* be = as<BinaryExpr>(n)) {
          ok(be->x);  // slices compare only with nil
          ok(be->y);
        }
        // An element's address (&v[i], v[i].M with a pointer method, v[i][:]) escapes too.
        Expr* holder = nullptr;
        if (auto* ue = as<UnaryExpr>(n); ue && ue->op == Tok::And) holder = ue->x;
        if (auto* se = as<SelectorExpr>(n)) holder = se->x;
        if (auto* sl = as<SliceExpr>(n)) holder = sl->x;
        if (auto* ie = as<IndexExpr>(holder ? unparen(holder) : nullptr))
          if (Object* v = var_of(ie->x)) uses[v].escapes = true;
      },
      /*enter_func_lits=*/false);
  std::vector<CallExpr*> out;
  std::unordered_set<Object*> done;
  for (auto& [v, ce] : sites) {
    const Uses& u = uses[v];
    if (u.escapes || u.ok != u.all || !done.insert(v).second) continue;
    int64_t size = go_sizeof(under(v->type)->elem);
    if (size > 0 && size <= kStackStoreBytes) out.push_back(ce);
  }
  return out;
}

}  // namespace gs
