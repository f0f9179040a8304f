// Assignment checking: left-hand sides, =, := (which variables are new), op= and return
// statements against the function's results.
#include <algorithm>

#include "check/checker_impl.h"

namespace gs {

const Type* Checker::Impl::lhs_type(Expr* lhs) {
  Expr* u = unparen(lhs);
  if (auto* id = as<Ident>(u); id && id->name == "_") {
    id->mode = ExprMode::Variable;
    id->type = nullptr;
    return nullptr;
  }
  // Assigning to a variable does not count as using it.
  Object* var = nullptr;
  bool was_used = false;
  if (auto* id = as<Ident>(u)) {
    Scope* sc = scope ? scope : pkg->scope;
    var = sc->lookup(id->name);
    if (var && var->kind == ObjKind::Var)
      was_used = var->used;
    else
      var = nullptr;
  }
  expr(lhs);
  if (var) var->used = was_used;
  if (lhs->mode == ExprMode::Invalid) return types.invalid();
  if (lhs->mode == ExprMode::Variable || lhs->mode == ExprMode::MapIndex) return lhs->type;
  if (auto* se = as<SelectorExpr>(u); se && se->selection &&
                                      se->selection->kind == Selection::Kind::Field &&
                                      unparen(se->x)->mode == ExprMode::MapIndex) {
    error(lhs, DiagKind::CannotAssign, "cannot assign to struct field " + src(lhs) + " in map");
    return types.invalid();
  }
  if (auto* ie = as<IndexExpr>(u); ie && is_string(ie->x->type)) {
    error(lhs, DiagKind::CannotAssign,
          "cannot assign to " + src(lhs) + " (neither addressable nor a map index expression)");
    return types.invalid();
  }
  error(lhs, DiagKind::CannotAssign,
        "cannot assign to " + describe(lhs) + " (neither addressable nor a map index expression)");
  return types.invalid();
}

void Checker::Impl::assign_stmt(AssignStmt* asg) {
  if (asg->tok == Tok::Define) {
    define_vars(asg);
    return;
  }
  if (asg->tok != Tok::Assign) {
    assign_op(asg);
    return;
  }
  size_t nl = asg->lhs.size(), nr = asg->rhs.size();
  if (nl == nr) {
    std::vector<const Type*> lts;
    for (Expr* l : asg->lhs) lts.push_back(lhs_type(l));
    for (size_t i = 0; i < nr; i++) {
      Expr* r = asg->rhs[i];
      expr(r, lts[i]);
      if (r->mode == ExprMode::Invalid) continue;
      if (!lts[i]) {  // blank
        if (r->mode == ExprMode::NoValue)
          error(r, DiagKind::TypeError, src(r) + " (no value) used as value");
        else if (r->type->kind == Kind::UntypedNil)
          error(r, DiagKind::TypeError, "use of untyped nil in assignment");
        else
          convert_untyped(r, nullptr);
        continue;
      }
      assignable(r, lts[i], "assignment");
    }
    return;
  }
  if (nr == 1) {
    Expr* r = asg->rhs[0];
    std::vector<const Type*> lts;
    for (Expr* l : asg->lhs) lts.push_back(lhs_type(l));
    multi_expr(r);
    if (r->mode == ExprMode::Invalid) return;
    const Type* tt = r->type;
    size_t n = tt && tt->kind == Kind::Tuple ? tt->results.size() : 1;
    bool commaok = (r->mode == ExprMode::CommaOk || r->mode == ExprMode::MapIndex) && nl == 2;
    if (commaok) n = 2;
    if (n != nl) {
      error(
          asg->lhs[0], DiagKind::AssignmentMismatch,
          "assignment mismatch: " + std::to_string(nl) + " variables but " +
              (as<CallExpr>(unparen(r)) ? src(static_cast<CallExpr*>(unparen(r))->fun) + " returns "
                                        : "") +
              std::to_string(n) + " value" + (n == 1 ? "" : "s"));
      return;
    }
    if (commaok) r->mode = ExprMode::CommaOk;
    for (size_t i = 0; i < nl; i++) {
      if (!lts[i]) continue;
      const Type* et = tt && tt->kind == Kind::Tuple ? tt->results[i]
                       : i == 0                      ? r->type
                                                     : types.basic(Kind::Bool);
      if (i == 1 && commaok && is_boolean(lts[i])) continue;
      if (!assignable_type(et, lts[i]))
        error(asg->lhs[i], DiagKind::MismatchedTypes,
              "cannot use " + type_string(et) + " value as " + type_string(lts[i]) +
                  " value in assignment");
    }
    return;
  }
  for (Expr* l : asg->lhs) lhs_type(l);
  for (Expr* r : asg->rhs) expr(r);
  error(asg->lhs[0], DiagKind::AssignmentMismatch,
        "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") +
            " but " + std::to_string(nr) + " value" + (nr == 1 ? "" : "s"));
}

