// Expression code generation: values into frame slots, typed arithmetic and comparisons,
// composite literals, selectors, indexing, slicing, closures, assertions and conversions.
#include "compile/codegen.h"

namespace gs {

int FuncCompiler::expr(Expr* e) {
  Expr* u = unparen(e);
  if (e->mode != ExprMode::Constant && !copy_vars_)
    if (auto* id = as<Ident>(u); id && id->obj && id->obj->kind == ObjKind::Var &&
                                 !id->obj->is_global && !id->obj->boxed &&
                                 !cap_index_.count(id->obj))
      return id->obj->slot;
  if (int h = take_hoisted(e); h >= 0) return h;
  int r = alloc(slots_of(e->type));
  expr_to(e, r);
  return r;
}

void FuncCompiler::coerce_to(Expr* e, const Type* target, int dst) {
  if (is_interface(target) && e->type && !is_interface(e->type)) {
    if (e->type->kind == Kind::UntypedNil) {
      emit(Op::Zero, dst, 0, 0, 2);
      return;
    }
    int v = expr(e);
    set_pos(e);
    emit(Op::MakeIface, dst, pb_.type_index(e->type), v, slots_of(e->type));
    return;
  }
  expr_to(e, dst);
}

int FuncCompiler::coerce(Expr* e, const Type* target) {
  if (is_interface(target) && e->type && !is_interface(e->type)) {
    int r = alloc(2);
    coerce_to(e, target, r);
    return r;
  }
  return expr(e);
}

void FuncCompiler::convert_value(int src, const Type* from, const Type* to, int dst) {
  if (is_interface(to) && !is_interface(from)) {
    emit(Op::MakeIface, dst, pb_.type_index(from), src, slots_of(from));
    return;
  }
  copy(dst, src, slots_of(to));
}

void FuncCompiler::expr_to(Expr* e, int dst) {
  if (int h = take_hoisted(e); h >= 0) {
    copy(dst, h, slots_of(e->type));
    return;
  }
  if (!context_depth_ && !(e->mode == ExprMode::Constant && e->cval)) {
    OrderScope scope(*this);  // a statement's expression: its own context
    hoist(e, false);
    expr_to(e, dst);
    return;
  }
  set_pos(e);
  if (e->mode == ExprMode::Constant && e->cval) {
    load_const(dst, *e->cval, e->type);
    return;
  }
  int w = slots_of(e->type);
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* id = static_cast<Ident*>(e);
      Object* o = id->obj;
      if (o->kind == ObjKind::Nil) {
        emit(Op::Zero, dst, 0, 0, w);
      } else if (o->kind == ObjKind::Func) {
        func_value(o, dst);
      } else {
        load(var_loc(o), dst);
      }
      return;
    }
    case NodeKind::ParenExpr:
      expr_to(static_cast<ParenExpr*>(e)->x, dst);
      return;
    case NodeKind::CompositeLit:
      composite_lit(static_cast<CompositeLit*>(e), dst);
      return;
    case NodeKind::FuncLit:
      func_lit(static_cast<FuncLit*>(e), dst);
      return;
    case NodeKind::SelectorExpr:
      selector(static_cast<SelectorExpr*>(e), dst);
      return;
    case NodeKind::IndexExpr:
      if (static_cast<IndexExpr*>(e)->instance) {  // F[int]: the instance's function value
        expr_to(static_cast<IndexExpr*>(e)->x, dst);
        return;
      }
      index(static_cast<IndexExpr*>(e), dst, -1);
      return;
    case NodeKind::SliceExpr:
      slice_expr(static_cast<SliceExpr*>(e), dst);
      return;
    case NodeKind::TypeAssertExpr:
      type_assert(static_cast<TypeAssertExpr*>(e), dst, false);
      return;
    case NodeKind::CallExpr: {
      auto* ce = static_cast<CallExpr*>(e);
      if (ce->call_kind == CallExpr::CallKind::Conversion) {
        conversion(ce, dst);
        return;
      }
      int r = call(ce);
      copy(dst, r, w);
      return;
    }
    case NodeKind::StarExpr: {
      int p = expr(static_cast<StarExpr*>(e)->x);
      set_pos(e);
      if (w == 0)
        emit(Op::NilChk, p);
      else
        emit(Op::Load, dst, p, 0, w);
      return;
    }
    case NodeKind::UnaryExpr:
      unary(static_cast<UnaryExpr*>(e), dst);
      return;
    case NodeKind::BinaryExpr:
      binary(static_cast<BinaryExpr*>(e), dst);
      return;
    default:
      pb_.error(file_, e->range, DiagKind::Unsupported,
                std::string("expression not supported: ") + node_kind_name(e->kind));
      return;
  }
}

