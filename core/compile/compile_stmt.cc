// Statement code generation: assignments, control flow (if, for, range, switch, type switch,
// select), branches, returns, go and defer. Temporaries are released after each statement.
#include <functional>

#include "compile/codegen.h"

namespace gs {

void FuncCompiler::block(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) {
    int mark = top_;
    stmt(s);
    if (!hoisted_.empty()) {  // a hoisted call never consumed would run twice: refuse
      pb_.error(file_, s->range, DiagKind::Internal,
                "internal error: evaluation order of this statement (please report it)");
      hoisted_.clear();
    }
    // Locals declared by the statement stay allocated until the end of the block.
    if (!as<DeclStmt>(s) &&
        !(as<AssignStmt>(s) && static_cast<AssignStmt*>(s)->tok == Tok::Define) &&
        !as<LabeledStmt>(s))
      top_ = mark;
  }
}

void FuncCompiler::stmt(Stmt* s) {
  set_pos(s);
  switch (s->kind) {
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::DeclStmt: {
      GenDecl* gd = static_cast<DeclStmt*>(s)->decl;
      if (gd->tok != Tok::Var) return;
      for (Node* sp : gd->specs) {
        auto* vs = static_cast<ValueSpec*>(sp);
        if (vs->values.empty()) {
          for (Ident* id : vs->names) {
            if (id->name == "_") continue;
            declare_local(id->obj);
            if (!id->obj->boxed) {
              int w = slots_of(id->obj->type);
              if (w) emit(Op::Zero, id->obj->slot, 0, 0, w);
            }
          }
          continue;
        }
        OrderScope scope(*this);
        if (vs->values.size() == vs->names.size()) {
          order_context(vs->values);
          std::vector<int> vals;
          for (size_t i = 0; i < vs->names.size(); i++) {
            Object* o = vs->names[i]->obj;
            const Type* t = o ? o->type : vs->values[i]->type;
            int r = alloc(slots_of(t));
            coerce_to(vs->values[i], t, r);
            vals.push_back(r);
          }
          for (size_t i = 0; i < vs->names.size(); i++) {
            Ident* id = vs->names[i];
            if (id->name == "_") continue;
            declare_local(id->obj);
            store(var_loc(id->obj), vals[i]);
          }
        } else {
          std::vector<Expr*> lhs(vs->names.begin(), vs->names.end());
          hoist(vs->values[0], !comma_ok(lhs, vs->values));
          assign_multi(lhs, vs->values[0], true);
        }
      }
      return;
    }
    case NodeKind::LabeledStmt:
      stmt(static_cast<LabeledStmt*>(s)->stmt);
      return;
    case NodeKind::ExprStmt: {
      Expr* x = unparen(static_cast<ExprStmt*>(s)->x);
      if (auto* ce = as<CallExpr>(x)) {
        call(ce);
      } else if (auto* ue = as<UnaryExpr>(x); ue && ue->op == Tok::Arrow) {
        int w = slots_of(ue->type);
        int r = alloc(w);
        recv(ue, r, false);
      } else {
        expr(x);
      }
      return;
    }
    case NodeKind::SendStmt: {
      auto* ss = static_cast<SendStmt*>(s);
      OrderScope scope(*this);
      order_context({ss->chan, ss->value});
      int ch = expr(ss->chan);
      int v = coerce(ss->value, under(ss->chan->type)->elem);
      set_pos(s);
      emit(Op::Send, ch, v);
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* is = static_cast<IncDecStmt*>(s);
      Loc l = lvalue(is->x);
      if (l.kind == Loc::Kind::Reg && is_integer(is->x->type)) {
        emit(Op::AddI, l.reg, l.reg, is->tok == Tok::Inc ? 1 : -1);
        wrap_int(l.reg, is->x->type);
        return;
      }
      const Type* t = is->x->type;
      int cur = alloc(1);
      load(l, cur);
      int one = alloc(1);
      Constant c = Constant::of_int(1);
      load_const(one, c, t);
      set_pos(s);
      arith(is->tok == Tok::Inc ? Tok::Add : Tok::Sub, cur, one, t, cur);
      store(l, cur);
      return;
    }
    case NodeKind::AssignStmt:
      assign(static_cast<AssignStmt*>(s));
      return;
    case NodeKind::GoStmt:
      go_defer(static_cast<GoStmt*>(s)->call, true);
      return;
    case NodeKind::DeferStmt:
      go_defer(static_cast<DeferStmt*>(s)->call, false);
      return;
    case NodeKind::ReturnStmt:
      return_stmt(static_cast<ReturnStmt*>(s));
      return;
    case NodeKind::BranchStmt:
      branch(static_cast<BranchStmt*>(s));
      return;
    case NodeKind::BlockStmt: {
      int mark = top_;
      block(static_cast<BlockStmt*>(s)->list);
      top_ = mark;
      return;
    }
    case NodeKind::IfStmt:
      if_stmt(static_cast<IfStmt*>(s));
      return;
    case NodeKind::ForStmt:
      for_stmt(static_cast<ForStmt*>(s));
      return;
    case NodeKind::RangeStmt:
      range_stmt(static_cast<RangeStmt*>(s));
      return;
    case NodeKind::SwitchStmt:
      switch_stmt(static_cast<SwitchStmt*>(s));
      return;
    case NodeKind::TypeSwitchStmt:
      type_switch(static_cast<TypeSwitchStmt*>(s));
      return;
    case NodeKind::SelectStmt:
      select_stmt(static_cast<SelectStmt*>(s));
      return;
    default:
      pb_.error(file_, s->range, DiagKind::Unsupported,
                std::string("statement not supported: ") + node_kind_name(s->kind));
  }
}