void Checker::Impl::define_vars(AssignStmt* asg) {
  size_t nl = asg->lhs.size(), nr = asg->rhs.size();
  std::vector<const Type*> rts(nl, nullptr);
  std::vector<Object*> existing(nl, nullptr);
  bool any_new = false;
  for (size_t i = 0; i < nl; i++) {
    auto* id = as<Ident>(asg->lhs[i]);
    if (!id) {
      error(asg->lhs[i], DiagKind::Syntax, "non-name " + src(asg->lhs[i]) + " on left side of :=");
      continue;
    }
    if (id->name == "_") continue;
    Object* prev = scope->lookup_local(id->name);
    if (prev && prev->kind == ObjKind::Var)
      existing[i] = prev;
    else
      any_new = true;
  }
  // Evaluate the right-hand side before the new variables come into scope.
  if (nl == nr) {
    for (size_t i = 0; i < nr; i++) {
      Expr* r = asg->rhs[i];
      const Type* hint = existing[i] ? existing[i]->type : nullptr;
      expr(r, hint);
      if (r->mode == ExprMode::Invalid) {
        rts[i] = types.invalid();
        continue;
      }
      if (existing[i]) {
        assignable(r, existing[i]->type, "assignment");
        rts[i] = existing[i]->type;
        continue;
      }
      if (r->mode == ExprMode::NoValue) {
        error(r, DiagKind::TypeError, src(r) + " (no value) used as value");
        rts[i] = types.invalid();
        continue;
      }
      if (r->type->kind == Kind::UntypedNil) {
        error(r, DiagKind::TypeError, "use of untyped nil in assignment");
        rts[i] = types.invalid();
        continue;
      }
      convert_untyped(r, nullptr);
      rts[i] = r->mode == ExprMode::Invalid ? types.invalid() : r->type;
    }
  } else if (nr == 1) {
    Expr* r = asg->rhs[0];
    multi_expr(r);
    const Type* tt = r->type;
    if (r->mode != ExprMode::Invalid) {
      size_t n = tt && tt->kind == Kind::Tuple ? tt->results.size() : 1;
      bool commaok = (r->mode == ExprMode::CommaOk || r->mode == ExprMode::MapIndex) && nl == 2;
      if (commaok) n = 2;
      if (n != nl) {
        error(asg->lhs[0], DiagKind::AssignmentMismatch,
              "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") +
                  " but " +
                  (as<CallExpr>(unparen(r))
                       ? src(static_cast<CallExpr*>(unparen(r))->fun) + " returns "
                       : "") +
                  std::to_string(n) + " value" + (n == 1 ? "" : "s"));
      } else {
        if (commaok) r->mode = ExprMode::CommaOk;
        for (size_t i = 0; i < nl; i++) {
          const Type* et = tt && tt->kind == Kind::Tuple ? tt->results[i]
                           : i == 0                      ? r->type
                                                         : types.basic(Kind::Bool);
          if (is_untyped(et)) et = default_type(et);
          if (existing[i] && !assignable_type(et, existing[i]->type))
            error(asg->lhs[i], DiagKind::MismatchedTypes,
                  "cannot use " + type_string(et) + " value as " + type_string(existing[i]->type) +
                      " value in assignment");
          rts[i] = existing[i] ? existing[i]->type : et;
        }
      }
    }
  } else {
    for (Expr* r : asg->rhs) expr(r);
    error(asg->lhs[0], DiagKind::AssignmentMismatch,
          "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") +
              " but " + std::to_string(nr) + " value" + (nr == 1 ? "" : "s"));
  }
  if (!any_new)
    error(asg->lhs[0]->range.begin < asg->range.begin
              ? asg->range
              : Range{asg->lhs[0]->range.begin,
                      asg->rhs.empty() ? asg->range.end : asg->rhs[0]->range.begin},
          DiagKind::TypeError, "no new variables on left side of :=");
  for (size_t i = 0; i < nl; i++) {
    auto* id = as<Ident>(asg->lhs[i]);
    if (!id) continue;
    if (existing[i]) {
      id->obj = existing[i];
      id->mode = ExprMode::Variable;
      id->type = existing[i]->type;
      continue;
    }
    declare_var(id, rts[i] ? rts[i] : types.invalid());
  }
}