void FuncCompiler::wrap_int(int reg, const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case Kind::Int8:
      emit(Op::SExt, reg, reg, 8);
      break;
    case Kind::Int16:
      emit(Op::SExt, reg, reg, 16);
      break;
    case Kind::Int32:
      emit(Op::SExt, reg, reg, 32);
      break;
    case Kind::Uint8:
      emit(Op::ZExt, reg, reg, 8);
      break;
    case Kind::Uint16:
      emit(Op::ZExt, reg, reg, 16);
      break;
    case Kind::Uint32:
      emit(Op::ZExt, reg, reg, 32);
      break;
    default:
      break;
  }
}

Expr* FuncCompiler::negated_operand(Tok op, Expr* x, Expr* y, const Type* t) {
  const Type* u = under(t);
  if (!is_float(u) || (op != Tok::Mul && op != Tok::Quo)) return nullptr;
  auto minus_one = [&](const Expr* e) {
    if (!e || !e->cval ||
        (e->cval->kind != Constant::Kind::Int && e->cval->kind != Constant::Kind::Float))
      return false;
    Real r = e->cval->real();
    return (u->kind == Kind::Float32 ? r.to_float32() : r.to_float64()) == -1.0;
  };
  if (minus_one(y)) return x;
  if (op == Tok::Mul && minus_one(x)) return y;
  return nullptr;
}

void FuncCompiler::arith(Tok op, int x, int y, const Type* t, int dst) {
  const Type* u = under(t);
  if (is_string(u)) {
    emit(Op::Concat, dst, x, y);
    return;
  }
  if (is_float(u)) {
    Op o = op == Tok::Add   ? Op::FAdd
           : op == Tok::Sub ? Op::FSub
           : op == Tok::Mul ? Op::FMul
                            : Op::FDiv;
    emit(o, dst, x, y);
    if (u->kind == Kind::Float32) emit(Op::F32, dst, dst);
    return;
  }
  bool uns = is_unsigned(u);
  Op o = Op::Add;
  switch (op) {
    case Tok::Add:
      o = Op::Add;
      break;
    case Tok::Sub:
      o = Op::Sub;
      break;
    case Tok::Mul:
      o = Op::Mul;
      break;
    case Tok::Quo:
      o = uns ? Op::DivU : Op::Div;
      break;
    case Tok::Rem:
      o = uns ? Op::RemU : Op::Rem;
      break;
    case Tok::And:
      o = Op::And;
      break;
    case Tok::Or:
      o = Op::Or;
      break;
    case Tok::Xor:
      o = Op::Xor;
      break;
    case Tok::AndNot:
      o = Op::AndNot;
      break;
    default:
      break;
  }
  emit(o, dst, x, y);
  wrap_int(dst, t);
}