// v, ok = m[k] / <-c / x.(T): one operand giving a value and a bool.
bool FuncCompiler::comma_ok(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  return lhs.size() == 2 && rhs.size() == 1 && !(rhs[0]->type && rhs[0]->type->kind == Kind::Tuple);
}

// Where lhs is (declaring it first when needed). Of several targets, all are computed
// before any is stored (the spec's two phases): variables they read are copied, and index
// bounds are checked at the store.
Loc FuncCompiler::target(Expr* lhs, bool define, bool several) {
  auto* id = as<Ident>(unparen(lhs));
  if (define && id && id->obj && !id->obj->is_global && id->obj->slot == -1 && id->name != "_")
    declare_local(id->obj);
  copy_vars_ = several;
  Loc l = lvalue(lhs, several);
  copy_vars_ = false;
  return l;
}

// Stores the value in `src` (of type src_type) into l, converting to an interface target.
void FuncCompiler::assign_to(const Loc& l, int src, const Type* src_type) {
  if (l.kind != Loc::Kind::Blank && is_interface(l.type) && !is_interface(src_type)) {
    int t = alloc(2);
    convert_value(src, src_type, l.type, t);
    store(l, t);
  } else {
    store(l, src);
  }
}

void FuncCompiler::assign_multi(const std::vector<Expr*>& lhs, Expr* rhs, bool define) {
  std::vector<Loc> locs;
  for (Expr* l : lhs) locs.push_back(target(l, define, true));
  Expr* r = unparen(rhs);
  std::vector<const Type*> types;
  int base;
  if (r->type && r->type->kind == Kind::Tuple) {
    base = call(static_cast<CallExpr*>(r));
    types = r->type->results;
  } else {
    // Comma-ok forms: value then a bool.
    int w = slots_of(r->type);
    base = alloc(w + 1);
    if (auto* ie = as<IndexExpr>(r))
      index(ie, base, base + w);
    else if (auto* ta = as<TypeAssertExpr>(r))
      type_assert(ta, base, true);
    else if (auto* ue = as<UnaryExpr>(r))
      recv(ue, base, true);
    types = {r->type, pb_.types.basic(Kind::Bool)};
  }
  // Values are all computed; now the assignments, left to right.
  int off = 0;
  for (size_t i = 0; i < lhs.size(); i++) {
    assign_to(locs[i], base + off, types[i]);
    off += slots_of(types[i]);
  }
}

