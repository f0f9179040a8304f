// Statement checking and function bodies: scopes, assignments, control flow, labels,
// terminating-statement analysis ("missing return") and unused variables.
#include <set>

#include "check/checker_impl.h"
#include "lex/literal.h"

namespace gs {

void Checker::Impl::open_scope() { scope = new_scope(scope); }

void Checker::Impl::close_scope() { scope = scope->parent(); }

Object* Checker::Impl::declare_var(Ident* id, const Type* t) {
  Object* o = new_object(ObjKind::Var, id->name, id->range, t ? t : types.invalid());
  o->owner = func;
  id->obj = o;
  id->type = o->type;
  id->mode = ExprMode::Variable;
  if (contains_array(o->type)) o->boxed = true;  // arrays are indexed in heap memory
  if (func) func->locals.push_back(o);
  if (id->name != "_") declare(scope, o);
  return o;
}

void Checker::Impl::func_body(FuncInfo* info, BlockStmt* body) {
  FuncInfo* saved_func = func;
  Scope* saved_scope = scope;
  auto saved_branches = std::move(branch_stack);
  auto saved_labels = std::move(labels);
  std::string saved_label = std::move(pending_label);
  const Constant* saved_iota = iota;
  branch_stack.clear();
  labels.clear();
  pending_label.clear();
  iota = nullptr;
  Scope* parent = scope ? scope : (file_scope ? file_scope : pkg->scope);
  func = info;
  scope = new_scope(parent);
  scope->func = info;
  if (info->recv && info->recv->name != "_") declare(scope, info->recv);
  for (Object* p : info->params)
    if (!p->name.empty() && p->name != "_") declare(scope, p);
  for (Object* r : info->results)
    if (!r->name.empty() && r->name != "_") declare(scope, r);
  stmt_list(body->list);
  if (!info->sig->results.empty()) {
    bool term = !body->list.empty() && is_terminating(body->list.back(), "");
    if (!term)
      error(Range{body->range.end - 1, body->range.end}, DiagKind::MissingReturn, "missing return");
  }
  for (Object* o : info->locals)
    if (!o->used && o->name != "_" && o->kind == ObjKind::Var)
      error(o->pos, DiagKind::UnusedVariable, "declared and not used: " + o->name);
  for (auto& [label, used] : labels)
    if (!used)
      error(label, DiagKind::UnusedVariable, "label " + label->name + " defined and not used");
  labels = std::move(saved_labels);
  func = saved_func;
  scope = saved_scope;
  branch_stack = std::move(saved_branches);
  pending_label = std::move(saved_label);
  iota = saved_iota;
}

void Checker::Impl::stmt_list(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) stmt(s);
}

void Checker::Impl::block(BlockStmt* b) {
  open_scope();
  stmt_list(b->list);
  close_scope();
}