void FuncCompiler::compare(Tok op, int x, int y, const Type* t, int dst) {
  const Type* u = under(t);
  bool swap = op == Tok::Gtr || op == Tok::Geq;
  if (swap) std::swap(x, y);
  Tok base = op == Tok::Gtr ? Tok::Lss : op == Tok::Geq ? Tok::Leq : op;
  if (is_string(u)) {
    if (base == Tok::Eql || base == Tok::Neq) {
      emit(Op::SEq, dst, x, y);
      if (base == Tok::Neq) emit(Op::Not, dst, dst);
    } else {
      emit(base == Tok::Lss ? Op::SLt : Op::SLe, dst, x, y);
    }
    return;
  }
  if (is_float(u)) {
    Op o = base == Tok::Eql   ? Op::FEq
           : base == Tok::Neq ? Op::FNe
           : base == Tok::Lss ? Op::FLt
                              : Op::FLe;
    emit(o, dst, x, y);
    return;
  }
  if (u->kind == Kind::Interface || u->kind == Kind::Struct || u->kind == Kind::Array) {
    emit(Op::EqT, dst, x, y, pb_.type_index(t));
    if (base == Tok::Neq) emit(Op::Not, dst, dst);
    return;
  }
  bool uns = is_unsigned(u);
  Op o;
  switch (base) {
    case Tok::Eql:
      o = Op::Eq;
      break;
    case Tok::Neq:
      o = Op::Ne;
      break;
    case Tok::Lss:
      o = uns ? Op::LtU : Op::Lt;
      break;
    default:
      o = uns ? Op::LeU : Op::Le;
      break;
  }
  emit(o, dst, x, y);
}

// A left-deep chain a+b+c+... (any length: the parser builds it in a loop) compiles bottom-up
// in a loop, never by recursing on the left operand, so the native stack stays flat. The
// levels below the top alternate between two temporaries, and each level's own temporaries
// are released once its operator is emitted, so the frame does not grow with the chain.
void FuncCompiler::binary(BinaryExpr* be, int dst) {
  std::vector<BinaryExpr*> spine{be};  // top first; constant and hoisted operands end it
  for (BinaryExpr* b; (b = as<BinaryExpr>(spine.back()->x)) && b->mode != ExprMode::Constant &&
                      !hoisted_.count(b);)
    spine.push_back(b);
  if (spine.size() == 1) {
    binary_node(be, -1, dst);
    return;
  }
  if (be->op == Tok::Add && is_string(under(be->type))) {
    concat_chain(spine, dst);
    return;
  }
  int width = 0;
  for (BinaryExpr* b : spine) width = std::max(width, slots_of(b->type));
  int temp[2] = {alloc(width), alloc(width)};
  int mark = top_;
  int x = -1;
  for (size_t i = spine.size(); i-- > 0;) {
    int out = i == 0 ? dst : temp[i % 2];
    binary_node(spine[i], x, out);
    x = out;
    top_ = mark;
  }
}

// s1 + s2 + ... + sn: like gc, every operand first, then one concatenation (no intermediate
// strings). Operands go to a window of kWindow strings; a longer chain concatenates a full
// window into its first string and goes on, so the frame stays small.
void FuncCompiler::concat_chain(const std::vector<BinaryExpr*>& spine, int dst) {
  constexpr int kWindow = 128;
  int base = alloc(2 * kWindow);
  int mark = top_;
  int count = 0;
  auto add = [&](Expr* e) {
    if (count == kWindow) {
      set_pos(e);
      emit(Op::ConcatN, base, base, 0, count);
      count = 1;
    }
    expr_to(e, base + 2 * count++);
    top_ = mark;
  };
  add(spine.back()->x);
  for (size_t i = spine.size(); i-- > 0;) add(spine[i]->y);
  set_pos(spine[0]);
  emit(Op::ConcatN, dst, base, 0, count);
}