void FuncCompiler::assign(AssignStmt* asg) {
  bool define = asg->tok == Tok::Define;
  // One context: the left side's index operands, then the right side (order.cc); the left
  // side's plain operands are read after the right side's calls (a[i] = f() with f changing
  // i stores to the new a[i], as in gc). A comma-ok form (v, ok = <-c) stays in place.
  OrderScope scope(*this);
  for (Expr* l : asg->lhs) hoist(l, false);
  for (Expr* r : asg->rhs) hoist(r, !comma_ok(asg->lhs, asg->rhs));
  if (asg->tok != Tok::Assign && !define) {
    Tok op = assign_op_base(asg->tok);
    Expr* lhs = asg->lhs[0];
    const Type* t = lhs->type;
    Loc l = lvalue(lhs);
    int w = slots_of(t);
    // A register variable is updated in place; anything else is loaded, updated, stored.
    int cur = l.kind == Loc::Kind::Reg ? l.reg : alloc(w);
    load(l, cur);
    int y = op == Tok::Shl || op == Tok::Shr ? expr(asg->rhs[0]) : coerce(asg->rhs[0], t);
    set_pos(asg);
    if (op == Tok::Shl || op == Tok::Shr) {
      Op o = op == Tok::Shl ? Op::Shl : is_unsigned(t) ? Op::ShrU : Op::Shr;
      emit(o, cur, cur, y, is_unsigned(asg->rhs[0]->type) ? 0 : 1);
      wrap_int(cur, t);
    } else if (negated_operand(op, lhs, asg->rhs[0], t)) {  // x *= -1
      emit(Op::FNeg, cur, cur);
    } else {
      arith(op, cur, y, t, cur);
    }
    store(l, cur);
    return;
  }
  if (asg->lhs.size() != asg->rhs.size()) {
    assign_multi(asg->lhs, asg->rhs[0], define);
    return;
  }
  // Single assignment of a scalar to a plain local: evaluate straight into it.
  if (asg->lhs.size() == 1) {
    auto* id = as<Ident>(unparen(asg->lhs[0]));
    if (id && id->name == "_") {
      expr(asg->rhs[0]);
      return;
    }
    if (id && id->obj && !id->obj->is_global && !id->obj->boxed && !cap_index_.count(id->obj)) {
      if (define && id->obj->slot == -1) declare_local(id->obj);
      if (slots_of(id->obj->type) <= 1 || as<CallExpr>(unparen(asg->rhs[0]))) {
        int mark = top_;
        coerce_to(asg->rhs[0], id->obj->type, id->obj->slot);
        top_ = mark;
        return;
      }
    }
  }
  // General case: left operands, then right values into temporaries, then stores.
  std::vector<Loc> locs(asg->lhs.size());
  if (!define)
    for (size_t i = 0; i < asg->lhs.size(); i++)
      locs[i] = target(asg->lhs[i], false, asg->lhs.size() > 1);
  std::vector<int> vals(asg->rhs.size());
  std::vector<const Type*> lts(asg->rhs.size());
  for (size_t i = 0; i < asg->rhs.size(); i++) {
    const Type* lt = define ? asg->lhs[i]->type : locs[i].type;
    if (!lt ||
        (as<Ident>(unparen(asg->lhs[i])) && static_cast<Ident*>(unparen(asg->lhs[i]))->name == "_"))
      lt = asg->rhs[i]->type;
    lts[i] = lt;
    vals[i] = alloc(slots_of(lt));
  }
  for (size_t i = 0; i < asg->rhs.size(); i++) coerce_to(asg->rhs[i], lts[i], vals[i]);
  for (size_t i = 0; i < asg->lhs.size(); i++) {
    if (define) {
      assign_to(target(asg->lhs[i], true, false), vals[i],
                asg->rhs[i]->type && !is_untyped(asg->rhs[i]->type)
                    ? (asg->lhs[i]->type ? asg->lhs[i]->type : asg->rhs[i]->type)
                    : asg->lhs[i]->type);
    } else {
      store(locs[i], vals[i]);
    }
  }
}

void FuncCompiler::cond_jump(Expr* cond, bool jump_if, std::vector<int>& jumps) {
  OrderScope scope(*this);
  hoist(cond, false);
  // Integer comparisons fuse with the branch: one instruction instead of two.
  if (auto* be = as<BinaryExpr>(unparen(cond)); be && be->x->type == be->y->type) {
    const Type* u = under(be->x->type);
    bool sint = is_integer(u) && !is_unsigned(u);
    bool bits = sint || is_unsigned(u) || u->kind == Kind::Bool || u->kind == Kind::Pointer ||
                u->kind == Kind::Chan || u->kind == Kind::Map;
    Tok op = be->op;
    // Jumping when the condition is false means testing the negated comparison.
    if (!jump_if) {
      switch (op) {
        case Tok::Lss:
          op = Tok::Geq;
          break;
        case Tok::Leq:
          op = Tok::Gtr;
          break;
        case Tok::Gtr:
          op = Tok::Leq;
          break;
        case Tok::Geq:
          op = Tok::Lss;
          break;
        case Tok::Eql:
          op = Tok::Neq;
          break;
        case Tok::Neq:
          op = Tok::Eql;
          break;
        default:
          op = Tok::Illegal;
          break;
      }
    }
    bool ordered = op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
    if ((ordered && sint) || ((op == Tok::Eql || op == Tok::Neq) && bits)) {
      int x = expr(be->x);
      int y = expr(be->y);
      set_pos(be);
      switch (op) {
        case Tok::Lss:
          jumps.push_back(emit(Op::JmpLt, 0, x, y));
          break;
        case Tok::Leq:
          jumps.push_back(emit(Op::JmpLe, 0, x, y));
          break;
        case Tok::Gtr:
          jumps.push_back(emit(Op::JmpLt, 0, y, x));
          break;
        case Tok::Geq:
          jumps.push_back(emit(Op::JmpLe, 0, y, x));
          break;
        case Tok::Eql:
          jumps.push_back(emit(Op::JmpEq, 0, x, y));
          break;
        default:
          jumps.push_back(emit(Op::JmpNe, 0, x, y));
          break;
      }
      return;
    }
  }
  int c = expr(cond);
  jumps.push_back(emit(jump_if ? Op::JmpT : Op::JmpF, 0, c));
}

