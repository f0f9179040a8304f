// Generics by instantiation: type parameter lists and constraints (type sets), constraint
// satisfaction, type argument inference by unification, and instances. An instance is
// checked from a fresh copy of the generic declaration's syntax in a scope that binds each
// type parameter's name to its argument, so it is ordinary code for the compiler.
#include <algorithm>

#include "check/checker_impl.h"
#include "parse/parser.h"

namespace gs {

bool is_generic(const Object* o) {
  if (o->origin) return false;
  if (o->kind == ObjKind::Func) return o->decl && !o->decl->tparams.empty();
  auto* ts = o->kind == ObjKind::TypeName ? as<TypeSpec>(o->spec) : nullptr;
  return ts && !ts->tparams.empty();
}

bool mentions_type_param(const Type* t, int depth) {
  if (!t || depth > 64) return false;
  switch (t->kind) {
    case Kind::TypeParam:
      return true;
    case Kind::Named:
      for (const Type* a : t->targs)
        if (mentions_type_param(a, depth + 1)) return true;
      return false;
    case Kind::Array:
    case Kind::Slice:
    case Kind::Pointer:
    case Kind::Chan:
      return mentions_type_param(t->elem, depth + 1);
    case Kind::Map:
      return mentions_type_param(t->key, depth + 1) || mentions_type_param(t->elem, depth + 1);
    case Kind::Func:
    case Kind::Tuple:
      for (const Type* p : t->params)
        if (mentions_type_param(p, depth + 1)) return true;
      for (const Type* r : t->results)
        if (mentions_type_param(r, depth + 1)) return true;
      return false;
    case Kind::Struct:
      for (const StructField& f : t->fields)
        if (mentions_type_param(f.type, depth + 1)) return true;
      return false;
    case Kind::Interface:
      for (const Method& m : t->methods)
        if (mentions_type_param(m.sig, depth + 1)) return true;
      for (const Term& term : t->terms)
        if (mentions_type_param(term.type, depth + 1)) return true;
      return false;
    default:
      return false;
  }
}

namespace {

int index_of(const std::vector<const Type*>& tparams, const Type* t) {
  for (size_t i = 0; i < tparams.size(); i++)
    if (tparams[i] == t) return int(i);
  return -1;
}

// "~int | string", as Go prints a type set.
std::string terms_text(const std::vector<Term>& terms) {
  std::string out;
  for (size_t i = 0; i < terms.size(); i++)
    out += (i ? " | " : "") + std::string(terms[i].tilde ? "~" : "") + type_string(terms[i].type);
  return out;
}

// Whether type t is in the set of term.
bool in_term(const Type* t, const Term& term) {
  return term.tilde ? under(t) == term.type : t == term.type;
}

// The terms in both sets (each a union).
std::vector<Term> intersect(const std::vector<Term>& a, const std::vector<Term>& b) {
  std::vector<Term> out;
  auto add = [&](Term t) {
    for (const Term& o : out)
      if (o.tilde == t.tilde && o.type == t.type) return;
    out.push_back(t);
  };
  for (const Term& x : a)
    for (const Term& y : b) {
      if (x.tilde && y.tilde) {
        if (x.type == y.type) add(x);
      } else if (x.tilde) {
        if (in_term(y.type, x)) add(y);
      } else if (in_term(x.type, y)) {
        add(x);
      }
    }
  return out;
}

}  // namespace

// How a constraint is named in messages: an implicit interface (a bare union) as its terms.
std::string Checker::Impl::constraint_text(const Type* c) {
  if (c->kind != Kind::Named && c->kind == Kind::Interface && c->has_terms && c->methods.empty() &&
      !c->comparable)
    return terms_text(c->terms);
  return type_string(c);
}

std::vector<Term> Checker::Impl::union_terms(Expr* e) {
  if (auto* b = as<BinaryExpr>(e); b && b->op == Tok::Or) {
    std::vector<Term> out = union_terms(b->x);
    for (const Term& t : union_terms(b->y)) {
      bool dup = false;
      for (const Term& o : out) dup |= o.tilde == t.tilde && o.type == t.type;
      if (!dup) out.push_back(t);
    }
    return out;
  }
  if (auto* u = as<UnaryExpr>(e); u && u->op == Tok::Tilde) {
    const Type* t = type_expr(u->x);
    if (t->kind == Kind::Invalid) return {};
    if (under(t) != t) {
      error(e, DiagKind::InvalidType,
            "invalid use of ~ (underlying type of " + type_string(t) + " is " +
                type_string(under(t)) + ")");
      return {};
    }
    if (t->kind == Kind::Interface) {
      error(e, DiagKind::InvalidType, "invalid use of ~ (" + type_string(t) + " is an interface)");
      return {};
    }
    return {Term{true, t}};
  }
  const Type* t = type_expr(e);
  if (t->kind == Kind::Invalid) return {};
  const Type* u = under(t);
  if (u && u->kind == Kind::Interface) {
    if (u->has_terms && u->methods.empty() && !u->comparable) return u->terms;
    if (!u->has_terms && u->methods.empty() && !u->comparable) return {};  // any: all types
    error(e, DiagKind::InvalidType,
          "cannot use " + type_string(t) + " in union (" + type_string(t) +
              (u->comparable ? " is comparable)" : " contains methods)"));
    return {};
  }
  return {Term{false, t}};
}

// The interface a type parameter's constraint expression denotes: an interface type, or an
// implicit interface{ E } for a union, a ~T term or another type.
const Type* Checker::Impl::constraint_of(Expr* e) {
  bool is_union = (as<BinaryExpr>(e) && static_cast<BinaryExpr*>(e)->op == Tok::Or) ||
                  (as<UnaryExpr>(e) && static_cast<UnaryExpr*>(e)->op == Tok::Tilde);
  if (!is_union) {
    const Type* t = type_expr(e);
    if (t->kind == Kind::Invalid) return types.empty_interface;
    if (t->kind == Kind::Named && t->obj && t->obj->state != Object::State::Done) check_obj(t->obj);
    if (under(t) && under(t)->kind == Kind::Interface) return t;
    return types.constraint({}, true, {Term{false, t}}, false);
  }
  // A union that is only "any" (any | int) is all types.
  auto* b = as<BinaryExpr>(e);
  std::vector<Term> terms = union_terms(e);
  if (terms.empty() && b) return types.empty_interface;
  return types.constraint({}, true, std::move(terms), false);
}

// Adds an embedded element's type set to an interface being built (interface_type).
void Checker::Impl::embed_type_set(const Type* elem, bool* has_terms, std::vector<Term>* terms,
                                   bool* comparable) {
  const Type* u = under(elem);
  if (!u->has_terms && !u->comparable) return;
  *comparable |= u->comparable;
  if (!u->has_terms) return;
  *terms = *has_terms ? intersect(*terms, u->terms) : u->terms;
  *has_terms = true;
}

bool Checker::Impl::satisfies(const Type* t, const Type* c, std::string* why) {
  const Type* cu = under(c);
  if (!cu || cu->kind != Kind::Interface || t->kind == Kind::Invalid) return true;
  std::string ts = type_string(t);
  if (t->kind == Kind::TypeParam) {
    // A type parameter satisfies c when its own constraint's type set is inside c's.
    const Type* tc = under(t->constraint);
    bool all_comparable = tc->has_terms;
    for (const Term& term : tc->terms) all_comparable &= is_comparable(term.type);
    if (cu->comparable && !tc->comparable && !all_comparable) {
      *why = ts + " does not satisfy comparable";
      return false;
    }
    if (cu->has_terms) {
      bool inside = tc->has_terms;
      for (const Term& term : tc->terms) {
        bool in = false;
        for (const Term& ct : cu->terms)
          in |= ct.tilde ? under(term.type) == ct.type : !term.tilde && term.type == ct.type;
        inside &= in;
      }
      if (!inside) {
        *why = ts + " does not satisfy " + constraint_text(c);
        return false;
      }
    }
  } else {
    if (cu->has_terms) {
      bool in = false;
      for (const Term& term : cu->terms) in |= in_term(t, term);
      if (!in) {
        *why = ts + " does not satisfy " + constraint_text(c) + " (" + ts + " missing in " +
               terms_text(cu->terms) + ")";
        return false;
      }
    }
    if (cu->comparable && !is_comparable(t)) {
      *why = ts + " does not satisfy comparable";
      return false;
    }
  }
  if (cu->methods.empty()) return true;
  const Type* tm = t;
  if (t->kind == Kind::TypeParam) tm = types.interface(under(t->constraint)->methods);
  std::string reason;
  if (implements(tm, types.interface(cu->methods), &reason)) return true;
  *why = ts + " does not satisfy " + constraint_text(c) + " " + reason;
  return false;
}

// Declares the type parameters of a generic declaration in scope s, then their constraints
// (which may mention any of them: [S ~[]E, E any]).
std::vector<const Type*> Checker::Impl::declare_type_params(const std::vector<Field*>& fields,
                                                            Scope* s) {
  std::vector<const Type*> out;
  std::vector<std::pair<Type*, Expr*>> pending;
  for (Field* f : fields)
    for (Ident* id : f->names) {
      Object* o = new_object(ObjKind::TypeName, id->name, id->range, nullptr);
      Type* tp = types.new_type_param(id->name, o);
      tp->constraint = types.empty_interface;
      o->type = tp;
      o->used = true;
      id->obj = o;
      declare(s, o);
      out.push_back(tp);
      pending.push_back({tp, f->type});
    }
  Scope* saved = scope;
  scope = s;
  Expr* last = nullptr;
  const Type* last_c = nullptr;
  for (auto& [tp, e] : pending) {
    if (e != last) last_c = constraint_of(e);  // a group shares its constraint
    last = e;
    tp->constraint = last_c;
  }
  scope = saved;
  return out;
}

// A scope inside parent where the type parameter names of fields (an instance's copy of the
// declaration) denote targs.
Scope* Checker::Impl::bind_type_params(const std::vector<Ident*>& names,
                                       const std::vector<const Type*>& targs, Scope* parent) {
  Scope* s = new_scope(parent);
  for (size_t i = 0; i < names.size() && i < targs.size(); i++) {
    Object* o = new_object(ObjKind::TypeName, names[i]->name, names[i]->range, targs[i]);
    o->binds_tparam = true;
    o->used = true;
    names[i]->obj = o;
    declare(s, o);
  }
  return s;
}

static std::vector<Ident*> tparam_names(const std::vector<Field*>& fields) {
  std::vector<Ident*> out;
  for (Field* f : fields) out.insert(out.end(), f->names.begin(), f->names.end());
  return out;
}

const Type* Checker::Impl::subst(const Type* t, const std::vector<const Type*>& from,
                                 const std::vector<const Type*>& to) {
  if (!t || !mentions_type_param(t, 0)) return t;
  auto s = [&](const Type* x) { return subst(x, from, to); };
  switch (t->kind) {
    case Kind::TypeParam: {
      int i = index_of(from, t);
      return i >= 0 && to[size_t(i)] ? to[size_t(i)] : t;
    }
    case Kind::Named: {
      std::vector<const Type*> args;
      for (const Type* a : t->targs) args.push_back(s(a));
      if (args == t->targs) return t;
      return instantiate_type(t->obj->origin, args, {});
    }
    case Kind::Array:
      return types.array(s(t->elem), t->len);
    case Kind::Slice:
      return types.slice(s(t->elem));
    case Kind::Pointer:
      return types.pointer(s(t->elem));
    case Kind::Chan:
      return types.chan(s(t->elem), t->dir);
    case Kind::Map:
      return types.map(s(t->key), s(t->elem));
    case Kind::Func:
    case Kind::Tuple: {
      std::vector<const Type*> ps, rs;
      for (const Type* p : t->params) ps.push_back(s(p));
      for (const Type* r : t->results) rs.push_back(s(r));
      return t->kind == Kind::Tuple ? types.tuple(rs) : types.func(ps, rs, t->variadic);
    }
    case Kind::Struct: {
      std::vector<StructField> fs = t->fields;
      for (StructField& f : fs) f.type = s(f.type);
      return types.strukt(fs);
    }
    case Kind::Interface: {
      std::vector<Method> ms = t->methods;
      for (Method& m : ms) m.sig = s(m.sig);
      std::vector<Term> terms = t->terms;
      for (Term& term : terms) term.type = s(term.type);
      return types.constraint(ms, t->has_terms, terms, t->comparable);
    }
    default:
      return t;
  }
}

Object* Checker::Impl::find_instance(const Object* generic,
                                     const std::vector<const Type*>& targs) const {
  for (const Impl* c = this; c; c = c->base) {
    auto it = c->instances.find({generic, targs});
    if (it != c->instances.end()) return it->second;
  }
  return nullptr;
}

// Checks that targs satisfy the constraints of generic's type parameters, reporting at
// at[i] (or at at[0] when the arguments were inferred).
bool Checker::Impl::check_satisfied(Object* generic, const std::vector<const Type*>& targs,
                                    const std::vector<Range>& at) {
  bool ok = true;
  for (size_t i = 0; i < generic->tparams.size() && i < targs.size(); i++) {
    const Type* c = subst(generic->tparams[i]->constraint, generic->tparams, targs);
    std::string why;
    if (!satisfies(targs[i], c, &why)) {
      if (!at.empty()) error(at[std::min(i, at.size() - 1)], DiagKind::TypeError, why);
      ok = false;
    }
  }
  return ok;
}

const Type* Checker::Impl::instantiate_type(Object* generic, const std::vector<const Type*>& targs,
                                            const std::vector<Range>& at) {
  if (generic->state != Object::State::Done) check_obj(generic);
  if (Object* inst = find_instance(generic, targs)) return inst->type;
  if (!at.empty() && !check_satisfied(generic, targs, at)) return types.invalid();
  if (instantiation_cycle(generic, targs, at)) return types.invalid();
  if (++instance_depth_ > kMaxInstanceDepth) {
    instance_depth_--;
    error(at.empty() ? generic->pos : at[0], DiagKind::TypeError,
          "instantiation cycle: " + generic->name + " is instantiated with ever larger types");
    return types.invalid();
  }
  auto* spec = static_cast<TypeSpec*>(generic->spec);
  TypeSpec* ts = reparse_type_spec(*files[size_t(generic->file)], spec->range.begin, ast, diags);
  Object* inst = new_object(ObjKind::TypeName, generic->name, generic->pos, nullptr);
  inst->pkg = generic->pkg;
  inst->file = generic->file;
  inst->origin = generic;
  inst->targs = targs;
  inst->spec = ts;
  inst->state = Object::State::Unchecked;
  inst->bindings = bind_type_params(tparam_names(ts->tparams), targs, generic->pkg->file_scope);
  ts->name->obj = inst;
  Type* named = types.new_named(generic->name, generic->pkg, inst);
  named->targs = targs;
  inst->type = named;
  instances[{generic, targs}] = inst;
  bool open = false;
  for (const Type* a : targs) open |= mentions_type_param(a, 0);
  // The methods: each from its own copy, bound to the same arguments through the names its
  // receiver declares. Checked later (an open instance, inside a generic signature, has none).
  if (!open)
    for (Object* m : const_cast<Type*>(generic->type)->decl_methods) {
      FuncDecl* fd = reparse_func_decl(*files[size_t(m->file)], m->decl->range.begin, ast, diags);
      std::vector<Ident*> names;
      receiver_base(fd->recv, nullptr, &names);
      // A blank receiver type parameter (T[_]) still needs a name to bind the argument to.
      for (size_t i = 0; i < names.size(); i++)
        if (names[i]->name == "_") names[i]->name = "_#" + std::to_string(i);
      Object* im = new_object(ObjKind::Func, m->name, m->pos, nullptr);
      im->pkg = m->pkg;
      im->file = m->file;
      im->origin = m;
      im->targs = targs;
      im->decl = fd;
      im->spec = fd;
      im->ptr_recv = m->ptr_recv;
      im->recv_named = named;
      im->state = Object::State::Unchecked;
      im->bindings = bind_type_params(names, targs, generic->pkg->file_scope);
      fd->name->obj = im;
      named->decl_methods.push_back(im);
      pending_methods.push_back(im);
    }
  check_obj(inst);
  instance_depth_--;
  return named;
}

// How deeply t nests types in types ([][]*int: 4): instances whose arguments keep growing
// (F[T] calling F[*T]) are an instantiation cycle, which Go rejects.
static int type_depth(const Type* t, int depth = 0) {
  if (!t || depth > kMaxTypeArgDepth) return depth;
  int d = 0;
  switch (t->kind) {
    case Kind::Array:
    case Kind::Slice:
    case Kind::Pointer:
    case Kind::Chan:
      d = type_depth(t->elem, depth + 1);
      break;
    case Kind::Map:
      d = std::max(type_depth(t->key, depth + 1), type_depth(t->elem, depth + 1));
      break;
    case Kind::Named:
      for (const Type* a : t->targs) d = std::max(d, type_depth(a, depth + 1));
      break;
    case Kind::Func:
      for (const Type* p : t->params) d = std::max(d, type_depth(p, depth + 1));
      for (const Type* r : t->results) d = std::max(d, type_depth(r, depth + 1));
      break;
    default:
      break;
  }
  return std::max(d, depth + 1);
}

bool Checker::Impl::instantiation_cycle(Object* generic, const std::vector<const Type*>& targs,
                                        const std::vector<Range>& at) {
  // Reported as Go does: at the type parameter, naming where it grows.
  for (size_t i = 0; i < targs.size() && i < generic->tparams.size(); i++)
    if (type_depth(targs[i]) > kMaxTypeArgDepth) {
      const Object* tp = generic->tparams[i]->obj;
      std::string where = at.empty() ? "" : where_text(file, at[0].begin) + ": ";
      int saved = file;
      file = tp->file;
      error(tp->pos, DiagKind::TypeError,
            "instantiation cycle:\n\t" + where + tp->name + " instantiated with ever larger types");
      file = saved;
      return true;
    }
  return false;
}

Object* Checker::Impl::instantiate_func(Object* generic, const std::vector<const Type*>& targs,
                                        const std::vector<Range>& at) {
  if (Object* inst = find_instance(generic, targs)) return inst;
  if (instantiation_cycle(generic, targs, at)) return nullptr;
  if (!check_satisfied(generic, targs, at)) return nullptr;
  FuncDecl* fd =
      reparse_func_decl(*files[size_t(generic->file)], generic->decl->range.begin, ast, diags);
  Object* inst = new_object(ObjKind::Func, generic->name, generic->pos, nullptr);
  inst->pkg = generic->pkg;
  inst->file = generic->file;
  inst->origin = generic;
  inst->targs = targs;
  inst->decl = fd;
  inst->spec = fd;
  inst->state = Object::State::Unchecked;
  inst->bindings = bind_type_params(tparam_names(fd->tparams), targs, generic->pkg->file_scope);
  fd->name->obj = inst;
  instances[{generic, targs}] = inst;
  check_obj(inst);
  return inst;
}

// The type arguments of an index expression x[A, B], checked as types.
std::vector<const Type*> Checker::Impl::type_args(IndexExpr* ie, std::vector<Range>* at) {
  std::vector<const Type*> out;
  std::vector<Expr*> args{ie->index};
  args.insert(args.end(), ie->rest.begin(), ie->rest.end());
  for (Expr* a : args) {
    out.push_back(type_expr(a));
    if (at) at->push_back(a->range);
  }
  return out;
}

// G[A, B] where G (ie->x, checked) names a generic type: the instance, or invalid.
const Type* Checker::Impl::instance_type(IndexExpr* ie) {
  Object* g = nullptr;
  if (auto* id = as<Ident>(unparen(ie->x))) g = id->obj;
  if (auto* se = as<SelectorExpr>(unparen(ie->x))) g = se->sel->obj;
  if (!g || g->kind != ObjKind::TypeName || !is_generic(g)) {
    for (Expr* a : ie->rest) type_expr(a);
    type_expr(ie->index);
    error(ie->x, DiagKind::TypeError,
          "invalid operation: " + src(ie) + " (" + src(ie->x) + " is not a generic type)");
    return types.invalid();
  }
  std::vector<Range> at;
  std::vector<const Type*> targs = type_args(ie, &at);
  if (g->state != Object::State::Done) check_obj(g);
  for (const Type* t : targs)
    if (t->kind == Kind::Invalid) return types.invalid();
  if (targs.size() != g->tparams.size()) {
    if (targs.size() < g->tparams.size())
      error(ie->x, DiagKind::TypeError,
            "not enough type arguments for type " + g->name + ": have " +
                std::to_string(targs.size()) + ", want " + std::to_string(g->tparams.size()));
    else
      error(at[g->tparams.size()], DiagKind::TypeError,
            "too many type arguments for type " + g->name + ": have " +
                std::to_string(targs.size()) + ", want " + std::to_string(g->tparams.size()));
    return types.invalid();
  }
  return instantiate_type(g, targs, at);
}

Object* Checker::Impl::generic_func(Expr* e) {
  e = unparen(e);
  Object* o = nullptr;
  if (auto* id = as<Ident>(e)) o = id->obj;
  if (auto* se = as<SelectorExpr>(e); se && !se->selection) o = se->sel->obj;
  return o && o->kind == ObjKind::Func && is_generic(o) ? o : nullptr;
}

// Makes the name (or pkg.Name) e denote the instance inst.
void Checker::Impl::denote_instance(Expr* e, Object* inst) {
  e = unparen(e);
  if (auto* id = as<Ident>(e)) id->obj = inst;
  if (auto* se = as<SelectorExpr>(e)) {
    se->sel->obj = inst;
    se->sel->type = inst->type;
  }
  e->type = inst->type;
  e->mode = ExprMode::Value;
}

std::string Checker::Impl::declared_at(const Object* o) const {
  return where_text(o->file, o->pos.begin);
}

std::string Checker::Impl::where_text(int f, uint32_t offset) const {
  // As Go prints a path given on the command line: x.go as ./x.go, dir/x.go as it is.
  const SourceFile& sf = *files[size_t(f)];
  std::string where = sf.describe(offset);
  return f == 0 && sf.name().find('/') == std::string::npos ? "./" + where : where;
}

namespace {

// Unification of a parameter type x (mentioning the type parameters tps) with an argument
// type y, binding tps in bound. Inexact: a defined type unifies with a type literal of its
// underlying type, and channel directions may differ (assignability is checked afterwards).
struct Unifier {
  const std::vector<const Type*>& tps;
  std::vector<const Type*>& bound;