void Checker::Impl::stmt(Stmt* s) {
  std::string label = std::move(pending_label);
  pending_label.clear();
  switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::BadStmt:
      break;
    case NodeKind::DeclStmt: {
      GenDecl* gd = static_cast<DeclStmt*>(s)->decl;
      ValueSpec* last_const = nullptr;
      for (Node* sp : gd->specs) {
        if (auto* vs = as<ValueSpec>(sp)) {
          if (gd->tok == Tok::Const) {
            if (vs->values.empty() && !vs->type && last_const) {
              vs->type = last_const->type;
              vs->values = last_const->values;
            } else {
              last_const = vs;
            }
            const Type* t = vs->type ? type_expr(vs->type) : nullptr;
            iota = new_constant(Constant::of_int(vs->iota));
            std::vector<Object*> objs;
            for (size_t i = 0; i < vs->names.size(); i++) {
              Object* o = new_object(ObjKind::Const, vs->names[i]->name, vs->names[i]->range,
                                     types.invalid());
              o->used = true;
              vs->names[i]->obj = o;
              objs.push_back(o);
              if (i >= vs->values.size()) {
                error(vs->names[i], DiagKind::AssignmentMismatch,
                      "missing init expr for const declaration");
                continue;
              }
              Expr* e = vs->values[i];
              expr(e, t);
              if (e->mode != ExprMode::Constant) {
                if (e->mode != ExprMode::Invalid)
                  error(e, DiagKind::TypeError, describe(e) + " is not constant");
                continue;
              }
              if (t && !assignable(e, t, "constant declaration")) continue;
              o->type = e->type;
              o->value = *e->cval;
            }
            if (vs->values.size() > vs->names.size())
              error(vs->values[vs->names.size()], DiagKind::AssignmentMismatch, "extra init expr");
            iota = nullptr;
            for (Object* o : objs) declare(scope, o);
          } else {
            const Type* t = vs->type ? type_expr(vs->type) : nullptr;
            std::vector<const Type*> vts(vs->names.size(), t);
            if (vs->values.size() == vs->names.size()) {
              for (size_t i = 0; i < vs->values.size(); i++) {
                Expr* e = vs->values[i];
                expr(e, t);
                if (e->mode == ExprMode::Invalid) {
                  vts[i] = t ? t : types.invalid();
                  continue;
                }
                if (t) {
                  assignable(e, t, "variable declaration");
                } else {
                  if (e->mode == ExprMode::NoValue) {
                    error(e, DiagKind::TypeError, src(e) + " (no value) used as value");
                    vts[i] = types.invalid();
                    continue;
                  }
                  if (e->type->kind == Kind::UntypedNil) {
                    error(e, DiagKind::TypeError, "use of untyped nil in variable declaration");
                    vts[i] = types.invalid();
                    continue;
                  }
                  convert_untyped(e, nullptr);
                  vts[i] = e->type;
                }
              }
            } else if (vs->values.size() == 1 && vs->names.size() > 1) {
              Expr* e = vs->values[0];
              multi_expr(e);
              const Type* tt = e->type;
              size_t n = tt && tt->kind == Kind::Tuple ? tt->results.size() : 1;
              bool commaok = (e->mode == ExprMode::CommaOk || e->mode == ExprMode::MapIndex) &&
                             vs->names.size() == 2;
              if (commaok) n = 2;
              if (e->mode != ExprMode::Invalid && n != vs->names.size()) {
                error(vs->names[0], DiagKind::AssignmentMismatch,
                      "assignment mismatch: " + std::to_string(vs->names.size()) +
                          " variables but " +
                          (as<CallExpr>(unparen(e))
                               ? src(static_cast<CallExpr*>(unparen(e))->fun) + " returns "
                               : "") +
                          std::to_string(n) + " value" + (n == 1 ? "" : "s"));
              } else if (e->mode != ExprMode::Invalid) {
                if (commaok) e->mode = ExprMode::CommaOk;
                for (size_t i = 0; i < vs->names.size(); i++) {
                  const Type* et = tt && tt->kind == Kind::Tuple ? tt->results[i]
                                   : i == 0                      ? e->type
                                                                 : types.basic(Kind::Bool);
                  if (is_untyped(et)) et = default_type(et);
                  if (t && !assignable_type(et, t))
                    error(e, DiagKind::MismatchedTypes,
                          "cannot use " + type_string(et) + " value as " + type_string(t) +
                              " value in assignment");
                  if (!t) vts[i] = et;
                }
              }
            } else if (!vs->values.empty()) {
              for (Expr* e : vs->values) expr(e);
              error(vs->names[0], DiagKind::AssignmentMismatch,
                    "assignment mismatch: " + std::to_string(vs->names.size()) + " variable" +
                        (vs->names.size() == 1 ? "" : "s") + " but " +
                        std::to_string(vs->values.size()) + " value" +
                        (vs->values.size() == 1 ? "" : "s"));
            }
            for (size_t i = 0; i < vs->names.size(); i++)
              declare_var(vs->names[i], vts[i] ? vts[i] : types.invalid());
          }
        } else if (auto* ts = as<TypeSpec>(sp)) {
          Object* o = new_object(ObjKind::TypeName, ts->name->name, ts->name->range, nullptr);
          o->used = true;
          ts->name->obj = o;
          if (ts->alias) {
            o->type = type_expr(ts->type);
            declare(scope, o);
          } else {
            Type* named = types.new_named(ts->name->name, pkg, o);
            o->type = named;
            named->underlying_ = types.invalid();
            declare(scope, o);
            const Type* rhs = type_expr(ts->type);
            named->underlying_ = under(rhs) ? under(rhs) : types.invalid();
          }
        }
      }
      break;
    }
    case NodeKind::LabeledStmt: {
      auto* ls = static_cast<LabeledStmt*>(s);
      for (auto& [l, used] : labels)
        if (l->name == ls->label->name)
          error(ls->label, DiagKind::Redeclared, "label " + l->name + " already defined");
      labels.emplace_back(ls->label, false);
      pending_label = ls->label->name;
      stmt(ls->stmt);
      pending_label.clear();
      break;
    }
    case NodeKind::ExprStmt: {
      Expr* x = static_cast<ExprStmt*>(s)->x;
      multi_expr(x);
      if (x->mode == ExprMode::Invalid) break;
      Expr* u = unparen(x);
      bool ok = false;
      if (auto* ce = as<CallExpr>(u)) {
        if (ce->call_kind == CallExpr::CallKind::Func ||
            ce->call_kind == CallExpr::CallKind::Method)
          ok = true;
        if (ce->call_kind == CallExpr::CallKind::Builtin) {
          Builtin b = Builtin(ce->builtin);
          ok = b == Builtin::Close || b == Builtin::Copy || b == Builtin::Delete ||
               b == Builtin::Panic || b == Builtin::Print || b == Builtin::Println ||
               b == Builtin::Recover || b == Builtin::Clear;
        }
      } else if (auto* ue = as<UnaryExpr>(u); ue && ue->op == Tok::Arrow) {
        ok = true;
      }
      if (!ok) error(x, DiagKind::NotUsed, describe(x) + " is not used");
      break;
    }
    case NodeKind::SendStmt: {
      auto* ss = static_cast<SendStmt*>(s);
      expr(ss->chan);
      if (ss->chan->mode == ExprMode::Invalid) {
        expr(ss->value);
        break;
      }
      const Type* u = under(ss->chan->type);
      if (u->kind != Kind::Chan) {
        expr(ss->value);
        error(s, DiagKind::InvalidOperation,
              "invalid operation: cannot send to non-channel " + describe(ss->chan));
        break;
      }
      if (u->dir == ChanDir::Recv) {
        expr(ss->value);
        error(s, DiagKind::InvalidOperation,
              "invalid operation: cannot send to receive-only channel " + describe(ss->chan));
        break;
      }
      expr(ss->value, u->elem);
      assignable(ss->value, u->elem, "send");
      break;
    }
    case NodeKind::IncDecStmt: {
      auto* is = static_cast<IncDecStmt*>(s);
      expr(is->x);
      if (is->x->mode == ExprMode::Invalid) break;
      if (!is_numeric(is->x->type)) {
        error(s, DiagKind::InvalidOperation,
              std::string("invalid operation: ") + src(is->x) + tok_spelling(is->tok) +
                  " (non-numeric type " + type_string(is->x->type) + ")");
        break;
      }
      if (is->x->mode != ExprMode::Variable && is->x->mode != ExprMode::MapIndex)
        error(is->x, DiagKind::CannotAssign, "cannot assign to " + describe(is->x));
      break;
    }
    case NodeKind::AssignStmt:
      assign_stmt(static_cast<AssignStmt*>(s));
      break;
    case NodeKind::GoStmt:
      go_defer(static_cast<GoStmt*>(s)->call, "go");
      break;
    case NodeKind::DeferStmt:
      if (func) func->has_defer = true;
      go_defer(static_cast<DeferStmt*>(s)->call, "defer");
      break;
    case NodeKind::ReturnStmt:
      return_stmt(static_cast<ReturnStmt*>(s));
      break;
    case NodeKind::BranchStmt:
      branch(static_cast<BranchStmt*>(s));
      break;
    case NodeKind::BlockStmt:
      block(static_cast<BlockStmt*>(s));
      break;
    case NodeKind::IfStmt:
      if_stmt(static_cast<IfStmt*>(s));
      break;
    case NodeKind::SwitchStmt:
      pending_label = label;
      switch_stmt(static_cast<SwitchStmt*>(s));
      break;
    case NodeKind::TypeSwitchStmt:
      pending_label = label;
      type_switch(static_cast<TypeSwitchStmt*>(s));
      break;
    case NodeKind::SelectStmt:
      pending_label = label;
      select_stmt(static_cast<SelectStmt*>(s));
      break;
    case NodeKind::ForStmt:
      pending_label = label;
      for_stmt(static_cast<ForStmt*>(s));
      break;
    case NodeKind::RangeStmt:
      pending_label = label;
      range_stmt(static_cast<RangeStmt*>(s));
      break;
    default:
      error(s, DiagKind::Unsupported,
            std::string("statement not supported: ") + node_kind_name(s->kind));
      break;
  }
  pending_label.clear();
}

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
      if (r->cval->kind == Constant::Kind::Float && r->cval->float_is_integral())
        r->cval = new_constant(Constant::of_int(i128(r->cval->f)));
      if (r->cval->kind != Constant::Kind::Int || r->cval->i < 0) {
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
  bool okop = false;
  switch (op) {
    case Tok::Add:
      okop = is_numeric(t) || is_string(t);
      break;
    case Tok::Sub:
    case Tok::Mul:
    case Tok::Quo:
      okop = is_numeric(t);
      break;
    default:
      okop = is_integer(t);
      break;
  }
  if (!okop) {
    error(asg, DiagKind::InvalidOperation,
          std::string("invalid operation: operator ") + tok_spelling(op) + " not defined on " +
              describe(l));
    return;
  }
  if ((op == Tok::Quo || op == Tok::Rem) && is_integer(t) && r->mode == ExprMode::Constant &&
      r->cval->kind == Constant::Kind::Int && r->cval->i == 0)
    error(r, DiagKind::InvalidOperation, "invalid operation: division by zero");
}