// An else-if chain (any length) compiles in a loop; every branch jumps to the common end.
void FuncCompiler::if_stmt(IfStmt* s) {
  int mark = top_;
  std::vector<int> to_end;
  for (;;) {
    if (s->init) stmt(s->init);
    std::vector<int> to_else;
    cond_jump(s->cond, false, to_else);
    int inner = top_;
    block(s->body->list);
    top_ = inner;
    if (s->else_) to_end.push_back(emit(Op::Jmp));
    for (int x : to_else) patch(x, here());
    auto* next = as<IfStmt>(s->else_);
    if (!next) break;
    s = next;
    set_pos(s);
  }
  if (s->else_) stmt(s->else_);
  for (int j : to_end) patch(j, here());
  top_ = mark;
}

void FuncCompiler::for_stmt(ForStmt* s) {
  int mark = top_;
  if (s->init) stmt(s->init);
  // Go 1.22: each iteration has its own copy of boxed loop variables.
  std::vector<Object*> per_iter;
  if (pb_.opts.go_version >= 122)
    if (auto* asg = as<AssignStmt>(s->init); asg && asg->tok == Tok::Define)
      for (Expr* l : asg->lhs)
        if (auto* id = as<Ident>(l); id && id->obj && id->obj->boxed) per_iter.push_back(id->obj);
  int top = here();
  std::vector<int> exits;
  if (s->cond) {
    int m2 = top_;
    cond_jump(s->cond, false, exits);
    top_ = m2;
  }
  loops_.push_back({s, {}, {}});
  int inner = top_;
  block(s->body->list);
  top_ = inner;
  int cont = here();
  for (Object* o : per_iter) {
    int w = slots_of(o->type);
    int v = alloc(w);
    if (w) emit(Op::Load, v, o->slot, 0, w);
    if (w)
      emit(Op::Box, o->slot, v, 0, w);
    else
      emit(Op::New, o->slot, 0);
    top_ = inner;
  }
  if (s->post) {
    stmt(s->post);
    top_ = inner;
  }
  emit(Op::Loop, top);
  int end = here();
  for (int x : exits) patch(x, end);
  for (int x : loops_.back().breaks) patch(x, end);
  for (int x : loops_.back().continues) patch(x, cont);
  loops_.pop_back();
  top_ = mark;
}

void FuncCompiler::range_func(RangeStmt* s) {
  int mark = top_;
  int seq = expr(s->x);  // evaluated once, before the loop
  declare_local(s->state);
  int st = alloc(1);
  load_int(st, 0);
  store(var_loc(s->state), st);
  FuncInfo* body = s->body_func;
  const auto& caps = body->captures;
  int cbase = alloc(int(caps.size()));
  for (size_t i = 0; i < caps.size(); i++) copy(cbase + int(i), box_ptr(caps[i]), 1);
  int frame = alloc(1);
  set_pos(s);
  emit(Op::Closure, frame, pb_.proto_of(body)->index, cbase, int(caps.size()));
  emit(Op::CallC, seq, frame);
  // Why the loop ended; from now on the yield function panics if called.
  load(var_loc(s->state), st);
  int done = alloc(1);
  load_int(done, -1);
  store(var_loc(s->state), done);
  int code = alloc(1), eq = alloc(1);
  auto when = [&](int value, const std::function<void()>& then) {
    load_int(code, value);
    emit(Op::Eq, eq, st, code);
    int skip = emit(Op::JmpF, 0, eq);
    then();
    patch(skip, here());
  };
  when(2, [&] { return_stored(); });
  for (size_t i = 0; i < s->exits.size(); i++) when(3 + int(i), [&] { branch(s->exits[i]); });
  top_ = mark;
}

