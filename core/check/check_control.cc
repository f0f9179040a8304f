// Control-flow checking: if, switch, type switch, select, for and range statements, go and
// defer, break/continue/goto labels, and terminating-statement analysis ("missing return").
#include <set>

#include "check/checker_impl.h"

namespace gs {

// An else-if chain (any length) is a loop, not a recursion. Each if opens a scope that its
// else branch sees, so the scopes close together at the end.
void Checker::Impl::if_stmt(IfStmt* s) {
  int scopes = 0;
  for (;;) {
    open_scope();
    scopes++;
    if (s->init) stmt(s->init);
    expr(s->cond);
    if (s->cond->mode != ExprMode::Invalid && !is_boolean(s->cond->type))
      error(s->cond, DiagKind::TypeError, "non-boolean condition in if statement");
    else if (s->cond->mode != ExprMode::Invalid)
      convert_untyped(s->cond, types.basic(Kind::Bool));
    block(s->body);
    auto* next = as<IfStmt>(s->else_);
    if (!next) break;
    s = next;
  }
  if (s->else_) stmt(s->else_);
  while (scopes--) close_scope();
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
          std::string key = const_key(*e->cval) + "/" + type_string(e->type);
          if (!seen_consts.insert(key).second)
            error(e, DiagKind::TypeError, "duplicate case " + src(e) + " in expression switch");
        }
      } else {
        expr(e);
        if (e->mode == ExprMode::Invalid) continue;
        // A tagless switch compares each case with true: an interface holding bools works.
        if (!is_boolean(e->type) &&
            !(is_interface(e->type) && assignable_type(types.basic(Kind::Bool), e->type))) {
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
        range_func(s, label, u);
        close_scope();
        return;
      default:
        if (is_integer(xt)) {
          if (is_untyped(xt)) convert_untyped(s->x, nullptr);  // 'a' ranges as rune (spec)
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

// for k, v := range f, f a func(yield func(K, V) bool): the body becomes the yield function
// (a closure over the enclosing function's variables), see RangeStmt::body_func.
void Checker::Impl::range_func(RangeStmt* s, const std::string& label, const Type* ft) {
  const Type* yield = ft->params.size() == 1 ? under(ft->params[0]) : nullptr;
  std::string why;
  if (ft->params.size() != 1 || !ft->results.empty() || ft->variadic)
    why = "wrong argument count";
  else if (yield->kind != Kind::Func)
    why = "argument is not func";
  else if (yield->results.size() != 1 || !is_boolean(yield->results[0]))
    why = "yield func does not return bool";
  else if (yield->params.size() > 2 || yield->variadic)
    why = "yield func has too many parameters";
  size_t nvars = (s->key ? 1 : 0) + (s->value ? 1 : 0);
  if (why.empty() && nvars > yield->params.size()) {
    error(nvars == 2 ? s->value : s->key, DiagKind::TypeError,
          "range over " + describe(s->x) +
              (yield->params.empty() ? " permits no iteration variables"
                                     : " permits only one iteration variable"));
    why = "-";
  }
  if (why.empty() && s->tok == Tok::Assign) {
    error(s, DiagKind::Unsupported,
          "range over a function assigning existing variables (=) is not supported; use :=");
    why = "-";
  }
  if (!why.empty()) {
    if (why != "-")
      error(s->x, DiagKind::TypeError,
            "cannot range over " + describe(s->x) +
                ": func must be func(yield func(...) bool): " + why);
    branch_stack.push_back({s, label, true});
    block(s->body);
    branch_stack.pop_back();
    return;
  }
  FuncInfo* outer = func;
  FuncInfo* body = &funcinfos.emplace_back();
  body->outer = outer;
  body->node = s;
  body->file = file;
  body->range_loop = s;
  body->name = outer->name + "-range" + std::to_string(++outer->range_count);
  body->sig = types.func(yield->params, {types.basic(Kind::Bool)}, false);
  Object* result = new_object(ObjKind::Var, "", s->range, types.basic(Kind::Bool));
  result->is_param = true;
  result->owner = body;
  body->results.push_back(result);
  Object* state = new_object(ObjKind::Var, "range state", s->range, types.basic(Kind::Int));
  state->owner = outer;
  state->boxed = true;
  state->used = true;
  outer->locals.push_back(state);
  body->captures.push_back(state);
  s->body_func = body;
  s->state = state;
  owner.all_funcs_.push_back(body);
  branch_stack.push_back({s, label, true});
  func = body;
  open_scope();
  scope->func = body;
  Expr* vars[2] = {s->key, s->value};
  std::vector<Object*> declared;
  for (size_t i = 0; i < yield->params.size(); i++) {
    auto* id = i < 2 && vars[i] ? as<Ident>(vars[i]) : nullptr;
    if (i < 2 && vars[i] && !id)
      error(vars[i], DiagKind::Syntax, "non-name " + src(vars[i]) + " on left side of :=");
    Object* p =
        new_object(ObjKind::Var, id ? id->name : "_", id ? id->range : s->range, yield->params[i]);
    p->is_param = true;
    p->owner = body;
    p->boxed = contains_array(p->type);
    body->params.push_back(p);
    if (!id) continue;
    id->obj = p;
    id->type = p->type;
    if (id->name != "_") {
      declare(scope, p);
      declared.push_back(p);
    }
  }
  block(s->body);
  close_scope();
  func = outer;
  branch_stack.pop_back();
  for (Object* p : declared)
    if (!p->used) error(p->pos, DiagKind::UnusedVariable, "declared and not used: " + p->name);
}

void Checker::Impl::go_defer(CallExpr* call, const char* what) {
  if (func && func->range_loop && std::string(what) == "defer") {
    error(call, DiagKind::Unsupported,
          "defer in the body of a range-over-func loop is not supported yet");
    return;
  }
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
      note_range_exits(s, size_t(branch_stack.rend() - it) - 1);
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
      note_range_exits(s, size_t(branch_stack.rend() - it) - 1);
      return;
    }
  }
  error(s, DiagKind::InvalidBranch,
        is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

// A branch to branch_stack[target] leaves the bodies of the range-over-func loops above it:
// each reports it to its enclosing code as an exit (RangeStmt::exits).
void Checker::Impl::note_range_exits(BranchStmt* s, size_t target) {
  for (size_t i = target + 1; i < branch_stack.size(); i++)
    if (auto* rs = as<RangeStmt>(branch_stack[i].stmt); rs && rs->body_func) rs->exits.push_back(s);
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
      for (; i; i = as<IfStmt>(i->else_))  // else-if chains are loops
        if (has_break(i->body, target, implicit) ||
            (!as<IfStmt>(i->else_) && has_break(i->else_, target, implicit)))
          return true;
      return false;
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
      for (; i; i = as<IfStmt>(i->else_)) {  // else-if chains are loops
        if (!i->else_ || !is_terminating(i->body, "")) return false;
        if (!as<IfStmt>(i->else_)) return is_terminating(i->else_, "");
      }
      return false;
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