void FuncCompiler::binary_node(BinaryExpr* be, int x, int dst) {
  Tok op = be->op;
  const Type* xt = be->x->type;
  const Type* yt = be->y->type;
  // Both operands; their calls are hoisted already (order.cc), so the order is free here.
  auto operands = [&](int& y) {
    if (x < 0) x = expr(be->x);
    y = expr(be->y);
  };
  if (op == Tok::LAnd || op == Tok::LOr) {
    // The result goes to a temporary first: dst may be an operand's own variable
    // (b = c || b), which must not change before the right operand is read.
    int r = alloc(1);
    if (x >= 0) {
      copy(r, x, 1);
    } else {
      hoist(be->x, false);  // a no-op when the enclosing context hoisted them
      expr_to(be->x, r);
    }
    int j = emit(op == Tok::LAnd ? Op::JmpF : Op::JmpT, 0, r);
    hoist(be->y, false);  // the right operand is a context of its own: it runs only sometimes
    expr_to(be->y, r);
    patch(j, here());
    copy(dst, r, 1);
    return;
  }
  int y;
  if (is_comparison(op)) {
    const Type* t = xt;
    if (is_interface(xt) != is_interface(yt)) {
      t = is_interface(xt) ? xt : yt;
      if (x >= 0 && !is_interface(xt)) {
        int boxed = alloc(2);
        convert_value(x, xt, t, boxed);
        x = boxed;
      } else if (x < 0) {
        x = coerce(be->x, t);
      }
      y = coerce(be->y, t);
    } else {
      operands(y);
    }
    set_pos(be);
    compare(op, x, y, t, dst);
    return;
  }
  if (op == Tok::Shl || op == Tok::Shr) {
    if (x < 0) x = expr(be->x);
    y = expr(be->y);
    set_pos(be);
    bool signed_count = !is_unsigned(yt);
    const Type* t = be->type;
    Op o = op == Tok::Shl ? Op::Shl : is_unsigned(t) ? Op::ShrU : Op::Shr;
    emit(o, dst, x, y, signed_count ? 1 : 0);
    wrap_int(dst, t);
    return;
  }
  Expr* other = negated_operand(op, be->x, be->y, be->type);
  if (other) {
    int v = other == be->x && x >= 0 ? x : expr(other);
    set_pos(be);
    emit(Op::FNeg, dst, v);
    return;
  }
  operands(y);
  set_pos(be);
  arith(op, x, y, be->type, dst);
}

void FuncCompiler::unary(UnaryExpr* ue, int dst) {
  switch (ue->op) {
    case Tok::And: {
      int p = addr_of(ue->x);
      copy(dst, p, 1);
      return;
    }
    case Tok::Arrow:
      recv(ue, dst, false);
      return;
    case Tok::Add:
      expr_to(ue->x, dst);
      return;
    case Tok::Not: {
      int x = expr(ue->x);
      emit(Op::Not, dst, x);
      return;
    }
    case Tok::Sub: {
      int x = expr(ue->x);
      if (is_float(ue->type)) {
        emit(Op::FNeg, dst, x);
      } else {
        emit(Op::Neg, dst, x);
        wrap_int(dst, ue->type);
      }
      return;
    }
    case Tok::Xor: {
      int x = expr(ue->x);
      emit(Op::Compl, dst, x);
      wrap_int(dst, ue->type);
      return;
    }
    default:
      break;
  }
}