void FuncCompiler::range_body_exit(int state) {
  RangeStmt* loop = info_->range_loop;
  int st = alloc(1);
  load_int(st, state);
  store(var_loc(loop->state), st);
  load_int(0, 0);  // yield returns false
  emit(Op::Ret);
}

void FuncCompiler::return_stored() {
  if (info_->range_loop)
    range_body_exit(2);
  else
    emit(Op::Ret);
}

void FuncCompiler::range_stmt(RangeStmt* s) {
  if (s->body_func) {
    range_func(s);
    return;
  }
  int mark = top_;
  const Type* xt = s->x->type;
  const Type* xu = under(xt);
  bool define = s->tok == Tok::Define;
  bool per_iter = pb_.opts.go_version >= 122;
  auto key_obj = [&](Expr* e) -> Object* {
    auto* id = e ? as<Ident>(e) : nullptr;
    return id && id->name != "_" ? id->obj : nullptr;
  };
  Object* ko = define ? key_obj(s->key) : nullptr;
  Object* vo = define ? key_obj(s->value) : nullptr;
  auto* blank = s->value ? as<Ident>(unparen(s->value)) : nullptr;
  bool value_used = s->value && !(blank && blank->name == "_");
  // Declared once (Go 1.21, or unboxed variables: per-iteration copies are invisible).
  auto declare_once = [&](Object* o) {
    if (o && (!o->boxed || !per_iter)) declare_local(o);
  };
  declare_once(ko);
  declare_once(vo);
  // Key and value of one iteration: with `=`, both targets are computed before either is
  // stored (for i, x[i] = range y indexes x with the old i).
  struct Var {
    Expr* e;
    Object* o;
    int src;
    const Type* t;
  };
  auto assign_vars = [&](std::initializer_list<Var> vars) {
    std::vector<std::pair<Loc, const Var*>> targets;
    for (const Var& v : vars) {
      if (!v.e) continue;
      if (define) {
        if (!v.o) continue;
        if (v.o->boxed && per_iter) declare_local(v.o);
        store(var_loc(v.o), v.src);
      } else {
        targets.push_back({target(v.e, false, s->key && s->value), &v});
      }
    }
    for (auto& [l, v] : targets) assign_to(l, v->src, v->t);
  };
  loops_.push_back({s, {}, {}});
  const Type* int_t = pb_.types.basic(Kind::Int);
  int top, cont;
  std::vector<int> exits;
  if (xu->kind == Kind::Map) {
    int m = expr(s->x);
    int it = alloc(1);
    emit(Op::MapIter, it, m);
    int kw = slots_of(xu->key), vw = slots_of(xu->elem);
    int kv = alloc(kw + vw);
    int ok = alloc(1);
    top = here();
    emit(Op::MapNext, kv, it, ok);
    exits.push_back(emit(Op::JmpF, 0, ok));
    int inner = top_;
    assign_vars({{s->key, ko, kv, xu->key}, {s->value, vo, kv + kw, xu->elem}});
    block(s->body->list);
    top_ = inner;
    cont = top;
  } else if (xu->kind == Kind::Chan) {
    int ch = expr(s->x);
    int w = slots_of(xu->elem);
    int v = alloc(w + 1);
    top = here();
    set_pos(s);
    emit(Op::Recv, v, ch, 0, 1);
    exits.push_back(emit(Op::JmpF, 0, v + w));
    int inner = top_;
    assign_vars({{s->key, ko, v, xu->elem}});
    block(s->body->list);
    top_ = inner;
    cont = top;
  } else if (is_integer(xu)) {
    int n = expr(s->x);
    int nn = alloc(1);
    copy(nn, n, 1);
    int i = alloc(1);
    load_int(i, 0);
    int c = alloc(1);
    top = here();
    emit(Op::Lt, c, i, nn);
    exits.push_back(emit(Op::JmpF, 0, c));
    int inner = top_;
    assign_vars({{s->key, ko, i, xt}});
    block(s->body->list);
    top_ = inner;
    cont = here();
    emit(Op::AddI, i, i, 1);
  } else if (is_string(xu)) {
    int str = alloc(2);
    expr_to(s->x, str);
    int i = alloc(1);
    load_int(i, 0);
    int c = alloc(1);
    int rw = alloc(2);
    top = here();
    emit(Op::Lt, c, i, str + 1);
    exits.push_back(emit(Op::JmpF, 0, c));
    emit(Op::StrNext, rw, str, i);
    int inner = top_;
    assign_vars({{s->key, ko, i, int_t}, {s->value, vo, rw, pb_.types.basic(Kind::Int32)}});
    block(s->body->list);
    top_ = inner;
    cont = here();
    emit(Op::Add, i, i, rw + 1);
  } else {
    // Arrays, pointers to arrays and slices: length evaluated once; arrays are copied
    // when their elements are used (the range expression is evaluated once, by value).
    int ptr, len;
    const Type* elem;
    if (xu->kind == Kind::Slice) {
      int sl = alloc(3);
      expr_to(s->x, sl);
      ptr = sl;
      len = sl + 1;
      elem = xu->elem;
    } else {
      const Type* at = xu->kind == Kind::Pointer ? under(xu->elem) : xu;
      elem = at->elem;
      len = alloc(1);
      load_int(len, at->len);
      // Spec: with at most one iteration variable and a constant len(x) (no call or receive
      // in x), x is not evaluated at all.
      bool evaluated = value_used || contains_call(s->x);
      if (!evaluated) {
        ptr = -1;
      } else if (xu->kind == Kind::Pointer) {
        ptr = expr(s->x);
      } else if (!value_used) {
        expr(s->x);  // for its calls
        ptr = -1;
      } else {
        int w = slots_of(xt);
        int v = alloc(w);
        expr_to(s->x, v);
        ptr = alloc(1);
        if (w)
          emit(Op::Box, ptr, v, 0, w);
        else
          emit(Op::New, ptr, 0);
      }
    }
    int i = alloc(1);
    load_int(i, 0);
    int c = alloc(1);
    int ew = slots_of(elem);
    int ev = alloc(ew);
    int ep = alloc(1);
    top = here();
    emit(Op::Lt, c, i, len);
    exits.push_back(emit(Op::JmpF, 0, c));
    int inner = top_;
    if (value_used) {
      emit(Op::ElemAddr, ep, ptr, i, ew);
      if (ew) emit(Op::Load, ev, ep, 0, ew);
    }
    assign_vars({{s->key, ko, i, int_t}, {s->value, vo, ev, elem}});
    block(s->body->list);
    top_ = inner;
    cont = here();
    emit(Op::AddI, i, i, 1);
  }
  emit(Op::Loop, top);
  int end = here();
  for (int x : exits) patch(x, end);
  for (int x : loops_.back().breaks) patch(x, end);
  for (int x : loops_.back().continues) patch(x, cont);
  loops_.pop_back();
  top_ = mark;
}

