// Statement checking and function bodies: scopes, declared variables, the statement
// dispatch and unused variables. Assignments and returns: check_assign.cc; control flow,
// labels and terminating statements: check_control.cc.
#include "check/checker_impl.h"

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

}  // namespace gs