void FuncCompiler::composite_lit(CompositeLit* cl, int dst) {
  const Type* t = cl->type;
  const Type* u = under(t);
  if (u->kind == Kind::Pointer) {
    // Elided &T{...} inside an outer literal.
    const Type* et = u->elem;
    int w = slots_of(et);
    int v = alloc(w);
    CompositeLit tmp = *cl;
    tmp.type = et;
    composite_lit(&tmp, v);
    if (w == 0)
      emit(Op::New, dst, 0);
    else
      emit(Op::Box, dst, v, 0, w);
    return;
  }
  int w = slots_of(t);
  switch (u->kind) {
    case Kind::Struct: {
      if (w) emit(Op::Zero, dst, 0, 0, w);
      for (size_t i = 0; i < cl->elts.size(); i++) {
        Expr* el = cl->elts[i];
        int idx = int(i);
        Expr* val = el;
        if (auto* kv = as<KeyValueExpr>(el)) {
          auto* key = static_cast<Ident*>(kv->key);
          for (size_t f = 0; f < u->fields.size(); f++)
            if (u->fields[f].name == key->name) idx = int(f);
          val = kv->value;
        }
        coerce_to(val, u->fields[idx].type, dst + field_offset(u, idx));
      }
      return;
    }
    case Kind::Array:
    case Kind::Slice: {
      int ew = slots_of(u->elem);
      int64_t n = 0, idx = 0;
      for (Expr* el : cl->elts) {
        if (auto* kv = as<KeyValueExpr>(el)) idx = kv->key->cval->i.saturated();
        idx++;
        n = std::max(n, idx);
      }
      int base;
      if (u->kind == Kind::Array) {
        if (w) emit(Op::Zero, dst, 0, 0, w);
        base = -1;
      } else {
        base = alloc(1);
        emit(Op::New, base, int(n * ew));
      }
      idx = 0;  // keys are constants
      for (Expr* val : cl->elts) {
        if (auto* kv = as<KeyValueExpr>(val)) {
          idx = kv->key->cval->i.saturated();
          val = kv->value;
        }
        int64_t at = idx++;
        if (u->kind == Kind::Array) {
          coerce_to(val, u->elem, dst + int(at * ew));
        } else if (ew > 0) {
          int mark = top_;
          int v = coerce(val, u->elem);
          emit(Op::Store, base, int(at * ew), v, ew);
          top_ = mark;
        } else {
          int mark = top_;
          expr(val);
          top_ = mark;
        }
      }
      if (u->kind == Kind::Slice) {
        copy(dst, base, 1);
        load_int(dst + 1, n);
        load_int(dst + 2, n);
      }
      return;
    }
    case Kind::Map: {
      emit(Op::MakeMap, dst, pb_.type_index(t));
      for (Expr* el : cl->elts) {
        auto* kv = static_cast<KeyValueExpr*>(el);
        int mark = top_;
        int k = coerce(kv->key, u->key);
        int v = coerce(kv->value, u->elem);
        set_pos(kv);
        emit(Op::MapSet, dst, k, v);
        top_ = mark;
      }
      return;
    }
    default:
      pb_.error(file_, cl->range, DiagKind::Unsupported,
                "composite literal of this type is not supported");
  }
}

void FuncCompiler::func_value(Object* fn, int dst) {
  FuncProto* p = pb_.proto_of_func(fn);
  emit(Op::Closure, dst, p ? p->index : 0, 0, 0);
}

void FuncCompiler::func_lit(FuncLit* fl, int dst) {
  FuncProto* p = pb_.proto_of(fl->info);
  const auto& caps = fl->info->captures;
  int base = alloc(int(caps.size()));
  for (size_t i = 0; i < caps.size(); i++) {
    int b = box_ptr(caps[i]);
    copy(base + int(i), b, 1);
  }
  set_pos(fl);
  emit(Op::Closure, dst, p->index, base, int(caps.size()));
}

void FuncCompiler::selector(SelectorExpr* se, int dst) {
  if (!se->selection) {
    Object* o = se->sel->obj;
    if (o->kind == ObjKind::Func)
      func_value(o, dst);
    else
      load(var_loc(o), dst);
    return;
  }
  const Selection* sel = se->selection;
  switch (sel->kind) {
    case Selection::Kind::Field: {
      Loc l = lvalue(se);
      load(l, dst);
      return;
    }
    case Selection::Kind::Method:
    case Selection::Kind::InterfaceMethod:
      method_value(se, dst);
      return;
    case Selection::Kind::MethodExpr: {
      Object* m = sel->method;  // nullptr for interface methods: always through a thunk
      bool recv_is_ptr = under(sel->recv)->kind == Kind::Pointer;
      if (m && recv_is_ptr == m->ptr_recv && sel->path.empty()) {
        func_value(m, dst);
        return;
      }
      emit(Op::Closure, dst, pb_.method_expr(sel->recv, se->sel->name)->index, 0, 0);
      return;
    }
  }
}