void FuncCompiler::switch_stmt(SwitchStmt* s) {
  int mark = top_;
  if (s->init) stmt(s->init);
  int tag = -1;
  const Type* tt = nullptr;
  if (s->tag) {
    tt = s->tag->type;
    tag = alloc(slots_of(tt));
    expr_to(s->tag, tag);
  }
  auto& clauses = s->body->list;
  std::vector<std::vector<int>> to_body(clauses.size());
  int default_idx = -1;
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = static_cast<CaseClause*>(clauses[i]);
    if (cc->is_default) default_idx = int(i);
    for (Expr* e : cc->list) {
      int m2 = top_;
      if (s->tag) {
        int c = alloc(1);
        const Type* ct = tt;
        int v, t2;
        if (is_interface(tt) && !is_interface(e->type)) {
          v = coerce(e, tt);
          t2 = tag;
        } else if (!is_interface(tt) && is_interface(e->type)) {
          ct = e->type;
          v = expr(e);
          t2 = alloc(2);
          convert_value(tag, tt, ct, t2);
        } else {
          v = expr(e);
          t2 = tag;
        }
        set_pos(e);
        compare(Tok::Eql, t2, v, ct, c);
        to_body[i].push_back(emit(Op::JmpT, 0, c));
      } else if (is_interface(e->type)) {  // case i: true == i
        int t = alloc(1), ti = alloc(2), c = alloc(1);
        load_int(t, 1);
        convert_value(t, pb_.types.basic(Kind::Bool), e->type, ti);
        int v = expr(e);
        set_pos(e);
        compare(Tok::Eql, ti, v, e->type, c);
        to_body[i].push_back(emit(Op::JmpT, 0, c));
      } else {
        cond_jump(e, true, to_body[i]);
      }
      top_ = m2;
    }
  }
  int to_default = emit(Op::Jmp);
  loops_.push_back({s, {}, {}});
  std::vector<int> fall;  // pending fallthrough jumps into the next body
  std::vector<int> ends;
  std::vector<int> body_start(clauses.size());
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = static_cast<CaseClause*>(clauses[i]);
    body_start[i] = here();
    for (int j : to_body[i]) patch(j, here());
    for (int j : fall) patch(j, here());
    fall.clear();
    int inner = top_;
    bool falls = !cc->body.empty() && as<BranchStmt>(cc->body.back()) &&
                 static_cast<BranchStmt*>(cc->body.back())->tok == Tok::Fallthrough;
    std::vector<Stmt*> body = cc->body;
    if (falls) body.pop_back();
    block(body);
    top_ = inner;
    if (falls)
      fall.push_back(emit(Op::Jmp));
    else
      ends.push_back(emit(Op::Jmp));
  }
  int end = here();
  patch(to_default, default_idx >= 0 ? body_start[default_idx] : end);
  for (int j : ends) patch(j, end);
  for (int j : fall) patch(j, end);
  for (int x : loops_.back().breaks) patch(x, end);
  loops_.pop_back();
  top_ = mark;
}