void Checker::Impl::assign_op(AssignStmt* asg) {
  if (asg->lhs.size() != 1 || asg->rhs.size() != 1) {
    error(asg, DiagKind::AssignmentMismatch,
          std::string("assignment operation ") + tok_spelling(asg->tok) +
              " requires single-valued expressions");
    return;
  }
  Expr* l = asg->lhs[0];
  Expr* r = asg->rhs[0];
  expr(l);
  if (l->mode == ExprMode::Invalid) {
    expr(r);
    return;
  }
  if (l->mode != ExprMode::Variable && l->mode != ExprMode::MapIndex) {
    expr(r);
    error(l, DiagKind::CannotAssign,
          "cannot assign to " + describe(l) + " (neither addressable nor a map index expression)");
    return;
  }
  Tok op = assign_op_base(asg->tok);
  const Type* t = l->type;
  if (op == Tok::Shl || op == Tok::Shr) {
    expr(r);
    if (r->mode == ExprMode::Invalid) return;
    if (!is_integer(t)) {
      error(l, DiagKind::InvalidOperation,
            "invalid operation: shifted operand " + describe(l) + " must be integer");
      return;
    }
    if (r->mode == ExprMode::Constant) {
      if (Constant n = r->cval->to_int(); n.is_valid()) r->cval = new_constant(std::move(n));
      if (r->cval->kind != Constant::Kind::Int || r->cval->i.sign() < 0) {
        error(r, DiagKind::TypeError, "invalid operation: invalid shift count " + describe(r));
        return;
      }
      if (is_untyped(r->type)) set_type_recursive(r, types.basic(Kind::Uint));
    } else if (!is_integer(r->type)) {
      error(r, DiagKind::TypeError,
            "invalid operation: shift count " + describe(r) + " must be integer");
    }
    return;
  }
  expr(r, t);
  if (r->mode == ExprMode::Invalid) return;
  if (is_untyped(r->type)) {
    if (!convert_untyped(r, t)) return;
  }
  if (r->type != t) {
    error(asg, DiagKind::MismatchedTypes,
          "invalid operation: " + src(asg) + " (mismatched types " + type_string(t) + " and " +
              type_string(r->type) + ")");
    return;
  }
  if (!operator_defined(op, t)) {
    error(asg, DiagKind::InvalidOperation,
          std::string("invalid operation: operator ") + tok_spelling(op) + " not defined on " +
              describe(l));
    return;
  }
  if ((op == Tok::Quo || op == Tok::Rem) && is_integer(t) && r->mode == ExprMode::Constant &&
      r->cval->sign() == 0)
    error(r, DiagKind::InvalidOperation, "invalid operation: division by zero");
}

void Checker::Impl::return_stmt(ReturnStmt* rs) {
  if (!func) return;
  // Inside range-over-func bodies the statement returns from the function around them: its
  // results are set from the bodies (captured, so boxed).
  FuncInfo* fn = func;
  while (fn->range_loop) fn = fn->outer;
  for (FuncInfo* f = func; f != fn; f = f->outer)
    for (Object* r : fn->results) {
      r->boxed = true;
      if (std::find(f->captures.begin(), f->captures.end(), r) == f->captures.end())
        f->captures.push_back(r);
    }
  const auto& want = fn->sig->results;
  if (rs->results.empty()) {
    if (!want.empty() && !fn->named_results)
      error(rs, DiagKind::ReturnCount,
            "not enough return values\n\thave ()\n\twant " + type_string(types.tuple(want)));
    return;
  }
  if (rs->results.size() == 1 && want.size() > 1) {
    Expr* e = rs->results[0];
    multi_expr(e);
    if (e->mode == ExprMode::Invalid) return;
    if (e->type->kind == Kind::Tuple) {
      if (e->type->results.size() != want.size()) {
        error(e, DiagKind::ReturnCount,
              std::string(e->type->results.size() < want.size() ? "not enough" : "too many") +
                  " return values\n\thave " + type_string(e->type) + "\n\twant " +
                  type_string(types.tuple(want)));
        return;
      }
      for (size_t i = 0; i < want.size(); i++)
        if (!assignable_type(e->type->results[i], want[i]))
          error(e, DiagKind::MismatchedTypes,
                "cannot use " + type_string(e->type->results[i]) + " value as " +
                    type_string(want[i]) + " value in return statement");
      return;
    }
    error(e, DiagKind::ReturnCount,
          "not enough return values\n\thave (" +
              type_string(is_untyped(e->type) ? e->type : e->type) + ")\n\twant " +
              type_string(types.tuple(want)));
    return;
  }
  if (rs->results.size() != want.size()) {
    std::string have = "(";
    for (size_t i = 0; i < rs->results.size(); i++) {
      Expr* e = rs->results[i];
      expr(e);
      if (i) have += ", ";
      have +=
          e->mode == ExprMode::Constant && is_untyped(e->type) ? "number" : type_string(e->type);
    }
    have += ")";
    if (want.empty()) {
      error(rs->results[0], DiagKind::ReturnCount,
            "too many return values\n\thave " + have + "\n\twant ()");
    } else {
      error(rs->results[0], DiagKind::ReturnCount,
            std::string(rs->results.size() < want.size() ? "not enough" : "too many") +
                " return values\n\thave " + have + "\n\twant " + type_string(types.tuple(want)));
    }
    return;
  }
  for (size_t i = 0; i < want.size(); i++) {
    expr(rs->results[i], want[i]);
    assignable(rs->results[i], want[i], "return statement");
  }
}

}  // namespace gs