void FuncCompiler::method_value(SelectorExpr* se, int dst) {
  const Selection* sel = se->selection;
  Loc holder = walk_path(se->x, sel->path, sel->path.size());
  int recv;
  int w;
  if (sel->kind == Selection::Kind::InterfaceMethod) {
    w = 2;
    recv = alloc(2);
    load(holder, recv);
    set_pos(se);
    emit(Op::NilChk, recv);  // i.M of a nil interface panics where it is evaluated
  } else if (sel->method->ptr_recv) {
    w = 1;
    if (holder.kind == Loc::Kind::Mem && holder.off == 0) {
      if (holder.field_of_ptr) emit(Op::NilChk, holder.reg);
      recv = holder.reg;
    } else {
      recv = alloc(1);
      if (holder.kind == Loc::Kind::Global)
        emit(Op::GAddr, recv, holder.off);
      else if (holder.kind == Loc::Kind::Mem)
        emit(Op::PtrAdd, recv, holder.reg, holder.off);
      else
        pb_.error(file_, se->range, DiagKind::Unsupported,
                  "cannot take the address of the receiver");
    }
  } else {
    w = slots_of(holder.type);
    recv = alloc(w);
    load(holder, recv);
  }
  FuncProto* thunk = pb_.bound_method(holder.type, *sel, se->sel->name);
  set_pos(se);
  emit(Op::Closure, dst, thunk->index, recv, w);
}

void FuncCompiler::index(IndexExpr* ie, int dst, int ok_dst) {
  const Type* xu = under(ie->x->type);
  if (is_string(xu)) {
    int s = expr(ie->x);
    int i = coerce(ie->index, pb_.types.basic(Kind::Int));
    set_pos(ie);
    emit(Op::StrIndex, dst, s, i);
    return;
  }
  if (xu->kind == Kind::Map) {
    int m = expr(ie->x);
    int k = coerce(ie->index, xu->key);
    set_pos(ie);
    emit(Op::MapGet, dst, m, k, (slots_of(xu->elem) << 1) | (ok_dst >= 0 ? 1 : 0));
    return;
  }
  if (xu->kind == Kind::Array && ie->x->mode != ExprMode::Variable) {
    // Indexing an array value (e.g. a call result): copy it to the heap, then index.
    int v = expr(ie->x);
    int w = slots_of(ie->x->type);
    int p = alloc(1);
    if (w == 0)
      emit(Op::New, p, 0);
    else
      emit(Op::Box, p, v, 0, w);
    int len = alloc(1);
    load_int(len, xu->len);
    int i = coerce(ie->index, pb_.types.basic(Kind::Int));
    set_pos(ie);
    emit(Op::Bounds, i, len);
    int ew = slots_of(xu->elem);
    int ep = alloc(1);
    emit(Op::ElemAddr, ep, p, i, ew);
    if (ew) emit(Op::Load, dst, ep, 0, ew);
    return;
  }
  Loc l = lvalue(ie);
  load(l, dst);
}

void FuncCompiler::slice_expr(SliceExpr* se, int dst) {
  const Type* xu = under(se->x->type);
  const Type* int_t = pb_.types.basic(Kind::Int);
  if (is_string(xu)) {
    int s = expr(se->x);
    int args = alloc(2);
    int flags = 0;
    if (se->low) {
      coerce_to(se->low, int_t, args);
      flags |= 1;
    }
    if (se->high) {
      coerce_to(se->high, int_t, args + 1);
      flags |= 2;
    }
    set_pos(se);
    emit(Op::StrSlice, dst, s, args, flags);
    return;
  }
  int s;
  const Type* elem;
  int array_flag = 0;
  if (xu->kind == Kind::Slice) {
    s = expr(se->x);
    elem = xu->elem;
  } else {
    array_flag = 8;
    int64_t n;
    int p;
    if (xu->kind == Kind::Pointer) {
      p = expr(se->x);
      emit(Op::NilChk, p);
      n = under(xu->elem)->len;
      elem = under(xu->elem)->elem;
    } else {
      p = addr_of(se->x);
      n = xu->len;
      elem = xu->elem;
    }
    s = alloc(3);
    copy(s, p, 1);
    load_int(s + 1, n);
    load_int(s + 2, n);
  }
  int args = alloc(4);
  int flags = 0;
  if (se->low) {
    coerce_to(se->low, int_t, args);
    flags |= 1;
  }
  if (se->high) {
    coerce_to(se->high, int_t, args + 1);
    flags |= 2;
  }
  if (se->max) {
    coerce_to(se->max, int_t, args + 2);
    flags |= 4;
  }
  load_int(args + 3, flags | array_flag);
  set_pos(se);
  emit(Op::Slice, dst, s, args, pb_.type_index(elem));
}