void FuncCompiler::type_switch(TypeSwitchStmt* s) {
  int mark = top_;
  if (s->init) stmt(s->init);
  Expr* guard = nullptr;
  if (auto* asg = as<AssignStmt>(s->assign))
    guard = asg->rhs[0];
  else
    guard = static_cast<ExprStmt*>(s->assign)->x;
  auto* ta = static_cast<TypeAssertExpr*>(unparen(guard));
  int x = alloc(2);
  expr_to(ta->x, x);
  int dyn = alloc(1);
  emit(Op::DynType, dyn, x);
  auto& clauses = s->body->list;
  std::vector<std::vector<int>> to_body(clauses.size());
  int default_idx = -1;
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = static_cast<CaseClause*>(clauses[i]);
    if (cc->is_default) default_idx = int(i);
    for (Expr* e : cc->list) {
      int m2 = top_;
      int c = alloc(1);
      if (e->type && e->type->kind == Kind::UntypedNil) {
        int z = alloc(1);
        load_int(z, 0);
        emit(Op::Eq, c, dyn, z);
      } else if (is_interface(e->type)) {
        emit(Op::Implements, c, dyn, pb_.type_index(e->type));
      } else {
        int t = alloc(1);
        emit(Op::TypeK, t, pb_.type_index(e->type));
        emit(Op::Eq, c, dyn, t);
      }
      to_body[i].push_back(emit(Op::JmpT, 0, c));
      top_ = m2;
    }
  }
  int to_default = emit(Op::Jmp);
  loops_.push_back({s, {}, {}});
  std::vector<int> ends;
  std::vector<int> body_start(clauses.size());
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = static_cast<CaseClause*>(clauses[i]);
    body_start[i] = here();
    for (int j : to_body[i]) patch(j, here());
    int inner = top_;
    if (Object* o = cc->implicit) {
      declare_local(o);
      int w = slots_of(o->type);
      int v = alloc(w);
      if (is_interface(o->type))
        copy(v, x, 2);
      else
        emit(Op::Assert, v, x, pb_.type_index(o->type) | (pb_.type_index(ta->x->type) << 16), 0);
      store(var_loc(o), v);
    }
    block(cc->body);
    top_ = inner;
    ends.push_back(emit(Op::Jmp));
  }
  int end = here();
  patch(to_default, default_idx >= 0 ? body_start[default_idx] : end);
  for (int j : ends) patch(j, end);
  for (int x2 : loops_.back().breaks) patch(x2, end);
  loops_.pop_back();
  top_ = mark;
}