void Checker::Impl::return_stmt(ReturnStmt* rs) {
  if (!func) return;
  const auto& want = func->sig->results;
  if (rs->results.empty()) {
    if (!want.empty() && !func->named_results)
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

void Checker::Impl::if_stmt(IfStmt* s) {
  open_scope();
  if (s->init) stmt(s->init);
  expr(s->cond);
  if (s->cond->mode != ExprMode::Invalid && !is_boolean(s->cond->type))
    error(s->cond, DiagKind::TypeError, "non-boolean condition in if statement");
  else if (s->cond->mode != ExprMode::Invalid)
    convert_untyped(s->cond, types.basic(Kind::Bool));
  block(s->body);
  if (s->else_) stmt(s->else_);
  close_scope();
}

void Checker::Impl::switch_stmt(SwitchStmt* s) {
  std::string label = std::move(pending_label);
  pending_label.clear();
  open_scope();
  if (s->init) stmt(s->init);
  const Type* tag_t = nullptr;
  if (s->tag) {
    expr(s->tag);
    if (s->tag->mode != ExprMode::Invalid) {
      if (s->tag->type->kind == Kind::UntypedNil) {
        error(s->tag, DiagKind::TypeError, "use of untyped nil in switch expression");
      } else {
        convert_untyped(s->tag, nullptr);
        tag_t = s->tag->type;
      }
    }
  }
  std::set<std::string> seen_consts;
  size_t nclauses = s->body->list.size();
  bool seen_default = false;
  for (size_t ci = 0; ci < nclauses; ci++) {
    auto* cc = as<CaseClause>(s->body->list[ci]);
    if (!cc) continue;
    if (cc->is_default) {
      if (seen_default) error(cc, DiagKind::TypeError, "multiple defaults in switch");
      seen_default = true;
    }
    for (Expr* e : cc->list) {
      if (s->tag) {
        expr(e, tag_t);
        if (e->mode == ExprMode::Invalid || !tag_t) continue;
        if (is_untyped(e->type)) {
          if (!convert_untyped(e, tag_t)) continue;
        }
        if (!(assignable_type(e->type, tag_t) || assignable_type(tag_t, e->type))) {
          error(e, DiagKind::MismatchedTypes,
                "invalid case " + src(e) + " in switch on " + src(s->tag) + " (mismatched types " +
                    type_string(e->type) + " and " + type_string(tag_t) + ")");
          continue;
        }
        if (e->mode == ExprMode::Constant) {
          std::string key = const_string(*e->cval) + "/" + type_string(e->type);
          if (!seen_consts.insert(key).second)
            error(e, DiagKind::TypeError, "duplicate case " + src(e) + " in expression switch");
        }
      } else {
        expr(e);
        if (e->mode == ExprMode::Invalid) continue;
        if (!is_boolean(e->type)) {
          error(e, DiagKind::MismatchedTypes,
                "invalid case " + src(e) + " in switch (mismatched types " + type_string(e->type) +
                    " and bool)");
          continue;
        }
        convert_untyped(e, types.basic(Kind::Bool));
      }
    }
    branch_stack.push_back({s, label, false});
    open_scope();
    for (size_t i = 0; i < cc->body.size(); i++) {
      auto* bs = as<BranchStmt>(cc->body[i]);
      if (bs && bs->tok == Tok::Fallthrough) {
        if (i + 1 != cc->body.size())
          error(bs, DiagKind::InvalidBranch, "fallthrough statement out of place");
        else if (ci + 1 == nclauses)
          error(bs, DiagKind::InvalidBranch, "cannot fallthrough final case in switch");
        continue;
      }
      stmt(cc->body[i]);
    }
    close_scope();
    branch_stack.pop_back();
  }
  close_scope();
}

void Checker::Impl::type_switch(TypeSwitchStmt* s) {
  std::string label = std::move(pending_label);
  pending_label.clear();
  open_scope();
  if (s->init) stmt(s->init);
  Ident* sym = nullptr;
  Expr* guard = nullptr;
  if (auto* asg = as<AssignStmt>(s->assign)) {
    sym = as<Ident>(asg->lhs[0]);
    guard = asg->rhs[0];
  } else if (auto* es = as<ExprStmt>(s->assign)) {
    guard = es->x;
  }
  auto* ta = as<TypeAssertExpr>(unparen(guard));
  const Type* xt = nullptr;
  if (ta) {
    expr(ta->x);
    if (ta->x->mode != ExprMode::Invalid) {
      if (!is_interface(ta->x->type)) {
        error(ta->x, DiagKind::TypeError,
              src(ta->x) + " (" + describe(ta->x).substr(src(ta->x).size() + 2) +
                  " is not an interface");
      } else {
        xt = ta->x->type;
      }
    }
    ta->mode = ExprMode::Value;
    ta->type = xt;
  }
  std::vector<Object*> clause_objs;
  branch_stack.push_back({s, label, false});
  for (Stmt* st : s->body->list) {
    auto* cc = as<CaseClause>(st);
    if (!cc) continue;
    const Type* single = nullptr;
    for (Expr* e : cc->list) {
      Expr* u = unparen(e);
      if (auto* id = as<Ident>(u); id && id->name == "nil") {
        expr(e);
        if (e->type && e->type->kind == Kind::UntypedNil) {
          single = nullptr;
          if (cc->list.size() == 1) single = xt;
          continue;
        }
      }
      const Type* t = type_expr(e);
      if (cc->list.size() == 1) single = t;
      if (xt && t->kind != Kind::Invalid && !is_interface(t)) {
        std::string why;
        if (!implements(t, xt, &why))
          error(e, DiagKind::NotImplemented,
                "impossible type switch case: " + src(ta->x) + " (" +
                    describe(ta->x).substr(src(ta->x).size() + 2) + " cannot have dynamic type " +
                    type_string(t) + " " + why);
      }
    }
    open_scope();
    if (sym && sym->name != "_") {
      const Type* vt = (cc->list.size() == 1 && single) ? single : (xt ? xt : types.invalid());
      Object* o = new_object(ObjKind::Var, sym->name, sym->range, vt);
      o->owner = func;
      o->boxed = contains_array(vt);
      o->used = false;
      if (func) func->locals.push_back(o);
      declare(scope, o);
      cc->implicit = o;
      clause_objs.push_back(o);
    }
    stmt_list(cc->body);
    close_scope();
  }
  branch_stack.pop_back();
  if (sym) {
    bool used = false;
    for (Object* o : clause_objs) used |= o->used;
    // Report once, at the symbolic variable, instead of once per clause.
    for (Object* o : clause_objs) o->used = true;
    if (!used && sym->name != "_")
      error(sym, DiagKind::UnusedVariable, "declared and not used: " + sym->name);
  }
  close_scope();
}

void Checker::Impl::select_stmt(SelectStmt* s) {
  std::string label = std::move(pending_label);
  pending_label.clear();
  branch_stack.push_back({s, label, false});
  for (Stmt* st : s->body->list) {
    auto* cc = as<CommClause>(st);
    if (!cc) continue;
    open_scope();
    if (cc->comm) {
      bool ok = false;
      if (as<SendStmt>(cc->comm))
        ok = true;
      else if (auto* es = as<ExprStmt>(cc->comm)) {
        auto* ue = as<UnaryExpr>(unparen(es->x));
        ok = ue && ue->op == Tok::Arrow;
      } else if (auto* asg = as<AssignStmt>(cc->comm)) {
        auto* ue = asg->rhs.size() == 1 ? as<UnaryExpr>(unparen(asg->rhs[0])) : nullptr;
        ok = ue && ue->op == Tok::Arrow && asg->lhs.size() <= 2 &&
             (asg->tok == Tok::Define || asg->tok == Tok::Assign);
      }
      if (!ok)
        error(cc->comm, DiagKind::TypeError, "select case must be receive, send or assign recv");
      else
        stmt(cc->comm);
    }
    stmt_list(cc->body);
    close_scope();
  }
  branch_stack.pop_back();
}

void Checker::Impl::for_stmt(ForStmt* s) {
  std::string label = std::move(pending_label);
  pending_label.clear();
  open_scope();
  if (s->init) {
    stmt(s->init);
    if (auto* asg = as<AssignStmt>(s->init); asg && asg->tok == Tok::Define)
      for (Expr* l : asg->lhs)
        if (auto* id = as<Ident>(l); id && id->obj) id->obj->is_loop_var = true;
  }
  if (s->cond) {
    expr(s->cond);
    if (s->cond->mode != ExprMode::Invalid && !is_boolean(s->cond->type))
      error(s->cond, DiagKind::TypeError, "non-boolean condition in for statement");
    else if (s->cond->mode != ExprMode::Invalid)
      convert_untyped(s->cond, types.basic(Kind::Bool));
  }
  if (s->post) {
    if (auto* asg = as<AssignStmt>(s->post); asg && asg->tok == Tok::Define)
      error(s->post, DiagKind::Syntax, "cannot declare in post statement of for loop");
    else
      stmt(s->post);
  }
  branch_stack.push_back({s, label, true});
  block(s->body);
  branch_stack.pop_back();
  close_scope();
}

void Checker::Impl::range_stmt(RangeStmt* s) {
  std::string label = std::move(pending_label);
  pending_label.clear();
  open_scope();
  expr(s->x);
  const Type* kt = nullptr;
  const Type* vt = nullptr;
  bool value_allowed = true;
  if (s->x->mode != ExprMode::Invalid) {
    const Type* xt = s->x->type;
    if (is_untyped(xt) && xt->kind == Kind::UntypedString) {
      convert_untyped(s->x, nullptr);
      xt = s->x->type;
    }
    const Type* u = under(xt);
    if (u->kind == Kind::Pointer && under(u->elem)->kind == Kind::Array) u = under(u->elem);
    switch (u->kind) {
      case Kind::String:
        kt = types.basic(Kind::Int);
        vt = types.basic(Kind::Int32);
        break;
      case Kind::Array:
      case Kind::Slice:
        kt = types.basic(Kind::Int);
        vt = u->elem;
        break;
      case Kind::Map:
        kt = u->key;
        vt = u->elem;
        break;
      case Kind::Chan:
        if (u->dir == ChanDir::Send) {
          error(s->x, DiagKind::InvalidOperation,
                "invalid operation: range " + src(s->x) + " receive from send-only channel " +
                    type_string(xt));
          break;
        }
        kt = u->elem;
        value_allowed = false;
        break;
      case Kind::Func:
        error(s->x, DiagKind::Unsupported, "range over function iterators is not supported");
        break;
      default:
        if (is_integer(xt)) {
          if (is_untyped(xt)) convert_untyped(s->x, types.basic(Kind::Int));
          if (opts.go_version < 122)
            error(s->x, DiagKind::TypeError,
                  "cannot range over " + describe(s->x) + " (requires go1.22 or later)");
          kt = s->x->type;
          value_allowed = false;
        } else {
          error(s->x, DiagKind::TypeError, "cannot range over " + describe(s->x));
        }
    }
  }
  if (s->value && !value_allowed && kt) {
    error(s->value, DiagKind::TypeError,
          "range over " + describe(s->x) + " permits only one iteration variable");
  }
  Expr* vars[2] = {s->key, s->value};
  const Type* vtypes[2] = {kt, vt};
  if (s->tok == Tok::Define) {
    for (int i = 0; i < 2; i++) {
      auto* id = vars[i] ? as<Ident>(vars[i]) : nullptr;
      if (vars[i] && !id) {
        error(vars[i], DiagKind::Syntax, "non-name " + src(vars[i]) + " on left side of :=");
        continue;
      }
      if (!id) continue;
      Object* o = declare_var(id, vtypes[i] ? vtypes[i] : types.invalid());
      o->is_loop_var = true;
    }
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!vars[i]) continue;
      const Type* lt = lhs_type(vars[i]);
      if (lt && vtypes[i] && !assignable_type(vtypes[i], lt))
        error(vars[i], DiagKind::MismatchedTypes,
              "cannot use " + src(vars[i]) + " (value of type " + type_string(vtypes[i]) + ") as " +
                  type_string(lt) + " value in range");
    }
  }
  branch_stack.push_back({s, label, true});
  block(s->body);
  branch_stack.pop_back();
  close_scope();
}

