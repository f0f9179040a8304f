// Compiler-generated functions: interface method wrappers (adapting the interface's data
// slot to the method's receiver, walking promoted fields) and bound-method thunks
// (method values capture their receiver in a closure).
#include "compile/codegen.h"

namespace gs {

namespace {
int sig_slots(const std::vector<const Type*>& ts) {
  int n = 0;
  for (auto* t : ts) n += slots_of(t);
  return n;
}

// The signature of the method a selection reaches (concrete or interface method).
const Type* selected_sig(const Type* t, const Selection& sel) {
  if (sel.kind == Selection::Kind::Method || sel.kind == Selection::Kind::MethodExpr)
    return sel.method->type;
  const Type* cur = t;
  for (int idx : sel.path) {
    const Type* cu = under(cur);
    if (cu->kind == Kind::Pointer) cu = under(cu->elem);
    cur = cu->fields[idx].type;
  }
  return under(cur)->methods[sel.iface_index].sig;
}
}  // namespace

// The package that declares the method a selection reaches (for unexported names).
static const Package* selected_pkg(const Type* t, const Selection& sel) {
  if (sel.method) return sel.method->pkg;
  const Type* cur = t;
  for (int idx : sel.path) {
    const Type* cu = under(cur);
    if (cu->kind == Kind::Pointer) cu = under(cu->elem);
    cur = cu->fields[idx].type;
  }
  return under(cur)->methods[sel.iface_index].pkg;
}

int ProgramBuilder::method_key(const Type* t, const std::string& name) {
  Selection sel;
  bool amb = false;
  lookup_member(t, name, sel, amb);
  return prog->method_id(name, selected_sig(t, sel), selected_pkg(t, sel));
}

// Emits: receiver from `holder` into the call area, forward `P` parameter slots starting
// at `params`, call, copy results to slot 0, return.
static void forward_call(FuncCompiler& fc, ProgramBuilder& pb, Loc holder, const Selection& sel,
                         const std::string& name, const Type* sig, int params) {
  int R = sig_slots(sig->results);
  int P = sig_slots(sig->params);
  if (sel.kind == Selection::Kind::InterfaceMethod) {
    int iv = fc.alloc(2);
    fc.load(holder, iv);
    int base = fc.alloc(R + 1 + P);
    fc.copy(base + R + 1, params, P);
    fc.emit(Op::CallI, iv, pb.method_key(holder.type, name), base);
    fc.copy(0, base, R);
    fc.emit(Op::Ret);
    return;
  }
  Object* m = sel.method;
  int rw = m->ptr_recv ? 1 : slots_of(holder.type);
  int base = fc.alloc(R + rw + P);
  if (m->ptr_recv) {
    if (holder.kind == Loc::Kind::Mem && holder.off == 0)
      fc.copy(base + R, holder.reg, 1);
    else if (holder.kind == Loc::Kind::Mem)
      fc.emit(Op::PtrAdd, base + R, holder.reg, holder.off);
  } else {
    fc.load(holder, base + R);
  }
  fc.copy(base + R + rw, params, P);
  fc.emit(Op::Call, pb.proto_of_func(m)->index, base);
  fc.copy(0, base, R);
  fc.emit(Op::Ret);
}

// Walks embedded fields from holder, following embedded pointers.
static void walk_embedded(FuncCompiler& fc, Loc& holder, const std::vector<int>& path) {
  for (int idx : path) {
    const Type* st = under(holder.type);
    int off = field_offset(st, idx);
    if (holder.kind == Loc::Kind::Reg)
      holder.reg += off;
    else
      holder.off += off;
    holder.type = st->fields[idx].type;
    if (under(holder.type)->kind == Kind::Pointer) {
      int ptr = fc.alloc(1);
      fc.load(holder, ptr);
      holder.kind = Loc::Kind::Mem;
      holder.reg = ptr;
      holder.off = 0;
      holder.type = under(holder.type)->elem;
    }
  }
}

FuncProto* ProgramBuilder::method_expr(const Type* t, const std::string& name) {
  Selection sel;
  bool amb = false;
  lookup_member(t, name, sel, amb);
  std::string key = "mexpr:" + type_key(t) + "." + name;
  if (FuncProto* w = find_wrapper(key)) return w;
  const Type* sig = selected_sig(t, sel);
  FuncProto* p = new_proto(type_string(t, true) + "." + name, 0);
  p->wrapper = true;
  wrappers[key] = p;
  int R = sig_slots(sig->results);
  int P = sig_slots(sig->params);
  int rw = slots_of(t);
  p->result_slots = R;
  p->param_slots = rw + P;
  p->frame_slots = R + rw + P;
  FuncCompiler fc(*this, p, nullptr, 0);
  fc.top_ = R + rw + P;
  Loc holder;
  holder.reg = R;
  bool tptr = under(t)->kind == Kind::Pointer && t->kind != Kind::Named;
  holder.kind = tptr ? Loc::Kind::Mem : Loc::Kind::Reg;
  holder.type = tptr ? under(t)->elem : t;
  walk_embedded(fc, holder, sel.path);
  forward_call(fc, *this, holder, sel, name, sig, R + rw);
  return p;
}

FuncProto* ProgramBuilder::iface_wrapper(const Type* t, const std::string& name) {
  Selection sel;
  bool amb = false;
  if (!lookup_member(t, name, sel, amb) || sel.kind == Selection::Kind::Field) return nullptr;
  bool tptr = under(t)->kind == Kind::Pointer && t->kind != Kind::Named;
  if (sel.kind == Selection::Kind::Method && sel.path.empty()) {
    Object* m = sel.method;
    if (m->ptr_recv && tptr) return proto_of_func(m);
    if (!m->ptr_recv && !tptr && slots_of(t) == 1) return proto_of_func(m);
  }
  std::string key = "iface:" + type_key(t) + "." + name;
  if (FuncProto* w = find_wrapper(key)) return w;
  const Type* sig = selected_sig(t, sel);
  FuncProto* p = new_proto(type_string(t, true) + "." + name, 0);
  p->wrapper = true;
  wrappers[key] = p;
  int R = sig_slots(sig->results);
  int P = sig_slots(sig->params);
  p->result_slots = R;
  p->param_slots = 1 + P;
  p->frame_slots = R + 1 + P;
  if (sel.kind == Selection::Kind::Method && sel.method->decl) {
    p->file = sel.method->file;
    p->decl_offset = sel.method->decl->range.begin;
  }
  FuncCompiler fc(*this, p, nullptr, p->file);
  fc.top_ = R + 1 + P;
  fc.pos_ = p->decl_offset;
  Loc holder;
  holder.reg = R;
  if (tptr) {
    holder.kind = Loc::Kind::Mem;
    holder.type = under(t)->elem;
  } else {
    // Values of one slot (or none) sit in the data slot; wider ones are boxed.
    holder.kind = slots_of(t) <= 1 ? Loc::Kind::Reg : Loc::Kind::Mem;
    holder.type = t;
  }
  if (tptr && sel.kind == Selection::Kind::Method && !sel.method->ptr_recv) {
    // A value method called through a nil *T in an interface: Go's wrapper panics so.
    std::string tn = type_string(under(t)->elem, true);
    std::string bare = tn.substr(tn.rfind('.') + 1);
    fc.emit(Op::NilWrap, holder.reg,
            string_const("value method " + tn + "." + name + " called using nil *" + bare +
                         " pointer"));
  }
  walk_embedded(fc, holder, sel.path);
  forward_call(fc, *this, holder, sel, name, sig, R + 1);
  return p;
}

FuncProto* ProgramBuilder::bound_method(const Type* recv, const Selection& sel,
                                        const std::string& name) {
  std::string key = sel.kind == Selection::Kind::InterfaceMethod
                        ? "bound-iface:" + type_key(recv) + "." + name
                        : "bound:" + std::to_string(uintptr_t(sel.method));
  if (FuncProto* w = find_wrapper(key)) return w;
  const Type* sig = sel.kind == Selection::Kind::InterfaceMethod
                        ? under(recv)->methods[sel.iface_index].sig
                        : sel.method->type;
  FuncProto* p = new_proto((sel.method ? sel.method->func->name : name) + "-fm", 0);
  p->wrapper = true;
  wrappers[key] = p;
  int R = sig_slots(sig->results);
  int P = sig_slots(sig->params);
  p->result_slots = R;
  p->param_slots = P;
  p->frame_slots = R + P;
  FuncCompiler fc(*this, p, nullptr, 0);
  fc.top_ = R + P;
  int rw = sel.kind == Selection::Kind::InterfaceMethod ? 2
           : sel.method->ptr_recv                       ? 1
                                                        : slots_of(recv);
  int cap = fc.alloc(rw);
  if (rw) fc.emit(Op::GetCap, cap, 0, 0, rw);
  Loc holder;
  holder.kind = Loc::Kind::Reg;
  holder.reg = cap;
  holder.type = recv;
  if (sel.kind != Selection::Kind::InterfaceMethod && sel.method->ptr_recv) {
    // The captured slot already is the pointer the method wants.
    holder.kind = Loc::Kind::Mem;
    holder.off = 0;
  }
  Selection direct = sel;
  direct.path.clear();
  forward_call(fc, *this, holder, direct, name, sig, R);
  return p;
}

}  // namespace gs