void FuncCompiler::select_stmt(SelectStmt* s) {
  int mark = top_;
  SelectDesc d;
  std::vector<CommClause*> cases;
  CommClause* def = nullptr;
  struct RecvInfo {
    int dst = -1, ok = -1;
    const Type* elem = nullptr;
  };
  std::vector<RecvInfo> recvs;
  for (Stmt* st : s->body->list) {
    auto* cc = static_cast<CommClause*>(st);
    if (!cc->comm) {
      def = cc;
      continue;
    }
    SelectCase sc;
    RecvInfo ri;
    if (auto* ss = as<SendStmt>(cc->comm)) {
      sc.send = true;
      sc.chan = alloc(1);
      expr_to(ss->chan, sc.chan);
      const Type* et = under(ss->chan->type)->elem;
      sc.width = slots_of(et);
      sc.value = alloc(sc.width);
      coerce_to(ss->value, et, sc.value);
    } else {
      UnaryExpr* ue;
      if (auto* es = as<ExprStmt>(cc->comm))
        ue = static_cast<UnaryExpr*>(unparen(es->x));
      else
        ue = static_cast<UnaryExpr*>(unparen(static_cast<AssignStmt*>(cc->comm)->rhs[0]));
      sc.chan = alloc(1);
      expr_to(ue->x, sc.chan);
      ri.elem = under(ue->x->type)->elem;
      sc.width = slots_of(ri.elem);
      sc.value = alloc(sc.width);
      sc.ok = alloc(1);
      ri.dst = sc.value;
      ri.ok = sc.ok;
    }
    d.cases.push_back(sc);
    cases.push_back(cc);
    recvs.push_back(ri);
  }
  d.has_default = def != nullptr;
  int chosen = alloc(1);
  set_pos(s);
  emit(Op::Select, chosen, pb_.select_desc(std::move(d)), def ? 1 : 0);
  loops_.push_back({s, {}, {}});
  std::vector<int> ends;
  auto body = [&](CommClause* cc, const RecvInfo* ri) {
    int inner = top_;
    if (ri && cc->comm) {
      if (auto* asg = as<AssignStmt>(cc->comm)) {
        bool define = asg->tok == Tok::Define;
        std::vector<Loc> locs;
        for (Expr* l : asg->lhs) locs.push_back(target(l, define, asg->lhs.size() > 1));
        assign_to(locs[0], ri->dst, ri->elem);
        if (locs.size() > 1) assign_to(locs[1], ri->ok, pb_.types.basic(Kind::Bool));
      }
    }
    block(cc->body);
    top_ = inner;
    ends.push_back(emit(Op::Jmp));
  };
  for (size_t i = 0; i < cases.size(); i++) {
    int c = alloc(1);
    int k = alloc(1);
    load_int(k, int64_t(i));
    emit(Op::Eq, c, chosen, k);
    int skip = emit(Op::JmpF, 0, c);
    top_ = chosen + 1;
    body(cases[i], &recvs[i]);
    patch(skip, here());
  }
  if (def) body(def, nullptr);
  int end = here();
  for (int j : ends) patch(j, end);
  for (int x : loops_.back().breaks) patch(x, end);
  loops_.pop_back();
  top_ = mark;
}

void FuncCompiler::return_stmt(ReturnStmt* s) {
  // In a range-over-func body, the results are those of the function around the loops.
  FuncInfo* fn = info_;
  while (fn->range_loop) fn = fn->outer;
  const auto& results = fn->results;
  OrderScope scope(*this);
  order_context(s->results);
  if (!s->results.empty()) {
    std::vector<int> vals;
    std::vector<const Type*> rtypes;
    if (s->results.size() == 1 && results.size() > 1) {
      auto* ce = static_cast<CallExpr*>(unparen(s->results[0]));
      int base = call(ce);
      int off = 0;
      for (auto* t : ce->type->results) {
        vals.push_back(base + off);
        rtypes.push_back(t);
        off += slots_of(t);
      }
    } else {
      for (size_t i = 0; i < s->results.size(); i++) {
        int r = alloc(slots_of(results[i]->type));
        coerce_to(s->results[i], results[i]->type, r);
        vals.push_back(r);
        rtypes.push_back(results[i]->type);
      }
    }
    int off = 0;
    for (size_t i = 0; i < results.size(); i++) {
      Object* o = results[i];
      int w = slots_of(o->type);
      int v = vals[i];
      if (rtypes[i] != o->type && is_interface(o->type) && !is_interface(rtypes[i])) {
        int t = alloc(2);
        convert_value(v, rtypes[i], o->type, t);
        v = t;
      }
      if (o->boxed) {
        if (w) emit(Op::Store, box_ptr(o), 0, v, w);
      } else {
        copy(off, v, w);
      }
      off += w;
    }
  }
  set_pos(s);
  return_stored();
}

void FuncCompiler::branch(BranchStmt* s) {
  for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
    if (it->stmt != s->target) continue;
    if (s->tok == Tok::Break)
      it->breaks.push_back(emit(Op::Jmp));
    else
      it->continues.push_back(emit(Op::Jmp));
    return;
  }
  // Out of a range-over-func body: continue its loop (yield returns true), break it, or
  // leave it for a statement outside (its code runs the branch there again).
  if (RangeStmt* loop = info_->range_loop) {
    if (s->target == loop && s->tok == Tok::Continue) {
      load_int(0, 1);
      emit(Op::Ret);
      return;
    }
    if (s->target == loop) {
      range_body_exit(1);
      return;
    }
    for (size_t i = 0; i < loop->exits.size(); i++)
      if (loop->exits[i] == s) {
        range_body_exit(3 + int(i));
        return;
      }
  }
  pb_.error(file_, s->range, DiagKind::Unsupported, "branch target not found");
}

}  // namespace gs