void Checker::Impl::go_defer(CallExpr* call, const char* what) {
  expr_or_type(call);
  if (call->mode == ExprMode::Invalid) return;
  if (call->call_kind == CallExpr::CallKind::Conversion) {
    error(call, DiagKind::TypeError, std::string(what) + " requires function call, not conversion");
    return;
  }
  if (call->call_kind == CallExpr::CallKind::Builtin) {
    Builtin b = Builtin(call->builtin);
    bool ok = b == Builtin::Close || b == Builtin::Copy || b == Builtin::Delete ||
              b == Builtin::Panic || b == Builtin::Print || b == Builtin::Println ||
              b == Builtin::Recover || b == Builtin::Clear;
    if (!ok) error(call, DiagKind::NotUsed, std::string(what) + " discards result of " + src(call));
  }
}

void Checker::Impl::branch(BranchStmt* s) {
  if (s->tok == Tok::Goto) {
    error(s, DiagKind::Unsupported, "goto statements are not supported");
    return;
  }
  if (s->tok == Tok::Fallthrough) {
    error(s, DiagKind::InvalidBranch, "fallthrough statement out of place");
    return;
  }
  bool is_break = s->tok == Tok::Break;
  if (s->label) {
    for (auto& [l, used] : labels)
      if (l->name == s->label->name) used = true;
    for (auto it = branch_stack.rbegin(); it != branch_stack.rend(); ++it) {
      if (it->label != s->label->name) continue;
      if (!is_break && !it->is_loop) {
        error(s->label, DiagKind::InvalidBranch, "invalid continue label " + s->label->name);
        return;
      }
      s->target = it->stmt;
      return;
    }
    error(s->label, DiagKind::InvalidBranch,
          std::string("invalid ") + (is_break ? "break" : "continue") + " label " + s->label->name);
    return;
  }
  for (auto it = branch_stack.rbegin(); it != branch_stack.rend(); ++it) {
    if (!it->label.empty() && it->label[0] == '#') continue;
    if (is_break || it->is_loop) {
      s->target = it->stmt;
      return;
    }
  }
  error(s, DiagKind::InvalidBranch,
        is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

// Does any break statement inside s target `target`? (Function literals are separate.)
bool Checker::Impl::has_break(Stmt* s, Stmt* target, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      return b->tok == Tok::Break && b->target == target;
    }
    case NodeKind::BlockStmt:
      for (Stmt* x : static_cast<BlockStmt*>(s)->list)
        if (has_break(x, target, implicit)) return true;
      return false;
    case NodeKind::LabeledStmt:
      return has_break(static_cast<LabeledStmt*>(s)->stmt, target, implicit);
    case NodeKind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      return has_break(i->body, target, implicit) || has_break(i->else_, target, implicit);
    }
    case NodeKind::CaseClause:
      for (Stmt* x : static_cast<CaseClause*>(s)->body)
        if (has_break(x, target, implicit)) return true;
      return false;
    case NodeKind::CommClause:
      for (Stmt* x : static_cast<CommClause*>(s)->body)
        if (has_break(x, target, implicit)) return true;
      return false;
    case NodeKind::SwitchStmt:
      return has_break(static_cast<SwitchStmt*>(s)->body, target, implicit);
    case NodeKind::TypeSwitchStmt:
      return has_break(static_cast<TypeSwitchStmt*>(s)->body, target, implicit);
    case NodeKind::SelectStmt:
      return has_break(static_cast<SelectStmt*>(s)->body, target, implicit);
    case NodeKind::ForStmt:
      return has_break(static_cast<ForStmt*>(s)->body, target, implicit);
    case NodeKind::RangeStmt:
      return has_break(static_cast<RangeStmt*>(s)->body, target, implicit);
    default:
      return false;
  }
}