  bool unify(const Type* x, const Type* y, int depth = 0) {
    if (x == y) return true;
    if (!x || !y || depth > 64) return false;
    int i = index_of(tps, x);
    if (i >= 0) {
      const Type*& b = bound[size_t(i)];
      if (!b) {
        b = y;
        return true;
      }
      if (b == y) return true;
      if (is_named(b) != is_named(y) && under(b) == under(y)) {
        if (is_named(y)) b = y;  // the defined type wins
        return true;
      }
      return false;
    }
    if (!mentions_type_param(x, 0)) return true;  // nothing to infer: assignability decides
    if (x->kind == Kind::Named) {
      // A type literal unifies with the underlying type of an instance (List[T] and []int).
      if (y->kind != Kind::Named && under(x) && under(x)->kind != Kind::Invalid)
        return unify(under(x), y, depth + 1);
      if (y->kind != Kind::Named || !y->obj || !x->obj || y->obj->origin != x->obj->origin ||
          y->targs.size() != x->targs.size())
        return false;
      for (size_t k = 0; k < x->targs.size(); k++)
        if (!unify(x->targs[k], y->targs[k], depth + 1)) return false;
      return true;
    }
    if (y->kind == Kind::Named) y = under(y);
    if (!y || x->kind != y->kind) return false;
    switch (x->kind) {
      case Kind::Array:
        if (x->len != y->len) return false;
        [[fallthrough]];
      case Kind::Slice:
      case Kind::Pointer:
      case Kind::Chan:
        return unify(x->elem, y->elem, depth + 1);
      case Kind::Map:
        return unify(x->key, y->key, depth + 1) && unify(x->elem, y->elem, depth + 1);
      case Kind::Func:
      case Kind::Tuple:
        if (x->params.size() != y->params.size() || x->results.size() != y->results.size() ||
            x->variadic != y->variadic)
          return false;
        for (size_t k = 0; k < x->params.size(); k++)
          if (!unify(x->params[k], y->params[k], depth + 1)) return false;
        for (size_t k = 0; k < x->results.size(); k++)
          if (!unify(x->results[k], y->results[k], depth + 1)) return false;
        return true;
      case Kind::Struct:
        if (x->fields.size() != y->fields.size()) return false;
        for (size_t k = 0; k < x->fields.size(); k++)
          if (x->fields[k].name != y->fields[k].name ||
              !unify(x->fields[k].type, y->fields[k].type, depth + 1))
            return false;
        return true;
      default:
        return true;
    }
  }
};

}  // namespace

// Infers the type arguments of a call of generic g (explicit ones first in targs) from the
// checked arguments. Reports what cannot be inferred; false then.
bool Checker::Impl::infer(Object* g, CallExpr* ce, const std::vector<Expr*>& args,
                          const std::vector<const Type*>& arg_types,
                          std::vector<const Type*>& targs, Range at, const std::string& fname) {
  const std::vector<const Type*>& tps = g->tparams;
  std::vector<const Type*> bound(tps.size(), nullptr);
  for (size_t i = 0; i < targs.size() && i < tps.size(); i++) bound[i] = targs[i];
  const Type* sig = g->type;
  size_t np = sig->params.size();
  auto param_of = [&](size_t i) -> const Type* {
    if (sig->variadic && i + 1 >= np && !ce->has_ellipsis) return sig->params[np - 1]->elem;
    return i < np ? sig->params[i] : nullptr;
  };
  Unifier u{tps, bound};
  // Typed arguments first; untyped constants only where nothing else decides.
  for (size_t i = 0; i < arg_types.size(); i++) {
    const Type* p = param_of(i);
    const Type* a = arg_types[i];
    if (!p || !a || a->kind == Kind::Invalid || is_untyped(a)) continue;
    std::vector<const Type*> before = bound;
    if (!u.unify(p, a)) {
      Expr* arg = i < args.size() ? args[i] : ce;
      int k = index_of(tps, p);
      std::string what = "type " + type_string(a) + " of " + src(arg) + " does not match ";
      if (k >= 0 && before[size_t(k)])
        what += "inferred type " + type_string(before[size_t(k)]) + " for " + type_string(p);
      else
        what += type_string(subst(p, tps, before)) + " (cannot infer " + tps_text(tps) + ")";
      error(arg, DiagKind::TypeError, what);
      return false;
    }
  }
  // Core types: a parameter constrained by ~[]E gets E from its argument, or is []E.
  auto core_step = [&] {
    for (bool progress = true; progress;) {
      progress = false;
      for (size_t i = 0; i < tps.size(); i++) {
        const Type* c = under(tps[i]->constraint);
        if (!c->has_terms || c->terms.size() != 1) continue;
        const Term& core = c->terms[0];
        std::vector<const Type*> before = bound;
        if (bound[i]) {
          u.unify(core.type, core.tilde ? under(bound[i]) : bound[i]);
        } else {
          const Type* t = subst(core.type, tps, bound);
          if (!mentions_type_param(t, 0)) bound[i] = t;
        }
        progress |= before != bound;
      }
    }
  };
  core_step();
  // Untyped constants: the default type of the largest kind among those of one parameter.
  for (size_t k = 0; k < tps.size(); k++) {
    if (bound[k]) continue;
    const Type* best = nullptr;
    for (size_t i = 0; i < arg_types.size(); i++) {
      const Type* a = arg_types[i];
      if (param_of(i) != tps[k] || !a || !is_untyped(a) || a->kind == Kind::UntypedNil) continue;
      if (best && is_numeric(best) != is_numeric(a)) {
        error(args[i], DiagKind::TypeError,
              "mismatched types " + type_string(best) + " and " + type_string(a) +
                  " (cannot infer " + tps_text(tps) + ")");
        return false;
      }
      if (!best || a->kind > best->kind) best = a;
    }
    if (best) bound[k] = default_type(best);
  }
  core_step();
  for (size_t k = 0; k < tps.size(); k++)
    if (!bound[k]) {
      error(at, DiagKind::TypeError,
            "in call to " + fname + ", cannot infer " + tps[k]->name + " (declared at " +
                declared_at(tps[k]->obj) + ")");
      return false;
    }
  targs = bound;
  return true;
}

std::string Checker::Impl::tps_text(const std::vector<const Type*>& tps) {
  std::string out;
  for (size_t i = 0; i < tps.size(); i++) out += (i ? ", " : "") + tps[i]->name;
  return out;
}

// A call of a generic function (fun names it, possibly with some type arguments): infers
// the rest, instantiates, and makes fun denote the instance. The arguments are checked.
const Type* Checker::Impl::generic_call(CallExpr* ce, Object* g, IndexExpr* explicit_args) {
  std::vector<const Type*> targs;
  std::vector<Range> at;
  if (explicit_args) targs = type_args(explicit_args, &at);
  for (const Type* t : targs)
    if (t->kind == Kind::Invalid) return nullptr;
  std::string fname = src(explicit_args ? explicit_args->x : ce->fun);
  if (targs.size() > g->tparams.size()) {
    error(at[g->tparams.size()], DiagKind::TypeError,
          "got " + std::to_string(targs.size()) + " type arguments but want " +
              std::to_string(g->tparams.size()));
    return nullptr;
  }
  // The arguments, checked without a target type (they decide it).
  std::vector<const Type*> arg_types;
  if (ce->args.size() == 1 && !ce->has_ellipsis && as<CallExpr>(unparen(ce->args[0]))) {
    multi_expr(ce->args[0]);
    const Type* t = ce->args[0]->type;
    if (t && t->kind == Kind::Tuple)
      arg_types = t->results;
    else
      arg_types.push_back(t);
  } else {
    for (Expr* a : ce->args) {
      expr(a);
      arg_types.push_back(a->mode == ExprMode::Invalid ? types.invalid() : a->type);
    }
  }
  for (const Type* t : arg_types)
    if (!t || t->kind == Kind::Invalid) return nullptr;
  // Go checks the argument count against the generic signature before inferring.
  const Type* sig = g->type;
  size_t np = sig->params.size(), na = arg_types.size();
  if (ce->has_ellipsis ? na != np : (sig->variadic ? na < np - 1 : na != np)) {
    arguments(ce, sig, fname, true);
    return nullptr;
  }
  Range lparen{ce->fun->range.end, ce->fun->range.end + 1};
  if (targs.size() < g->tparams.size()) {
    if (!infer(g, ce, ce->args, arg_types, targs, lparen, fname)) return nullptr;
    at.assign(1, lparen);
  }
  Object* inst = instantiate_func(g, targs, at);
  if (!inst || !inst->type || inst->type->kind != Kind::Func) return nullptr;
  if (explicit_args) {
    explicit_args->instance = true;
    explicit_args->mode = ExprMode::Value;
    explicit_args->type = inst->type;
    denote_instance(explicit_args->x, inst);
  }
  denote_instance(ce->fun, inst);
  return inst->type;
}

}  // namespace gs
