// Builds the Program: globals layout, function table (bytecode and natives), run-time types
// with their method tables, and the compiler-generated wrappers those tables need.
#include <algorithm>
#include <set>

#include "compile/codegen.h"
#include "runtime/natives.h"

namespace gs {

int Program::find_method_id(const std::string& key) const {
  auto it = method_ids_.find(key);
  if (it != method_ids_.end()) return it->second;
  return base ? base->find_method_id(key) : -1;
}

int Program::method_id(const std::string& name, const Type* sig, const Package* pkg) {
  std::string key = name + "|" + type_string(sig, true);
  if (!name.empty() && !(name[0] >= 'A' && name[0] <= 'Z') && pkg) key += "|" + pkg->path;
  if (int id = find_method_id(key); id >= 0) return id;
  int id = method_count();
  method_names_.push_back(name);
  method_ids_.emplace(std::move(key), id);
  return id;
}

const std::string& Program::method_name(int id) const {
  int first = base ? base->method_count() : 0;
  return id < first ? base->method_name(id) : method_names_[size_t(id - first)];
}

FuncProto* Program::find_func(const std::string& name) const {
  auto it = by_name_.find(name);
  if (it != by_name_.end()) return it->second;
  return base ? base->find_func(name) : nullptr;
}

FuncProto* RType::find_method(int name_id) const {
  auto it = std::lower_bound(methods.begin(), methods.end(), name_id,
                             [](const RMethod& m, int id) { return m.name_id < id; });
  return it != methods.end() && it->name_id == name_id ? it->fn : nullptr;
}

namespace {
struct RuntimeErrorType {
  RuntimeError kind;
  const char* name;
  bool pointer;
};
const RuntimeErrorType kRuntimeErrorTypes[] = {
#define GS_RT_ERR_ROW(kind, name, ptr) {RuntimeError::kind, name, ptr},
    GS_RUNTIME_ERRORS(GS_RT_ERR_ROW)
#undef GS_RT_ERR_ROW
};
}  // namespace

ProgramBuilder::ProgramBuilder(TypeTable& types, Diagnostics& diags, CompileOptions opts,
                               const std::vector<const SourceFile*>& files,
                               const CompiledLibrary* base)
    : types(types),
      diags(diags),
      opts(opts),
      base(base),
      prog(std::make_unique<Program>()),
      files(files) {
  prog->files = files;
  if (!base) return;
  // The base's tables come first, at the same indices (Program's invariants).
  const Program& b = *base->program;
  prog->base = &b;
  prog->funcs = b.funcs;
  prog->rtypes = b.rtypes;
  prog->consts = b.consts;
  prog->selects = b.selects;
  prog->global_slots = b.global_slots;
  prog->rt_string = b.rt_string;
  prog->rt_int = b.rt_int;
  prog->rt_error = b.rt_error;
  std::copy(std::begin(b.rt_runtime_errors), std::end(b.rt_runtime_errors),
            prog->rt_runtime_errors);
  prog->rt_any = b.rt_any;
  prog->rt_any_slice = b.rt_any_slice;
  prog->rt_bool = b.rt_bool;
  prog->rt_float64 = b.rt_float64;
}

void ProgramBuilder::error(int file, Range r, DiagKind k, std::string msg) {
  diags.add(k, file, r, std::move(msg));
}

FuncProto* ProgramBuilder::new_proto(const std::string& name, int file) {
  auto p = std::make_unique<FuncProto>();
  p->name = name;
  p->file = file;
  p->index = int(prog->funcs.size());
  FuncProto* raw = p.get();
  prog->funcs.push_back(raw);
  prog->owned_funcs.push_back(std::move(p));
  return raw;
}

FuncProto* ProgramBuilder::proto_of(FuncInfo* info) {
  auto it = protos.find(info);
  if (it != protos.end()) return it->second;
  if (!base) return nullptr;
  auto bt = base->protos.find(info);
  return bt == base->protos.end() ? nullptr : bt->second;
}

FuncProto* ProgramBuilder::find_wrapper(const std::string& key) const {
  auto it = wrappers.find(key);
  if (it != wrappers.end()) return it->second;
  if (!base) return nullptr;
  auto bt = base->wrappers.find(key);
  return bt == base->wrappers.end() ? nullptr : bt->second;
}

FuncProto* ProgramBuilder::proto_of_func(Object* fn) {
  return fn->func ? proto_of(fn->func) : nullptr;
}

int ProgramBuilder::string_const(const std::string& s) {
  auto owned = std::make_unique<std::string>(s);
  int idx = int(prog->consts.size());
  Slot a, b;
  a.p = const_cast<char*>(owned->data());
  b.i = int64_t(owned->size());
  prog->consts.push_back(a);
  prog->consts.push_back(b);
  prog->strings.push_back(std::move(owned));
  return idx;
}

int ProgramBuilder::select_desc(SelectDesc d) {
  prog->selects.push_back(std::move(d));
  return int(prog->selects.size() - 1);
}

RType* ProgramBuilder::rtype(const Type* t) {
  // A base type's rtype, when set, is the base program's (at the same index here).
  if (t->rtype) return t->rtype;
  if (!types.owns(t)) {
    auto it = base_type_rtypes.find(t);
    if (it != base_type_rtypes.end()) return it->second;
  }
  return new_rtype(t);
}

RType* ProgramBuilder::new_rtype(const Type* t) {
  auto owned = std::make_unique<RType>();
  RType* rt = owned.get();
  rt->index = int(prog->rtypes.size());
  prog->rtypes.push_back(rt);
  prog->owned_rtypes.push_back(std::move(owned));
  // Cached before the parts below: recursive types refer back to themselves.
  if (types.owns(t))
    t->rtype = rt;
  else
    base_type_rtypes[t] = rt;
  const Type* u = under(t);
  rt->type = t;
  rt->kind = u->kind;
  rt->named = t->kind == Kind::Named;
  rt->name = t->kind == Kind::Named ? t->name : "";
  rt->str = type_string(t, true);
  rt->slots = slots_of(t);
  rt->go_size = go_sizeof(t);
  rt->has_pointers = go_has_pointers(t);
  rt->comparable = is_comparable(t);
  switch (u->kind) {
    case Kind::Array:
      rt->len = u->len;
      rt->elem = rtype(u->elem);
      break;
    case Kind::Slice:
    case Kind::Pointer:
      rt->elem = rtype(u->elem);
      break;
    case Kind::Chan:
      rt->elem = rtype(u->elem);
      rt->dir = u->dir;
      break;
    case Kind::Map:
      rt->key = rtype(u->key);
      rt->elem = rtype(u->elem);
      break;
    case Kind::Struct: {
      int off = 0;
      for (auto& f : u->fields) {
        bool exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
        rt->fields.push_back({f.name, rtype(f.type), off, exported, f.embedded, f.tag});
        off += slots_of(f.type);
      }
      break;
    }
    case Kind::Interface:
      for (auto& m : u->methods) rt->iface_methods.push_back(prog->method_id(m.name, m.sig, m.pkg));
      std::sort(rt->iface_methods.begin(), rt->iface_methods.end());
      break;
    default:
      break;
  }
  if (u->kind != Kind::Interface) pending_methods.push_back(rt);
  return rt;
}

void ProgramBuilder::build_methods(RType* rt) {
  for (const std::string& name : method_set_names(rt->type)) {
    FuncProto* fn = iface_wrapper(rt->type, name);
    if (fn) rt->methods.push_back({method_key(rt->type, name), fn});
  }
  std::sort(rt->methods.begin(), rt->methods.end(),
            [](const RMethod& a, const RMethod& b) { return a.name_id < b.name_id; });
}

std::unique_ptr<Program> ProgramBuilder::build(const std::vector<Package*>& packages,
                                               const std::vector<FuncInfo*>& funcs, bool library) {
  // Globals.
  for (Package* p : packages)
    for (Object* o : p->objects)
      if (o->kind == ObjKind::Var) {
        global_slot[o] = prog->global_slots;
        o->slot = prog->global_slots;
        prog->global_slots += slots_of(o->type);
        if (slots_of(o->type) > kMaxValueSlots ||
            prog->global_slots > 2 * kMaxValueSlots) {  // 256 MiB of package variables
          error(o->file, o->pos, DiagKind::Unsupported, too_large_message(slots_of(o->type)));
          prog->global_slots = 0;
        }
      }
  // Function table: every function gets its proto before any body is compiled.
  for (FuncInfo* info : funcs) {
    FuncProto* p = new_proto(info->name, info->file);
    p->decl_offset = info->node ? info->node->range.begin : 0;
    protos[info] = p;
    prog->add_func_name(info->name, p);
    p->atomic = info->name.rfind("sync/atomic.", 0) == 0;
    // Switch points are the user's code only: not the library, nor the library's generic
    // functions instantiated for the user's program (sync/atomic.Pointer[T] stays atomic).
    p->switch_points = !library && info->file == 0;
    auto* fd = as<FuncDecl>(info->node);
    if (fd && !fd->body) {
      if (const NativeEntry* e = lookup_native(info->name)) {
        p->native = e->fn;
        p->spin_safe = e->spin_safe;
      }
      if (!p->native)
        error(info->file, fd->name->range, DiagKind::Unsupported,
              "native function " + info->name + " is not implemented");
    }
  }
  for (FuncInfo* info : funcs) {
    FuncProto* p = protos[info];
    if (p->native) {
      // Natives still need their frame shape for calls.
      int r = 0, a = 0;
      for (auto* t : info->sig->results) r += slots_of(t);
      for (auto* t : info->sig->params) a += slots_of(t);
      if (info->recv) a += slots_of(info->recv->type);
      p->result_slots = r;
      p->param_slots = a;
      p->frame_slots = r + a;
      continue;
    }
    BlockStmt* body = nullptr;
    if (auto* fd = as<FuncDecl>(info->node))
      body = fd->body;
    else if (auto* fl = as<FuncLit>(info->node))
      body = fl->body;
    else if (auto* rs = as<RangeStmt>(info->node))
      body = rs->body;  // a range-over-func body: the yield function
    if (!body) continue;
    FuncCompiler fc(*this, p, info, info->file);
    fc.compile_body(body);
  }
  if (library) {
    for (Package* p : packages) {
      FuncProto* init = new_proto(p->path + ".init", p->file_index);
      init->wrapper = true;
      FuncCompiler ic(*this, init, nullptr, init->file);
      ic.compile_package_init(p);
      ic.emit(Op::Ret);
      library_inits.push_back({p, init});
    }
  } else {
    // The library packages this program imports, directly or through each other.
    std::set<const Package*> needed;
    std::vector<const Package*> todo(packages.begin(), packages.end());
    while (!todo.empty()) {
      const Package* p = todo.back();
      todo.pop_back();
      for (const Package* d : p->imports)
        if (needed.insert(d).second) todo.push_back(d);
    }
    std::vector<FuncProto*> first;
    if (base)
      for (auto& [p, init] : base->inits)
        if (needed.count(p)) first.push_back(init);
    FuncProto* entry = new_proto("runtime.main", packages.back()->file_index);
    entry->wrapper = true;
    FuncCompiler ec(*this, entry, nullptr, entry->file);
    ec.compile_entry(first, packages);
    prog->entry = entry;
  }
  // Well-known types for the runtime (a program on a base has the base's).
  if (!base) {
    prog->rt_string = rtype(types.basic(Kind::String));
    prog->rt_int = rtype(types.basic(Kind::Int));
    prog->rt_bool = rtype(types.basic(Kind::Bool));
    prog->rt_float64 = rtype(types.basic(Kind::Float64));
    prog->rt_error = rtype(types.error_type);
    prog->rt_any = rtype(types.empty_interface);
    prog->rt_any_slice = rtype(types.slice(types.empty_interface));
  }
  for (Package* p : packages)
    if (p->path == "runtime")
      for (auto [kind, name, ptr] : kRuntimeErrorTypes)
        if (Object* o = p->scope->lookup_local(name); o && o->kind == ObjKind::TypeName)
          prog->rt_runtime_errors[int(kind)] = rtype(ptr ? types.pointer(o->type) : o->type);
  // Method tables; building them may create wrappers and further types.
  while (!pending_methods.empty()) {
    RType* rt = pending_methods.back();
    pending_methods.pop_back();
    build_methods(rt);
  }
  // Every function ends with a Ret that deferred calls return to; natives get a
  // two-instruction body so closures, defer and go can run them like bytecode.
  for (auto& f : prog->owned_funcs) {
    if (f->native) {
      f->code = {Instr{Op::Call, 0, f->index, 0, 0}, Instr{Op::Ret, 0, 0, 0, 0}};
      f->pos = {f->decl_offset, f->decl_offset};
      f->wrapper = true;
    } else {
      f->code.push_back(Instr{Op::Ret, 0, 0, 0, 0});
      f->pos.push_back(f->pos.empty() ? f->decl_offset : f->pos.back());
    }
  }
  if (!diags.empty()) return nullptr;
  return std::move(prog);
}

std::unique_ptr<Program> compile_program(const std::vector<Package*>& packages,
                                         const std::vector<FuncInfo*>& funcs, TypeTable& types,
                                         const std::vector<const SourceFile*>& files,
                                         Diagnostics& diags, CompileOptions opts,
                                         const CompiledLibrary* base) {
  ProgramBuilder pb(types, diags, opts, files, base);
  return pb.build(packages, funcs, false);
}

std::unique_ptr<Program> compile_library(const std::vector<Package*>& packages,
                                         const std::vector<FuncInfo*>& funcs, TypeTable& types,
                                         const std::vector<const SourceFile*>& files,
                                         Diagnostics& diags, CompiledLibrary& out) {
  ProgramBuilder pb(types, diags, CompileOptions{}, files, nullptr);
  std::unique_ptr<Program> prog = pb.build(packages, funcs, true);
  if (prog) {
    out.program = prog.get();
    out.protos = pb.protos;
    out.wrappers = pb.wrappers;
    out.inits = pb.library_inits;
  }
  return prog;
}

}  // namespace gs