bool Checker::Impl::is_terminating(Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      return b->tok == Tok::Goto || b->tok == Tok::Fallthrough;
    }
    case NodeKind::ExprStmt: {
      auto* ce = as<CallExpr>(unparen(static_cast<ExprStmt*>(s)->x));
      return ce && ce->call_kind == CallExpr::CallKind::Builtin &&
             Builtin(ce->builtin) == Builtin::Panic;
    }
    case NodeKind::BlockStmt: {
      auto& l = static_cast<BlockStmt*>(s)->list;
      for (auto it = l.rbegin(); it != l.rend(); ++it)
        if (!as<EmptyStmt>(*it)) return is_terminating(*it, "");
      return false;
    }
    case NodeKind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      return i->else_ && is_terminating(i->body, "") && is_terminating(i->else_, "");
    }
    case NodeKind::LabeledStmt: {
      auto* ls = static_cast<LabeledStmt*>(s);
      return is_terminating(ls->stmt, ls->label->name);
    }
    case NodeKind::ForStmt: {
      auto* f = static_cast<ForStmt*>(s);
      return !f->cond && !has_break(f->body, f, true);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      BlockStmt* body = s->kind == NodeKind::SwitchStmt ? static_cast<SwitchStmt*>(s)->body
                                                        : static_cast<TypeSwitchStmt*>(s)->body;
      bool has_default = false;
      for (Stmt* c : body->list) {
        auto* cc = static_cast<CaseClause*>(c);
        has_default |= cc->is_default;
        if (cc->body.empty()) return false;
        Stmt* last = cc->body.back();
        auto* bs = as<BranchStmt>(last);
        if (!(bs && bs->tok == Tok::Fallthrough) && !is_terminating(last, "")) return false;
        for (Stmt* x : cc->body)
          if (has_break(x, s, true)) return false;
      }
      return has_default;
    }
    case NodeKind::SelectStmt: {
      for (Stmt* c : static_cast<SelectStmt*>(s)->body->list) {
        auto* cc = static_cast<CommClause*>(c);
        if (cc->body.empty() || !is_terminating(cc->body.back(), "")) return false;
        for (Stmt* x : cc->body)
          if (has_break(x, s, true)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

}  // namespace gs
