// Calls: static functions, methods (with receiver adjustment), interface methods, closures,
// argument passing (variadic packing, multi-value spreading), builtins, go and defer.
#include "compile/codegen.h"

namespace gs {

namespace {
int sig_slots(const std::vector<const Type*>& ts) {
  int n = 0;
  for (auto* t : ts) n += slots_of(t);
  return n;
}

}  // namespace

Object* static_callee(Expr* fun) {
  fun = unparen(fun);
  if (auto* ix = as<IndexExpr>(fun); ix && ix->instance) fun = unparen(ix->x);  // F[int]
  if (auto* id = as<Ident>(fun); id && id->obj && id->obj->kind == ObjKind::Func) return id->obj;
  if (auto* se = as<SelectorExpr>(fun);
      se && !se->selection && se->sel->obj && se->sel->obj->kind == ObjKind::Func)
    return se->sel->obj;
  return nullptr;
}

void FuncCompiler::args_into(CallExpr* ce, const Type* sig, int at) {
  const auto& params = sig->params;
  size_t np = params.size();
  // f(g()) with a multi-value g.
  if (ce->args.size() == 1 && ce->args[0]->type && ce->args[0]->type->kind == Kind::Tuple &&
      ce->args[0]->type->results.size() != 1) {
    const auto& rs = ce->args[0]->type->results;
    int r = call(static_cast<CallExpr*>(unparen(ce->args[0])));
    int off = 0, roff = 0;
    size_t fixed = sig->variadic ? np - 1 : np;
    for (size_t i = 0; i < fixed; i++) {
      convert_value(r + roff, rs[i], params[i], at + off);
      off += slots_of(params[i]);
      roff += slots_of(rs[i]);
    }
    if (sig->variadic) {
      const Type* et = params[np - 1]->elem;
      int ew = slots_of(et);
      int k = int(rs.size() - fixed);
      int arr = alloc(1);
      emit(Op::New, arr, k * ew);
      for (int j = 0; j < k; j++) {
        int v = alloc(ew);
        convert_value(r + roff, rs[fixed + j], et, v);
        roff += slots_of(rs[fixed + j]);
        if (ew) emit(Op::Store, arr, j * ew, v, ew);
      }
      copy(at + off, arr, 1);
      load_int(at + off + 1, k);
      load_int(at + off + 2, k);
    }
    return;
  }
  size_t fixed = sig->variadic && !ce->has_ellipsis ? np - 1 : np;
  std::vector<int> offs;
  int off = 0;
  for (size_t i = 0; i < fixed; i++) {
    offs.push_back(off);
    off += slots_of(params[i]);
  }
  // The arguments' calls ran already (order_call), so plain operands are read after them.
  for (size_t i = 0; i < fixed; i++) coerce_to(ce->args[i], params[i], at + offs[i]);
  if (sig->variadic && !ce->has_ellipsis) {
    const Type* et = params[np - 1]->elem;
    int ew = slots_of(et);
    int k = int(ce->args.size() - fixed);
    if (k == 0) {
      emit(Op::Zero, at + off, 0, 0, 3);
      return;
    }
    int arr = alloc(1);
    emit(Op::New, arr, k * ew);
    for (int j = 0; j < k; j++) {
      int mark = top_;
      int v = coerce(ce->args[fixed + j], et);
      if (ew) emit(Op::Store, arr, j * ew, v, ew);
      top_ = mark;
    }
    copy(at + off, arr, 1);
    load_int(at + off + 1, k);
    load_int(at + off + 2, k);
  }
}

int FuncCompiler::call(CallExpr* ce) {
  if (int h = take_hoisted(ce); h >= 0) return h;
  OrderScope scope(*this);
  order_call(ce);
  set_pos(ce);
  if (ce->call_kind == CallExpr::CallKind::Builtin) return builtin(ce, Builtin(ce->builtin));
  if (ce->call_kind == CallExpr::CallKind::Conversion) {
    int r = alloc(slots_of(ce->type));
    conversion(ce, r);
    return r;
  }
  const Type* sig = under(ce->fun->type);
  int R = sig_slots(sig->results);
  int P = sig_slots(sig->params);
  if (ce->call_kind == CallExpr::CallKind::Method) {
    auto* se = static_cast<SelectorExpr*>(unparen(ce->fun));
    const Selection* sel = se->selection;
    Loc holder = walk_path(se->x, sel->path, sel->path.size());
    if (sel->kind == Selection::Kind::InterfaceMethod) {
      int iv = alloc(2);
      load(holder, iv);
      int base = alloc(R + 1 + P);
      args_into(ce, sig, base + R + 1);
      set_pos(ce);
      emit(Op::CallI, iv, pb_.method_key(holder.type, se->sel->name), base);
      return base;
    }
    Object* m = sel->method;
    int rw = m->ptr_recv ? 1 : slots_of(holder.type);
    int base = alloc(R + rw + P);
    if (m->ptr_recv) {
      switch (holder.kind) {
        case Loc::Kind::Mem:
          if (holder.off != 0) {
            emit(Op::PtrAdd, base + R, holder.reg, holder.off);  // checks nil
          } else {
            if (holder.field_of_ptr) emit(Op::NilChk, holder.reg);
            copy(base + R, holder.reg, 1);
          }
          break;
        case Loc::Kind::Global:
          emit(Op::GAddr, base + R, holder.off);
          break;
        default:
          pb_.error(file_, se->range, DiagKind::Unsupported,
                    "cannot take the address of the receiver");
      }
    } else {
      load(holder, base + R);
    }
    args_into(ce, sig, base + R + rw);
    set_pos(ce);
    emit(Op::Call, pb_.proto_of_func(m)->index, base);
    return base;
  }
  if (Object* fn = static_callee(ce->fun)) {
    int base = alloc(R + P);
    args_into(ce, sig, base + R);
    set_pos(ce);
    FuncProto* p = pb_.proto_of_func(fn);
    emit(Op::Call, p ? p->index : 0, base);
    return base;
  }
  int f = expr(ce->fun);
  int base = alloc(R + P);
  args_into(ce, sig, base + R);
  set_pos(ce);
  emit(Op::CallC, f, base);
  return base;
}

int FuncCompiler::builtin(CallExpr* ce, Builtin b) {
  const Type* int_t = pb_.types.basic(Kind::Int);
  auto& args = ce->args;
  switch (b) {
    case Builtin::Len:
    case Builtin::Cap: {
      const Type* u = under(args[0]->type);
      if (u->kind == Kind::Pointer) {
        int p = expr(args[0]);
        (void)p;
        int r = alloc(1);
        load_int(r, under(u->elem)->len);
        return r;
      }
      int x = expr(args[0]);
      set_pos(ce);
      switch (u->kind) {
        case Kind::String:
          return x + 1;
        case Kind::Slice:
          return b == Builtin::Len ? x + 1 : x + 2;
        case Kind::Map: {
          int r = alloc(1);
          emit(Op::MapLen, r, x);
          return r;
        }
        case Kind::Chan: {
          int r = alloc(1);
          emit(b == Builtin::Len ? Op::ChanLen : Op::ChanCap, r, x);
          return r;
        }
        default: {
          int r = alloc(1);
          load_int(r, u->len);
          return r;
        }
      }
    }
    case Builtin::Append: {
      const Type* st = ce->type;
      const Type* et = under(st)->elem;
      int s = expr(args[0]);
      int dst = alloc(3);
      if (ce->has_ellipsis) {
        int y = expr(args[1]);
        set_pos(ce);
        if (is_string(args[1]->type))
          emit(Op::AppendStr, dst, s, y);
        else
          emit(Op::AppendSlice, dst, s, y, pb_.type_index(et));
        return dst;
      }
      int k = int(args.size()) - 1;
      int ew = slots_of(et);
      int vals = alloc(1 + k * ew);
      load_int(vals, k);
      for (int j = 0; j < k; j++) coerce_to(args[1 + j], et, vals + 1 + j * ew);
      set_pos(ce);
      // s is v's own slots or a copy: v = append(v, ...) overwrites v anyway.
      if (auto it = stack_store_flag_.find(ce); it != stack_store_flag_.end())
        emit(Op::StackStore, it->second, s, vals, pb_.type_index(et));
      emit(Op::Append, dst, s, vals, pb_.type_index(et));
      return dst;
    }
    case Builtin::Make: {
      const Type* t = args[0]->type;
      const Type* u = under(t);
      int dst = alloc(slots_of(t));
      if (u->kind == Kind::Slice) {
        int len = coerce(args[1], int_t);
        int cap = args.size() > 2 ? coerce(args[2], int_t) : len;
        set_pos(ce);
        emit(Op::MakeSlice, dst, len, cap, pb_.type_index(u->elem));
      } else if (u->kind == Kind::Map) {
        if (args.size() > 1) expr(args[1]);
        emit(Op::MakeMap, dst, pb_.type_index(t));
      } else {
        int size;
        if (args.size() > 1) {
          size = coerce(args[1], int_t);
        } else {
          size = alloc(1);
          load_int(size, 0);
        }
        set_pos(ce);
        emit(Op::MakeChan, dst, pb_.type_index(t), size);
      }
      return dst;
    }
    case Builtin::New: {
      int dst = alloc(1);
      emit(Op::New, dst, slots_of(under(ce->type)->elem));
      return dst;
    }
    case Builtin::Delete: {
      const Type* u = under(args[0]->type);
      int m = expr(args[0]);
      int k = coerce(args[1], u->key);
      set_pos(ce);
      emit(Op::MapDelete, m, k);
      return top_;
    }
    case Builtin::Copy: {
      int d = expr(args[0]);
      int s = expr(args[1]);
      int dst = alloc(1);
      set_pos(ce);
      if (is_string(args[1]->type))
        emit(Op::CopyStr, dst, d, s);
      else
        emit(Op::Copy, dst, d, s, slots_of(under(args[0]->type)->elem));
      return dst;
    }
    case Builtin::Close: {
      int c = expr(args[0]);
      set_pos(ce);
      emit(Op::Close, c);
      return top_;
    }
    case Builtin::Panic: {
      int v = coerce(args[0], pb_.types.empty_interface);
      set_pos(ce);
      emit(Op::Panic, v, 0, 0, is_interface(args[0]->type) ? 0 : 1);
      return top_;
    }
    case Builtin::Recover: {
      int dst = alloc(2);
      emit(Op::Recover, dst);
      return dst;
    }
    case Builtin::Print:
    case Builtin::Println: {
      for (size_t i = 0; i < args.size(); i++) {
        int mark = top_;
        if (i > 0 && b == Builtin::Println) emit(Op::PrintSp);
        int v = expr(args[i]);
        set_pos(ce);
        emit(Op::Print, pb_.type_index(args[i]->type), v);
        top_ = mark;
      }
      if (b == Builtin::Println) emit(Op::PrintNl);
      return top_;
    }
    case Builtin::Min:
    case Builtin::Max: {
      const Type* t = ce->type;
      int w = slots_of(t);
      int dst = alloc(w);
      coerce_to(args[0], t, dst);
      if (is_float(t)) {  // NaN and signed zeros have their own rules
        for (size_t i = 1; i < args.size(); i++) {
          int mark = top_;
          int v = coerce(args[i], t);
          emit(b == Builtin::Min ? Op::FMin : Op::FMax, dst, dst, v);
          top_ = mark;
        }
        return dst;
      }
      for (size_t i = 1; i < args.size(); i++) {
        int mark = top_;
        int v = coerce(args[i], t);
        int c = alloc(1);
        compare(b == Builtin::Min ? Tok::Lss : Tok::Gtr, v, dst, t, c);
        int j = emit(Op::JmpF, 0, c);
        copy(dst, v, w);
        patch(j, here());
        top_ = mark;
      }
      return dst;
    }
    case Builtin::Clear: {
      const Type* u = under(args[0]->type);
      int x = expr(args[0]);
      if (u->kind == Kind::Map)
        emit(Op::MapClear, x);
      else
        emit(Op::ClearSlice, x, 0, 0, slots_of(u->elem));
      return top_;
    }
    default:
      pb_.error(file_, ce->range, DiagKind::Unsupported, "builtin not supported");
      return top_;
  }
}

int FuncCompiler::callee_closure(CallExpr* ce) {
  Expr* fun = unparen(ce->fun);
  if (Object* fn = static_callee(fun)) {
    int r = alloc(1);
    func_value(fn, r);
    return r;
  }
  int r = alloc(1);
  expr_to(fun, r);  // closures, method values (bound receivers) alike
  return r;
}

void FuncCompiler::go_defer(CallExpr* ce, bool is_go) {
  uint32_t stmt_pos = pos_;  // Go's "created by" names the go statement's line
  OrderScope scope(*this);
  order_call(ce);  // the function value and arguments are evaluated now
  set_pos(ce);
  if (ce->call_kind == CallExpr::CallKind::Builtin) {
    // A builtin in go/defer: evaluate the arguments now into a synthesized function.
    Builtin b = Builtin(ce->builtin);
    std::vector<const Type*> ptypes;
    for (Expr* a : ce->args) {
      const Type* t = a->type;
      if (b == Builtin::Panic) t = pb_.types.empty_interface;
      ptypes.push_back(t);
    }
    FuncProto* thunk = pb_.new_proto(std::string("go/defer builtin"), file_);
    thunk->wrapper = true;
    int P = sig_slots(ptypes);
    thunk->param_slots = P;
    thunk->frame_slots = P + 4;
    {
      FuncCompiler tc(pb_, thunk, nullptr, file_);
      tc.top_ = P;
      tc.pos_ = pos_;
      int off = 0;
      std::vector<int> at;
      for (auto* t : ptypes) {
        at.push_back(off);
        off += slots_of(t);
      }
      switch (b) {
        case Builtin::Close:
          tc.emit(Op::Close, at[0]);
          break;
        case Builtin::Panic:
          tc.emit(Op::Panic, at[0], 0, 0, is_interface(ce->args[0]->type) ? 0 : 1);
          break;
        case Builtin::Delete: {
          const Type* u = under(ptypes[0]);
          int k = at[1];
          if (is_interface(u->key) && !is_interface(ptypes[1])) {
            k = tc.alloc(2);
            tc.emit(Op::MakeIface, k, pb_.type_index(ptypes[1]), at[1], slots_of(ptypes[1]));
          }
          tc.emit(Op::MapDelete, at[0], k);
          break;
        }
        case Builtin::Print:
        case Builtin::Println:
          for (size_t i = 0; i < ptypes.size(); i++) {
            if (i > 0 && b == Builtin::Println) tc.emit(Op::PrintSp);
            tc.emit(Op::Print, pb_.type_index(ptypes[i]), at[i]);
          }
          if (b == Builtin::Println) tc.emit(Op::PrintNl);
          break;
        case Builtin::Recover:
          break;  // recover is not called *by* a deferred function here: it returns nil
        case Builtin::Clear:
          if (under(ptypes[0])->kind == Kind::Map)
            tc.emit(Op::MapClear, at[0]);
          else
            tc.emit(Op::ClearSlice, at[0], 0, 0, slots_of(under(ptypes[0])->elem));
          break;
        case Builtin::Copy: {
          int r = tc.alloc(1);
          if (is_string(ptypes[1]))
            tc.emit(Op::CopyStr, r, at[0], at[1]);
          else
            tc.emit(Op::Copy, r, at[0], at[1], slots_of(under(ptypes[0])->elem));
          break;
        }
        default:
          break;
      }
      tc.emit(Op::Ret);
    }
    int f = alloc(1);
    emit(Op::Closure, f, thunk->index, 0, 0);
    int base = alloc(P);
    int off = 0;
    for (size_t i = 0; i < ce->args.size(); i++) {
      coerce_to(ce->args[i], ptypes[i], base + off);
      off += slots_of(ptypes[i]);
    }
    pos_ = stmt_pos;
    if (is_go)
      emit(Op::Go, f, base, 0, P);
    else
      emit(Op::Defer, f, base, 0, P);
    return;
  }
  const Type* sig = under(ce->fun->type);
  int R = sig_slots(sig->results);
  int P = sig_slots(sig->params);
  int f = callee_closure(ce);
  int base = alloc(P);
  args_into(ce, sig, base);
  pos_ = stmt_pos;
  if (is_go)
    emit(Op::Go, f, base, R, P);
  else
    emit(Op::Defer, f, base, R, P);
}

}  // namespace gs
