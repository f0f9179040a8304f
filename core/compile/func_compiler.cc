// Per-function code generation basics: emission, frame slot allocation, variable locations
// (registers, heap boxes, globals, map entries), function entry and the program entry.
#include "compile/codegen.h"
#include "compile/stack_store.h"

namespace gs {

FuncCompiler::FuncCompiler(ProgramBuilder& pb, FuncProto* proto, FuncInfo* info, int file)
    : pb_(pb), proto_(proto), info_(info), file_(file) {}

int FuncCompiler::emit(Op op, int a, int b, int c, int n) {
  if (n < 0 || n > kMaxN) {
    too_large(n);
    n = 0;
  }
  Instr in;
  in.op = op;
  in.a = a;
  in.b = b;
  in.c = c;
  in.n = uint32_t(n);
  proto_->code.push_back(in);
  proto_->pos.push_back(pos_);
  return int(proto_->code.size() - 1);
}

void FuncCompiler::too_large(int64_t slots) {
  if (!too_large_reported_)
    pb_.error(file_, Range{pos_, pos_ + 1}, DiagKind::Unsupported, too_large_message(slots));
  too_large_reported_ = true;
}

int FuncCompiler::alloc(int n) {
  // A frame holds a few values of at most kMaxValueSlots each; past a few of those the
  // program asks for more than goroscope can hold.
  if (n > kMaxValueSlots || top_ > 8 * kMaxValueSlots) {
    too_large(n);
    n = 1;
  }
  int r = top_;
  top_ += n;
  if (top_ > proto_->frame_slots) proto_->frame_slots = top_;
  return r;
}

void FuncCompiler::load_int(int dst, int64_t v) {
  emit(Op::LoadI, dst, int32_t(uint64_t(v) >> 32), int32_t(uint32_t(uint64_t(v))));
}

void FuncCompiler::copy(int dst, int src, int n) {
  if (dst == src || n == 0) return;
  if (n == 1)
    emit(Op::Mov, dst, src);
  else
    emit(Op::MovN, dst, src, 0, n);
}

void FuncCompiler::load_const(int dst, const Constant& c, const Type* t) {
  const Type* u = under(t);
  switch (c.kind) {
    case Constant::Kind::Bool:
      load_int(dst, c.b ? 1 : 0);
      return;
    case Constant::Kind::String:
      emit(Op::LoadK, dst, pb_.string_const(c.s), 0, 2);
      return;
    default:
      break;
  }
  if (is_float(u) || u->kind == Kind::UntypedFloat) {
    double f = c.real().to_float64();
    int64_t bits;
    memcpy(&bits, &f, 8);
    load_int(dst, bits);
    return;
  }
  // The checker made the constant representable in t: an integer of at most 64 bits.
  load_int(dst, int64_t(c.to_int().i.low64()));
}

// ---- variables ----

Loc FuncCompiler::var_loc(Object* obj) {
  Loc l;
  l.type = obj->type;
  if (obj->is_global) {
    l.kind = Loc::Kind::Global;
    l.off = obj->slot;
    return l;
  }
  auto it = cap_index_.find(obj);
  if (it != cap_index_.end()) {
    int p = alloc(1);
    emit(Op::GetCap, p, it->second, 0, 1);
    l.kind = Loc::Kind::Mem;
    l.reg = p;
    return l;
  }
  if (obj->boxed) {
    l.kind = Loc::Kind::Mem;
    l.reg = obj->slot;
    return l;
  }
  l.kind = Loc::Kind::Reg;
  l.reg = obj->slot;
  return l;
}

int FuncCompiler::box_ptr(Object* obj) {
  auto it = cap_index_.find(obj);
  if (it != cap_index_.end()) {
    int p = alloc(1);
    emit(Op::GetCap, p, it->second, 0, 1);
    return p;
  }
  return obj->slot;
}

void FuncCompiler::declare_local(Object* obj) {
  int w = slots_of(obj->type);
  if (obj->boxed) {
    obj->slot = alloc(1);
    emit(Op::New, obj->slot, w);
  } else {
    obj->slot = alloc(w);
  }
}

void FuncCompiler::load(const Loc& l, int dst) {
  int w = slots_of(l.type);
  switch (l.kind) {
    case Loc::Kind::Reg:
      copy(dst, l.reg, w);
      break;
    case Loc::Kind::Mem:
      if (w == 0)
        emit(Op::NilChk, l.reg);
      else
        emit(Op::Load, dst, l.reg, l.off, w);
      break;
    case Loc::Kind::Global:
      if (w) emit(Op::GLoad, dst, l.off, 0, w);
      break;
    case Loc::Kind::MapEntry:
      emit(Op::MapGet, dst, l.reg, l.key, w << 1);
      break;
    case Loc::Kind::Elem:
      load(checked_elem(l), dst);
      break;
    case Loc::Kind::Blank:
      break;
  }
}

Loc FuncCompiler::checked_elem(const Loc& l) {
  emit(Op::Bounds, l.key, l.off);
  Loc m;
  m.kind = Loc::Kind::Mem;
  m.reg = alloc(1);
  m.type = l.type;
  emit(Op::ElemAddr, m.reg, l.reg, l.key, slots_of(l.type));
  return m;
}

void FuncCompiler::store(const Loc& l, int src) {
  if (l.kind == Loc::Kind::Blank) return;  // _ = v: v is evaluated, nothing is stored
  if (l.kind == Loc::Kind::Elem) {
    store(checked_elem(l), src);
    return;
  }
  int w = slots_of(l.type);
  switch (l.kind) {
    case Loc::Kind::Reg:
      copy(l.reg, src, w);
      break;
    case Loc::Kind::Mem:
      if (w == 0)
        emit(Op::NilChk, l.reg);
      else
        emit(Op::Store, l.reg, l.off, src, w);
      break;
    case Loc::Kind::Global:
      if (w) emit(Op::GStore, l.off, src, 0, w);
      break;
    case Loc::Kind::MapEntry:
      emit(Op::MapSet, l.reg, l.key, src);
      break;
    case Loc::Kind::Blank:
      break;
  }
}

Loc FuncCompiler::walk_path(Expr* x, const std::vector<int>& path, size_t count) {
  Loc l;
  const Type* xt = x->type;
  if (under(xt)->kind == Kind::Pointer) {
    l.kind = Loc::Kind::Mem;
    l.reg = expr(x);
    l.type = under(xt)->elem;
  } else if (x->mode == ExprMode::Variable) {
    l = lvalue(x);
  } else {
    l.kind = Loc::Kind::Reg;
    l.reg = expr(x);
    l.type = xt;
  }
  for (size_t i = 0; i < count; i++) {
    const Type* st = under(l.type);
    int idx = path[i];
    const Type* ft = st->fields[idx].type;
    int off = field_offset(st, idx);
    switch (l.kind) {
      case Loc::Kind::Reg:
        l.reg += off;
        break;
      case Loc::Kind::Mem:
        l.off += off;
        l.field_of_ptr = true;
        break;
      case Loc::Kind::Global:
        l.off += off;
        break;
      default:
        break;
    }
    l.type = ft;
    // Every embedded field walked here is a holder: an embedded pointer is followed.
    if (under(ft)->kind == Kind::Pointer) {
      int p = alloc(1);
      load(l, p);
      l.kind = Loc::Kind::Mem;
      l.reg = p;
      l.off = 0;
      l.field_of_ptr = false;
      l.type = under(ft)->elem;
    }
  }
  return l;
}

Loc FuncCompiler::lvalue(Expr* e, bool deferred_checks) {
  e = unparen(e);
  set_pos(e);
  if (auto* id = as<Ident>(e)) {
    if (id->name == "_" || !id->obj) {
      Loc l;
      l.kind = Loc::Kind::Blank;
      l.type = e->type;
      return l;
    }
    return var_loc(id->obj);
  }
  if (auto* se = as<SelectorExpr>(e)) {
    if (!se->selection) return var_loc(se->sel->obj);  // pkg.Var
    const Selection* sel = se->selection;
    Loc holder = walk_path(se->x, sel->path, sel->path.size() - 1);
    const Type* ht = holder.type;
    int idx = sel->path.back();
    int off = field_offset(ht, idx);
    Loc l = holder;
    if (l.kind == Loc::Kind::Reg) {
      l.reg += off;
    } else {
      l.off += off;
      l.field_of_ptr = l.kind == Loc::Kind::Mem;
    }
    l.type = under(ht)->fields[idx].type;
    return l;
  }
  if (auto* st = as<StarExpr>(e)) {
    Loc l;
    l.kind = Loc::Kind::Mem;
    l.reg = expr(st->x);
    l.type = e->type;
    return l;
  }
  if (auto* ie = as<IndexExpr>(e)) {
    const Type* xu = under(ie->x->type);
    if (xu->kind == Kind::Map) {
      Loc l;
      l.kind = Loc::Kind::MapEntry;
      l.reg = expr(ie->x);
      l.key = coerce(ie->index, xu->key);
      l.type = xu->elem;
      return l;
    }
    int ptr = -1, len = -1;
    const Type* elem = nullptr;
    if (xu->kind == Kind::Slice) {
      int s = expr(ie->x);
      ptr = s;
      len = s + 1;
      elem = xu->elem;
    } else {
      int64_t n = 0;
      if (xu->kind == Kind::Pointer) {
        ptr = expr(ie->x);
        emit(Op::NilChk, ptr);
        n = under(xu->elem)->len;
        elem = under(xu->elem)->elem;
      } else {
        ptr = addr_of(ie->x);
        n = xu->len;
        elem = xu->elem;
      }
      len = alloc(1);
      load_int(len, n);
    }
    int i = coerce(ie->index, pb_.types.basic(Kind::Int));
    set_pos(ie);
    if (deferred_checks) {
      Loc l;
      l.kind = Loc::Kind::Elem;
      l.reg = ptr;
      l.off = len;
      l.key = alloc(1);
      copy(l.key, i, 1);  // i may be a variable the assignment itself changes
      l.type = elem;
      return l;
    }
    emit(Op::Bounds, i, len);
    int p = alloc(1);
    emit(Op::ElemAddr, p, ptr, i, slots_of(elem));
    Loc l;
    l.kind = Loc::Kind::Mem;
    l.reg = p;
    l.type = elem;
    return l;
  }
  // Not addressable: materialise into a temporary (only reads reach here).
  Loc l;
  l.kind = Loc::Kind::Reg;
  l.reg = expr(e);
  l.type = e->type;
  return l;
}

int FuncCompiler::addr_of(Expr* e) {
  e = unparen(e);
  if (auto* cl = as<CompositeLit>(e)) {
    int w = slots_of(cl->type);
    int v = alloc(w);
    composite_lit(cl, v);
    int p = alloc(1);
    if (w == 0)
      emit(Op::New, p, 0);
    else
      emit(Op::Box, p, v, 0, w);
    return p;
  }
  if (auto* id = as<Ident>(e); id && id->obj && !id->obj->is_global) return box_ptr(id->obj);
  Loc l = lvalue(e);
  int p = alloc(1);
  switch (l.kind) {
    case Loc::Kind::Global:
      emit(Op::GAddr, p, l.off);
      break;
    case Loc::Kind::Mem:
      if (l.off == 0) {
        emit(Op::NilChk, l.reg);
        return l.reg;
      }
      emit(Op::PtrAdd, p, l.reg, l.off);
      break;
    default:
      // The checker boxes every variable whose address is taken; a register here is a bug.
      pb_.error(file_, e->range, DiagKind::Unsupported,
                "cannot take the address of this expression");
      break;
  }
  return p;
}

// ---- function bodies ----

void FuncCompiler::compile_body(BlockStmt* body) {
  FuncInfo* info = info_;
  int r = 0;
  for (Object* o : info->results) {
    o->slot = r;
    r += slots_of(o->type);
  }
  int a = r;
  if (info->recv) {
    info->recv->slot = a;
    a += slots_of(info->recv->type);
  }
  for (Object* o : info->params) {
    o->slot = a;
    a += slots_of(o->type);
  }
  proto_->result_slots = r;
  proto_->param_slots = a - r;
  top_ = a;
  proto_->frame_slots = a;
  for (size_t i = 0; i < info->captures.size(); i++) cap_index_[info->captures[i]] = int(i);
  set_pos(body);
  // Results start at zero: named ones are variables, and a function that recovers from a
  // panic returns its results as they are (zero unless set), so unnamed ones too then.
  bool boxed_results = false;
  for (Object* o : info->results) boxed_results |= o->boxed;
  if ((info->named_results || info->has_defer || boxed_results) && r > 0)
    emit(Op::Zero, 0, 0, 0, r);
  // Move captured or address-taken parameters and results into heap boxes.
  auto box_var = [&](Object* o, bool is_result) {
    if (!o->boxed) return;
    int w = slots_of(o->type);
    int from = o->slot;
    int b = alloc(1);
    if (w == 0)
      emit(Op::New, b, 0);
    else
      emit(Op::Box, b, from, 0, w);
    o->slot = b;
    if (is_result) proto_->boxed_results.push_back({b, from, w});
  };
  if (info->recv) box_var(info->recv, false);
  for (Object* o : info->params) box_var(o, false);
  for (Object* o : info->results) box_var(o, true);
  // One "store used" flag per stack-store append, false at each call (as gc's).
  for (CallExpr* ce : stack_store_appends(body, info)) {
    int flag = alloc(1);
    emit(Op::Zero, flag, 0, 0, 1);
    stack_store_flag_[ce] = flag;
  }
  if (info->range_loop) {
    // The yield function of a range-over-func loop: it must not run again once the loop
    // body said stop or the loop ended.
    int st = alloc(1);
    load(var_loc(info->range_loop->state), st);
    emit(Op::RangeState, st);
  }
  block(body->list);
  set_pos(body);
  if (body->range.end > 0) pos_ = body->range.end - 1;
  if (info->range_loop) {  // the body ran to its end: ask for the next iteration
    load_int(0, 1);
    emit(Op::Ret);
  } else if (info->sig->results.empty()) {
    emit(Op::Ret);
  } else {
    emit(Op::Unreachable);
  }
}

void FuncCompiler::compile_package_init(Package* p) {
  for (Object* key : p->var_init_order) {
    auto* vs = static_cast<ValueSpec*>(key->spec);
    if (vs->values.empty()) continue;
    int mark = top_;
    if (vs->values.size() == vs->names.size()) {
      for (size_t i = 0; i < vs->names.size(); i++) {
        Object* o = vs->names[i]->obj;
        int w = slots_of(o->type);
        int t = alloc(w);
        coerce_to(vs->values[i], o->type, t);
        if (o->name != "_" && w) emit(Op::GStore, o->slot, t, 0, w);
      }
    } else {
      std::vector<Expr*> lhs(vs->names.begin(), vs->names.end());
      assign_multi(lhs, vs->values[0], false);
    }
    top_ = mark;
  }
  for (FuncDecl* fd : p->inits) {
    FuncProto* fp = pb_.proto_of(fd->info);
    set_pos(fd);
    emit(Op::Call, fp->index, top_);
  }
}

void FuncCompiler::compile_entry(const std::vector<FuncProto*>& first,
                                 const std::vector<Package*>& packages) {
  top_ = 0;
  for (FuncProto* f : first) emit(Op::Call, f->index, top_);
  for (Package* p : packages) compile_package_init(p);
  Package* main = packages.back();
  Object* m = main->scope->lookup_local("main");
  if (!m || m->kind != ObjKind::Func) {
    pb_.error(main->file_index, Range{0, 0}, DiagKind::Undefined,
              "function main is undeclared in the main package");
  } else {
    emit(Op::Call, pb_.proto_of_func(m)->index, top_);
  }
  emit(Op::Ret);
  if (proto_->frame_slots < top_ + 1) proto_->frame_slots = top_ + 1;
}

}  // namespace gs
