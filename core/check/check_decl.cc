// Package-level checking: the universe, collecting declarations, on-demand checking of
// package-level objects in dependency order, and the package variable initialization order.
#include <algorithm>
#include <functional>

#include "check/checker_impl.h"
#include "lex/literal.h"

namespace gs {

Checker::Checker(TypeTable& types, Diagnostics& diags, AstPool& ast,
                 const std::vector<SourceFile*>& files, CheckOptions opts, const Checker* base)
    : impl_(std::make_unique<Impl>(*this, types, diags, ast, files, opts,
                                   base ? base->impl_.get() : nullptr)) {
  universe_ = impl_->universe;
}

Checker::~Checker() = default;

void Checker::check_package(Package* pkg,
                            const std::unordered_map<std::string, Package*>& imports) {
  Impl& c = *impl_;
  c.pkg = pkg;
  c.collect(pkg, imports);
  for (Object* obj : pkg->objects) c.check_obj(obj);
  // Method signatures (methods are not in the package scope). A generic type's methods are
  // checked in each instance.
  for (Object* obj : pkg->objects)
    if (obj->kind == ObjKind::TypeName && obj->type->kind == Kind::Named && !is_generic(obj))
      for (Object* m : obj->type->decl_methods) c.check_obj(m);
  // Bodies: every declared function and method, then init functions; and those of the
  // instances they make (which may make more).
  size_t methods_done = 0;
  for (size_t i = 0; i < c.pending_bodies.size() || methods_done < c.pending_methods.size();) {
    if (methods_done < c.pending_methods.size()) {
      c.check_obj(c.pending_methods[methods_done++]);
      continue;
    }
    FuncDecl* fd = c.pending_bodies[i++];
    if (!fd->body) continue;
    Object* fn = fd->name->obj;
    // An instance's body is checked in its generic's package, inside its type bindings.
    Package* saved_pkg = c.pkg;
    c.pkg = fn->pkg;
    c.file = fn->pkg->file_index;
    c.file_scope = fn->pkg->file_scope;
    c.scope = fn->bindings;
    c.decl_obj = fn;
    c.func_body(fd->info, fd->body);
    c.decl_obj = nullptr;
    c.scope = nullptr;
    c.pkg = saved_pkg;
    c.file = saved_pkg->file_index;
    c.file_scope = saved_pkg->file_scope;
  }
  c.pending_bodies.clear();
  c.pending_methods.clear();
  c.compute_init_order(pkg);
  // Unused imports. Generic bodies are checked only in their instances, so an import that
  // only one of them uses may look unused: with generics, no verdict.
  bool has_generics = false;
  for (Object* obj : pkg->objects) has_generics |= is_generic(obj);
  for (File* f : has_generics ? std::vector<File*>{} : pkg->files)
    for (ImportSpec* is : f->imports)
      if (is->pkg_obj && !is->pkg_obj->used && (!is->name || is->name->name != "_"))
        c.error(
            is->path->range, DiagKind::UnusedImport,
            is->path->value + " imported and not used" + (is->name ? " as " + is->name->name : ""));
}

Checker::Impl::Impl(Checker& owner, TypeTable& types, Diagnostics& diags, AstPool& ast,
                    const std::vector<SourceFile*>& files, CheckOptions opts, const Impl* base)
    : owner(owner),
      types(types),
      diags(diags),
      ast(ast),
      base(base),
      files(files),
      opts(opts),
      universe(base ? base->universe : nullptr) {
  if (!universe) setup_universe();
}

void Checker::Impl::error(Range r, DiagKind kind, std::string msg) {
  diags.add(kind, file, r, std::move(msg));
}

std::string Checker::Impl::src(const Node* n) const { return src_text(file, n->range); }

std::string Checker::Impl::src_text(int f, Range r) const {
  const std::string& text = files[size_t(f)]->text();
  if (r.end <= r.begin || r.end > text.size()) return "?";
  return text.substr(r.begin, r.end - r.begin);
}

Object* Checker::Impl::new_object(ObjKind kind, const std::string& name, Range pos,
                                  const Type* type) {
  Object& o = objects.emplace_back();
  o.kind = kind;
  o.name = name;
  o.pos = pos;
  o.file = file;
  o.type = type;
  o.pkg = pkg;
  return &o;
}

Scope* Checker::Impl::new_scope(Scope* parent) {
  Scope& s = scopes.emplace_back(parent);
  s.func = parent ? parent->func : nullptr;
  return &s;
}

const Constant* Checker::Impl::new_constant(Constant c) {
  return &constants.emplace_back(std::move(c));
}

void Checker::Impl::declare(Scope* s, Object* obj) {
  if (obj->name == "_") return;
  if (Object* prev = s->insert(obj)) {
    error(obj->pos, DiagKind::Redeclared, obj->name + " redeclared in this block");
    (void)prev;
  }
}

void Checker::Impl::setup_universe() {
  Package* saved = pkg;
  pkg = nullptr;
  universe = new_scope(nullptr);
  struct {
    const char* name;
    Kind kind;
  } basics[] = {{"bool", Kind::Bool},           {"int", Kind::Int},
                {"int8", Kind::Int8},           {"int16", Kind::Int16},
                {"int32", Kind::Int32},         {"int64", Kind::Int64},
                {"uint", Kind::Uint},           {"uint8", Kind::Uint8},
                {"uint16", Kind::Uint16},       {"uint32", Kind::Uint32},
                {"uint64", Kind::Uint64},       {"uintptr", Kind::Uintptr},
                {"float32", Kind::Float32},     {"float64", Kind::Float64},
                {"complex64", Kind::Complex64}, {"complex128", Kind::Complex128},
                {"string", Kind::String},       {"byte", Kind::Uint8},
                {"rune", Kind::Int32}};
  for (auto& b : basics)
    declare(universe, new_object(ObjKind::TypeName, b.name, {}, types.basic(b.kind)));
  // error: a predeclared named interface type.
  Object* err_obj = new_object(ObjKind::TypeName, "error", {}, nullptr);
  Type* err = types.new_named("error", nullptr, err_obj);
  err->underlying_ = types.interface(
      {Method{"Error", types.func({}, {types.basic(Kind::String)}, false), nullptr}});
  err_obj->type = err;
  types.error_type = err;
  declare(universe, err_obj);
  declare(universe, new_object(ObjKind::TypeName, "any", {}, types.empty_interface));
  // comparable: the constraint satisfied by the comparable types.
  Object* cmp_obj = new_object(ObjKind::TypeName, "comparable", {}, nullptr);
  Type* cmp = types.new_named("comparable", nullptr, cmp_obj);
  cmp->underlying_ = types.constraint({}, false, {}, true);
  cmp_obj->type = cmp;
  declare(universe, cmp_obj);
  Object* t = new_object(ObjKind::Const, "true", {}, types.basic(Kind::UntypedBool));
  t->value = Constant::of_bool(true);
  declare(universe, t);
  Object* f = new_object(ObjKind::Const, "false", {}, types.basic(Kind::UntypedBool));
  f->value = Constant::of_bool(false);
  declare(universe, f);
  Object* io = new_object(ObjKind::Const, "iota", {}, types.basic(Kind::UntypedInt));
  io->value = Constant::of_int(0);
  declare(universe, io);
  declare(universe, new_object(ObjKind::Nil, "nil", {}, types.basic(Kind::UntypedNil)));
  int id = 0;
#define GS_BUILTIN_DECL(bid, bname, lo, hi)                               \
  {                                                                       \
    Object* b = new_object(ObjKind::Builtin, bname, {}, types.invalid()); \
    b->builtin = id++;                                                    \
    declare(universe, b);                                                 \
  }
  GS_BUILTINS(GS_BUILTIN_DECL)
#undef GS_BUILTIN_DECL
  pkg = saved;
}

void Checker::Impl::collect(Package* p, const std::unordered_map<std::string, Package*>& imports) {
  p->scope = new_scope(universe);
  std::unordered_map<ValueSpec*, ValueSpec*> const_src;
  std::vector<FuncDecl*> methods;
  int order = 0;
  for (File* f : p->files) {
    file = p->file_index;
    Scope* fs = new_scope(p->scope);
    file_scopes[f] = fs;
    file_scope = fs;
    p->file_scope = fs;
    for (ImportSpec* is : f->imports) {
      std::string path, err;
      unquote_string(is->path->value, path, err);
      auto it = imports.find(path);
      if (it == imports.end()) continue;  // the loader already reported it
      Package* ip = it->second;
      std::string name = is->name ? is->name->name : ip->name;
      if (name == "_") continue;
      if (name == ".") {
        error(is->name, DiagKind::Unsupported, "dot imports are not supported");
        continue;
      }
      Object* o = new_object(ObjKind::PkgName, name, is->name ? is->name->range : is->path->range,
                             types.invalid());
      o->imported = ip;
      is->pkg_obj = o;
      declare(fs, o);
    }
    for (Node* d : f->decls) {
      if (auto* gd = as<GenDecl>(d)) {
        ValueSpec* last_const = nullptr;
        for (Node* s : gd->specs) {
          if (auto* vs = as<ValueSpec>(s)) {
            ObjKind k = gd->tok == Tok::Const ? ObjKind::Const : ObjKind::Var;
            if (k == ObjKind::Const) {
              if (!vs->values.empty() || vs->type)
                last_const = vs;
              else if (last_const)
                const_src[vs] = last_const;
            }
            for (size_t i = 0; i < vs->names.size(); i++) {
              Ident* id = vs->names[i];
              Object* o = new_object(k, id->name, id->range, nullptr);
              o->is_global = k == ObjKind::Var;
              o->state = Object::State::Unchecked;
              o->spec = vs;
              o->spec_index = int(i);
              o->decl_order = order++;
              id->obj = o;
              p->objects.push_back(o);
              declare(p->scope, o);
            }
          } else if (auto* ts = as<TypeSpec>(s)) {
            Object* o = new_object(ObjKind::TypeName, ts->name->name, ts->name->range, nullptr);
            o->state = Object::State::Unchecked;
            o->spec = ts;
            o->decl_order = order++;
            if (!ts->alias) o->type = types.new_named(ts->name->name, p, o);
            ts->name->obj = o;
            p->objects.push_back(o);
            declare(p->scope, o);
          }
        }
      } else if (auto* fd = as<FuncDecl>(d)) {
        if (fd->recv) {
          methods.push_back(fd);
          continue;
        }
        Object* o = new_object(ObjKind::Func, fd->name->name, fd->name->range, nullptr);
        o->state = Object::State::Unchecked;
        o->spec = fd;
        o->decl = fd;
        o->decl_order = order++;
        fd->name->obj = o;
        if (fd->name->name == "init") {
          p->inits.push_back(fd);
          p->objects.push_back(o);
          if (!fd->sig->params.empty() || !fd->sig->results.empty())
            error(fd->name, DiagKind::TypeError,
                  "func init must have no arguments and no return values");
          continue;
        }
        if (fd->name->name == "main" && p->path == "main" &&
            (!fd->sig->params.empty() || !fd->sig->results.empty()))
          error(fd->name, DiagKind::TypeError,
                "func main must have no arguments and no return values");
        p->objects.push_back(o);
        declare(p->scope, o);
      }
    }
  }
  // Inherited const specs: copy the source spec's type and values (shared nodes are re-checked
  // with a different iota, which is fine because constants are folded per object).
  for (auto& [spec, from] : const_src) {
    spec->type = from->type;
    spec->values = from->values;
    if (spec->values.size() < spec->names.size())
      error(spec->names.back(), DiagKind::AssignmentMismatch,
            "missing init expr for const declaration");
  }
  // Attach methods to their receiver base types.
  for (FuncDecl* fd : methods) {
    bool ptr = false;
    std::vector<Ident*> recv_tparams;
    Expr* rt = receiver_base(fd->recv, &ptr, &recv_tparams);
    auto* id = as<Ident>(rt);
    Object* tn = id ? p->scope->lookup_local(id->name) : nullptr;
    Object* o = new_object(ObjKind::Func, fd->name->name, fd->name->range, nullptr);
    o->state = Object::State::Unchecked;
    o->spec = fd;
    o->decl = fd;
    o->ptr_recv = ptr;
    o->decl_order = order++;
    fd->name->obj = o;
    if (!tn || tn->kind != ObjKind::TypeName || !tn->type || tn->type->kind != Kind::Named) {
      if (!id)
        error(rt, DiagKind::InvalidType, "invalid receiver type " + src(rt));
      else if (!tn)
        error(id, DiagKind::Undefined, "undefined: " + id->name);
      else
        error(id, DiagKind::InvalidType, "invalid receiver type " + id->name);
      continue;
    }
    id->obj = tn;
    tn->used = true;
    auto* tspec = as<TypeSpec>(tn->spec);
    size_t want = tspec ? tparam_count(tspec->tparams) : 0;
    if (recv_tparams.size() != want) {
      if (want == 0)
        error(rt, DiagKind::TypeError, "cannot index " + id->name + " (it is not a generic type)");
      else
        error(rt, DiagKind::TypeError,
              "receiver declares " + std::to_string(recv_tparams.size()) +
                  " type parameters, but receiver base type declares " + std::to_string(want));
      continue;
    }
    Type* named = const_cast<Type*>(tn->type);
    o->recv_named = named;
    bool dup = false;
    for (Object* m : named->decl_methods)
      if (m->name == o->name && o->name != "_") {
        error(fd->name, DiagKind::Redeclared,
              "method " + named->name + "." + o->name + " already declared");
        dup = true;
      }
    if (!dup) named->decl_methods.push_back(o);
  }
}

void Checker::Impl::record_dep(Object* obj) {
  if (!decl_obj || obj == decl_obj) return;
  if (obj->pkg != pkg) return;
  if ((obj->kind == ObjKind::Var && obj->is_global) || obj->kind == ObjKind::Func)
    deps[decl_obj].push_back(obj);
}

void Checker::Impl::check_obj(Object* obj) {
  if (obj->state == Object::State::Done) return;
  if (obj->state == Object::State::Checking) {
    if (obj->kind == ObjKind::TypeName) return;  // recursive types are resolved via Named
    if (obj->kind == ObjKind::Func) return;      // recursive functions are fine
    error(obj->pos, DiagKind::TypeError,
          "initialization cycle or invalid recursive reference to " + obj->name);
    obj->type = types.invalid();
    return;
  }
  obj->state = Object::State::Checking;
  // Save the function-body context: package-level declarations are checked in isolation,
  // in their own package (an instance of another package's generic is checked there).
  Package* saved_pkg = pkg;
  int saved_file = file;
  Scope* saved_file_scope = file_scope;
  if (obj->pkg && obj->pkg != pkg && obj->pkg->file_scope) {
    pkg = obj->pkg;
    file = pkg->file_index;
    file_scope = pkg->file_scope;
  }
  FuncInfo* saved_func = func;
  Scope* saved_scope = scope;
  const Constant* saved_iota = iota;
  Object* saved_decl = decl_obj;
  auto saved_branches = std::move(branch_stack);
  branch_stack.clear();
  func = nullptr;
  iota = nullptr;
  scope = nullptr;
  // The declaring file's scope.
  decl_obj = obj;
  switch (obj->kind) {
    case ObjKind::Const:
      check_const_spec(obj);
      break;
    case ObjKind::Var:
      check_var_spec(static_cast<ValueSpec*>(obj->spec));
      break;
    case ObjKind::TypeName:
      check_type_spec(obj);
      break;
    case ObjKind::Func:
      check_func_decl(obj);
      break;
    default:
      break;
  }
  obj->state = Object::State::Done;
  pkg = saved_pkg;
  file = saved_file;
  file_scope = saved_file_scope;
  func = saved_func;
  scope = saved_scope;
  iota = saved_iota;
  decl_obj = saved_decl;
  branch_stack = std::move(saved_branches);
}

// The scope for package-level declarations: the file scope of the (single) file.
static Scope* package_file_scope(Checker::Impl& c) {
  return c.file_scope ? c.file_scope : c.pkg->scope;
}

size_t tparam_count(const std::vector<Field*>& fields) {
  size_t n = 0;
  for (Field* f : fields) n += f->names.size();
  return n;
}

void Checker::Impl::check_const_spec(Object* obj) {
  auto* vs = static_cast<ValueSpec*>(obj->spec);
  scope = package_file_scope(*this);
  Constant iv = Constant::of_int(vs->iota);
  iota = new_constant(iv);
  const Type* t = vs->type ? type_expr(vs->type) : nullptr;
  obj->type = types.invalid();
  if (size_t(obj->spec_index) >= vs->values.size()) {
    if (vs->values.empty())
      error(obj->pos, DiagKind::AssignmentMismatch, "missing init expr for const declaration");
    iota = nullptr;
    return;
  }
  Expr* e = vs->values[obj->spec_index];
  // Shared (inherited) expressions are re-checked for each object: reset annotations.
  expr(e, t);
  if (e->mode != ExprMode::Constant) {
    if (e->mode != ExprMode::Invalid)
      error(e, DiagKind::TypeError, describe(e) + " is not constant");
    iota = nullptr;
    return;
  }
  if (t) {
    if (!assignable(e, t, "constant declaration")) {
      iota = nullptr;
      return;
    }
  }
  obj->type = e->type;
  obj->value = *e->cval;
  iota = nullptr;
}

void Checker::Impl::check_var_spec(ValueSpec* vs) {
  scope = package_file_scope(*this);
  const Type* t = vs->type ? type_expr(vs->type) : nullptr;
  std::vector<Object*> objs;
  for (Ident* id : vs->names) {
    objs.push_back(id->obj);
    id->obj->state = Object::State::Checking;
  }
  Object* first = objs[0];
  Object* saved_decl = decl_obj;
  decl_obj = first;  // a multi-name spec records dependencies on its first object
  if (vs->values.empty()) {
    for (Object* o : objs) o->type = t ? t : types.invalid();
  } else if (vs->values.size() == vs->names.size()) {
    for (size_t i = 0; i < objs.size(); i++) {
      Expr* e = vs->values[i];
      expr(e, t);
      if (t) {
        assignable(e, t, "variable declaration");
        objs[i]->type = t;
      } else {
        if (e->mode == ExprMode::NoValue) {
          error(e, DiagKind::TypeError, src(e) + " (no value) used as value");
          objs[i]->type = types.invalid();
          continue;
        }
        if (e->type && e->type->kind == Kind::UntypedNil) {
          error(e, DiagKind::TypeError, "use of untyped nil in variable declaration");
          objs[i]->type = types.invalid();
          continue;
        }
        convert_untyped(e, nullptr);
        objs[i]->type = e->type ? e->type : types.invalid();
      }
    }
  } else if (vs->values.size() == 1) {
    Expr* e = vs->values[0];
    multi_expr(e);
    const Type* tt = e->type;
    size_t n = tt && tt->kind == Kind::Tuple ? tt->results.size() : 1;
    if ((e->mode == ExprMode::CommaOk || e->mode == ExprMode::MapIndex) && objs.size() == 2) n = 2;
    if (n != objs.size()) {
      error(vs->names[0], DiagKind::AssignmentMismatch,
            "assignment mismatch: " + std::to_string(objs.size()) + " variables but " +
                (as<CallExpr>(e) ? src(static_cast<CallExpr*>(e)->fun) + " returns " : "") +
                std::to_string(n) + " value" + (n == 1 ? "" : "s"));
      for (Object* o : objs) o->type = types.invalid();
    } else {
      for (size_t i = 0; i < objs.size(); i++) {
        const Type* et = tt && tt->kind == Kind::Tuple ? tt->results[i]
                         : i == 0                      ? e->type
                                                       : types.basic(Kind::Bool);
        if (i == 0 && tt && tt->kind != Kind::Tuple && is_untyped(et)) et = default_type(et);
        if (t && !assignable_type(et, t))
          error(e, DiagKind::MismatchedTypes,
                "cannot use " + type_string(et) + " value as " + type_string(t) +
                    " value in assignment");
        objs[i]->type = t ? t : et;
      }
      if (e->mode == ExprMode::CommaOk || e->mode == ExprMode::MapIndex)
        e->mode = ExprMode::CommaOk;
    }
  } else {
    error(vs->names[0], DiagKind::AssignmentMismatch,
          "assignment mismatch: " + std::to_string(objs.size()) + " variables but " +
              std::to_string(vs->values.size()) + " value" + (vs->values.size() == 1 ? "" : "s"));
    for (Object* o : objs) o->type = types.invalid();
    for (Expr* e : vs->values) expr(e);
  }
  decl_obj = saved_decl;
  for (Object* o : objs) o->state = Object::State::Done;
}

void Checker::Impl::check_type_spec(Object* obj) {
  auto* ts = static_cast<TypeSpec*>(obj->spec);
  scope = obj->bindings ? obj->bindings : package_file_scope(*this);
  if (is_generic(obj)) {
    // The generic itself is only its type parameters: each instance has the type.
    if (ts->alias) {
      error(ts->name, DiagKind::Unsupported, "generic type aliases are not supported");
      obj->type = types.invalid();
      return;
    }
    obj->tparams = declare_type_params(ts->tparams, new_scope(scope));
    const_cast<Type*>(obj->type)->underlying_ = types.invalid();
    return;
  }
  if (ts->alias) {
    obj->type = type_expr(ts->type);
    return;
  }
  Type* named = const_cast<Type*>(obj->type);
  named->underlying_ = types.invalid();  // guards against invalid recursion while resolving
  obj->state = Object::State::Checking;
  const Type* rhs = type_expr(ts->type);
  if (rhs->kind == Kind::Named && rhs != named && rhs->underlying_ == types.invalid() && rhs->obj &&
      rhs->obj->state == Object::State::Checking) {
    // type T2 T1 met while T1 itself is being resolved (T1 struct{ next *T2 }): T2's
    // underlying type is T1's, known once T1 is done.
    pending_underlying.push_back({named, rhs});
    return;
  }
  const Type* u = under(rhs);
  if (u == nullptr ||
      (rhs->kind == Kind::Named && rhs->underlying_ == types.invalid() && rhs == named)) {
    error(ts->name, DiagKind::InvalidType, "invalid recursive type " + ts->name->name);
    u = types.invalid();
  }
  named->underlying_ = u ? u : types.invalid();
  // Types waiting for this one (directly or through each other) get their underlying type.
  for (bool progress = true; progress;) {
    progress = false;
    for (auto it = pending_underlying.begin(); it != pending_underlying.end();)
      if (it->second->underlying_ != types.invalid()) {
        it->first->underlying_ = under(it->second);
        it = pending_underlying.erase(it);
        progress = true;
      } else {
        ++it;
      }
  }
  // Fields and methods may not share a name.
  if (u && u->kind == Kind::Struct)
    for (Object* m : named->decl_methods)
      for (auto& f : u->fields)
        if (f.name == m->name)
          error(m->pos, DiagKind::Redeclared, "field and method with the same name " + m->name);
}

void Checker::Impl::check_func_decl(Object* obj) {
  FuncDecl* fd = obj->decl;
  scope = obj->bindings ? obj->bindings : package_file_scope(*this);
  if (is_generic(obj)) {
    // Only the signature, in terms of the type parameters: instances are checked and compiled.
    scope = new_scope(scope);
    obj->tparams = declare_type_params(fd->tparams, scope);
    obj->type = func_type(fd->sig, nullptr, nullptr);
    if (!fd->body && !pkg->is_std)
      error(fd->name, DiagKind::MissingReturn, "missing function body");
    return;
  }
  FuncInfo* info = &funcinfos.emplace_back();
  info->node = fd;
  info->file = file;
  fd->info = info;
  obj->func = info;
  // Go's run-time names: instances as main.F[...] and main.(*T[...]).M.
  std::string inst = obj->origin ? "[...]" : "";
  if (obj->recv_named) {
    std::string recv = obj->recv_named->name + inst;
    info->name = (pkg->path == "main" ? std::string("main") : pkg->path) + "." +
                 (obj->ptr_recv ? "(*" + recv + ")" : recv) + "." + obj->name;
  } else {
    info->name = (pkg->path == "main" ? std::string("main") : pkg->path) + "." + obj->name + inst;
  }
  if (fd->sig && (fd->recv || true)) {
    obj->type = func_type(fd->sig, fd->recv, info);
  }
  info->sig = obj->type;
  owner.all_funcs_.push_back(info);
  pending_bodies.push_back(fd);
  if (!fd->body && !pkg->is_std) error(fd->name, DiagKind::MissingReturn, "missing function body");
}

void Checker::Impl::compute_init_order(Package* p) {
  // Transitive dependencies of each package variable through functions and methods.
  std::vector<Object*> vars;
  for (Object* o : p->objects)
    if (o->kind == ObjKind::Var) vars.push_back(o);
  std::unordered_map<Object*, std::unordered_set<Object*>> var_deps;
  for (Object* v : vars) {
    // The spec's first object carries the dependencies of the whole spec.
    auto* vs = static_cast<ValueSpec*>(v->spec);
    Object* key = vs->names[0]->obj;
    std::unordered_set<Object*> seen, out;
    std::vector<Object*> work(deps[key].begin(), deps[key].end());
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      if (!seen.insert(o).second) continue;
      if (o->kind == ObjKind::Var) {
        auto* ovs = static_cast<ValueSpec*>(o->spec);
        Object* okey = ovs ? ovs->names[0]->obj : o;
        if (okey != key) out.insert(okey);
      } else {
        for (Object* d : deps[o]) work.push_back(d);
      }
    }
    if (out.count(key)) out.erase(key);
    var_deps[key] = std::move(out);
  }
  std::unordered_set<Object*> done;
  std::vector<Object*> keys;
  for (Object* v : vars) {
    auto* vs = static_cast<ValueSpec*>(v->spec);
    if (vs->names[0]->obj == v) keys.push_back(v);
  }
  while (done.size() < keys.size()) {
    bool progress = false;
    for (Object* k : keys) {
      if (done.count(k)) continue;
      bool ready = true;
      for (Object* d : var_deps[k])
        if (!done.count(d)) {
          ready = false;
          break;
        }
      if (!ready) continue;
      done.insert(k);
      p->var_init_order.push_back(k);
      progress = true;
      break;  // restart from the earliest declaration
    }
    if (!progress) {
      for (Object* k : keys)
        if (!done.count(k)) {
          error(k->pos, DiagKind::TypeError,
                "initialization cycle: " + k->name + " refers to itself");
          done.insert(k);
          p->var_init_order.push_back(k);
          break;
        }
    }
  }
}

}  // namespace gs