void FuncCompiler::type_assert(TypeAssertExpr* ta, int dst, bool commaok) {
  int x = expr(ta->x);
  set_pos(ta);
  // c packs the asserted type and (upper 16 bits) the interface's static type for messages.
  emit(Op::Assert, dst, x, pb_.type_index(ta->type) | (pb_.type_index(ta->x->type) << 16),
       commaok ? 1 : 0);
}

void FuncCompiler::recv(UnaryExpr* ue, int dst, bool commaok) {
  int ch = expr(ue->x);
  set_pos(ue);
  emit(Op::Recv, dst, ch, 0, commaok ? 1 : 0);
}

void FuncCompiler::conversion(CallExpr* ce, int dst) {
  Expr* x = ce->args[0];
  const Type* to = ce->type;
  const Type* from = x->type;
  const Type* tu = under(to);
  const Type* fu = under(from);
  if (is_interface(to)) {
    coerce_to(x, to, dst);
    return;
  }
  if (is_string(tu)) {
    if (is_integer(fu)) {
      int v = expr(x);
      emit(Op::RuneToStr, dst, v);
      return;
    }
    if (fu->kind == Kind::Slice) {
      int v = expr(x);
      emit(under(fu->elem)->kind == Kind::Uint8 ? Op::BytesToStr : Op::RunesToStr, dst, v);
      return;
    }
    expr_to(x, dst);
    return;
  }
  if (fu->kind == Kind::Slice && (tu->kind == Kind::Pointer || tu->kind == Kind::Array)) {
    const Type* at = tu->kind == Kind::Pointer ? under(tu->elem) : tu;
    int v = expr(x);
    int p = tu->kind == Kind::Pointer ? dst : alloc(1);
    set_pos(ce);
    emit(Op::SliceToArray, p, v, int(at->len));
    if (tu->kind == Kind::Array) {
      int w = slots_of(to);
      if (w) emit(Op::Load, dst, p, 0, w);
    }
    return;
  }
  if (tu->kind == Kind::Slice && is_string(fu)) {
    int v = expr(x);
    emit(under(tu->elem)->kind == Kind::Uint8 ? Op::StrToBytes : Op::StrToRunes, dst, v);
    return;
  }
  if (is_integer(tu) && is_float(fu)) {
    int v = expr(x);
    emit(is_unsigned(tu) && tu->kind == Kind::Uint64 ? Op::F2U : Op::F2I, dst, v);
    wrap_int(dst, to);
    return;
  }
  if (is_float(tu) && is_integer(fu)) {
    int v = expr(x);
    emit(is_unsigned(fu) ? Op::U2F : Op::I2F, dst, v);
    if (tu->kind == Kind::Float32) emit(Op::F32, dst, dst);
    return;
  }
  if (is_float(tu) && is_float(fu)) {
    int v = expr(x);
    if (tu->kind == Kind::Float32)
      emit(Op::F32, dst, v);
    else
      copy(dst, v, 1);
    return;
  }
  if (is_integer(tu) && is_integer(fu)) {
    expr_to(x, dst);
    wrap_int(dst, to);
    return;
  }
  expr_to(x, dst);
}

}  // namespace gs
