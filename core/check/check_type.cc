// Type expressions, signatures, struct and interface types, method lookup and
// interface satisfaction.
#include <algorithm>

#include "check/checker_impl.h"
#include "check/lookup.h"
#include "lex/literal.h"

namespace gs {

const Type* Checker::Impl::type_expr(Expr* e) {
  const Type* t = types.invalid();
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
      expr_or_type(e);
      if (e->mode == ExprMode::TypeExpr) {
        t = e->type;
        Object* o =
            as<Ident>(e) ? static_cast<Ident*>(e)->obj : static_cast<SelectorExpr*>(e)->sel->obj;
        if (o && o->kind == ObjKind::TypeName && is_generic(o) && !instantiating_) {
          std::string params;
          for (Field* f : static_cast<TypeSpec*>(o->spec)->tparams)
            params += (params.empty() ? "" : ", ") + src_text(o->file, f->range);
          error(e, DiagKind::TypeError,
                "cannot use generic type " + o->name + "[" + params + "] without instantiation");
          t = types.invalid();
        }
      } else if (e->mode != ExprMode::Invalid) {
        error(e, DiagKind::InvalidType, src(e) + " is not a type");
      }
      break;
    }
    case NodeKind::ParenExpr:
      t = type_expr(static_cast<ParenExpr*>(e)->x);
      break;
    case NodeKind::StarExpr:
      t = types.pointer(type_expr(static_cast<StarExpr*>(e)->x));
      break;
    case NodeKind::ArrayType: {
      auto* at = static_cast<ArrayType*>(e);
      const Type* elem = type_expr(at->elem);
      if (!at->len) {
        t = types.slice(elem);
      } else if (as<Ellipsis>(at->len)) {
        error(at->len, DiagKind::TypeError,
              "invalid use of [...] array (outside a composite literal)");
      } else {
        expr(at->len);
        if (at->len->mode != ExprMode::Constant) {
          if (at->len->mode != ExprMode::Invalid)
            error(at->len, DiagKind::TypeError,
                  "array length " + src(at->len) + " (" + describe(at->len) + ") must be constant");
        } else if (Constant len = at->len->cval->to_int();
                   !len.is_valid() || !(is_integer(at->len->type) || is_untyped(at->len->type))) {
          error(at->len, DiagKind::TypeError,
                "array length " + describe(at->len) + " must be integer");
        } else {
          int64_t n = len.i.saturated();
          if (n < 0 || n > (int64_t(1) << 31)) {
            error(at->len, DiagKind::TypeError, "invalid array length " + src(at->len));
          } else {
            t = types.array(elem, n);
          }
        }
      }
      break;
    }
    case NodeKind::MapType: {
      auto* mt = static_cast<MapType*>(e);
      const Type* k = type_expr(mt->key);
      const Type* v = type_expr(mt->value);
      if (k->kind != Kind::Invalid && under(k) && under(k)->kind != Kind::Invalid &&
          !is_comparable(k)) {
        error(mt->key, DiagKind::InvalidType, "invalid map key type " + type_string(k));
      }
      t = types.map(k, v);
      break;
    }
    case NodeKind::ChanType: {
      auto* ct = static_cast<ChanType*>(e);
      t = types.chan(type_expr(ct->value), ct->dir);
      break;
    }
    case NodeKind::FuncType:
      t = func_type(static_cast<FuncType*>(e), nullptr, nullptr);
      break;
    case NodeKind::StructType:
      t = struct_type(static_cast<StructType*>(e));
      break;
    case NodeKind::InterfaceType:
      t = interface_type(static_cast<InterfaceType*>(e));
      break;
    case NodeKind::Ellipsis:
      error(e, DiagKind::TypeError, "invalid use of ...");
      break;
    case NodeKind::IndexExpr: {
      auto* ie = static_cast<IndexExpr*>(e);
      instantiating_ = true;
      expr_or_type(ie->x);
      instantiating_ = false;
      if (ie->x->mode == ExprMode::TypeExpr) {
        t = instance_type(ie);
      } else if (ie->x->mode != ExprMode::Invalid) {
        error(e, DiagKind::InvalidType, src(e) + " is not a type");
      }
      break;
    }
    default:
      error(e, DiagKind::InvalidType, src(e) + " is not a type");
      break;
  }
  e->mode = ExprMode::TypeExpr;
  e->type = t;
  return t;
}

const Type* Checker::Impl::func_type(FuncType* ft, Field* recv, FuncInfo* info) {
  std::vector<const Type*> params, results;
  bool variadic = false;
  auto make_var = [&](Ident* id, const Type* t, Range pos) {
    Object* o = new_object(ObjKind::Var, id ? id->name : "_", id ? id->range : pos, t);
    o->is_param = true;
    o->owner = info;
    o->used = true;  // parameters never count as unused
    o->boxed = contains_array(t);
    if (id) id->obj = o;
    return o;
  };
  if (recv && info) {
    const Type* rt = type_expr(recv->type);
    Ident* id = recv->names.empty() ? nullptr : recv->names[0];
    info->recv = make_var(id, rt, recv->range);
  }
  for (size_t i = 0; i < ft->params.size(); i++) {
    Field* f = ft->params[i];
    const Type* t;
    if (auto* el = as<Ellipsis>(f->type)) {
      if (i + 1 != ft->params.size() || f->names.size() > 1)
        error(f->type, DiagKind::TypeError, "can only use ... with final parameter in list");
      t = types.slice(type_expr(el->elt));
      el->type = t;
      el->mode = ExprMode::TypeExpr;
      variadic = true;
    } else {
      t = type_expr(f->type);
    }
    if (f->names.empty()) {
      params.push_back(t);
      if (info) info->params.push_back(make_var(nullptr, t, f->range));
    }
    for (Ident* id : f->names) {
      params.push_back(t);
      if (info) info->params.push_back(make_var(id, t, id->range));
    }
  }
  for (Field* f : ft->results) {
    const Type* t = type_expr(f->type);
    if (f->names.empty()) {
      results.push_back(t);
      if (info) info->results.push_back(make_var(nullptr, t, f->range));
    }
    for (Ident* id : f->names) {
      results.push_back(t);
      if (info) {
        info->results.push_back(make_var(id, t, id->range));
        info->named_results = true;
      }
    }
  }
  const Type* sig = types.func(std::move(params), std::move(results), variadic);
  ft->type = sig;
  ft->mode = ExprMode::TypeExpr;
  return sig;
}

const Type* Checker::Impl::struct_type(StructType* st) {
  std::vector<StructField> fields;
  auto add = [&](StructField f, const Node* at) {
    if (f.name != "_")
      for (auto& g : fields)
        if (g.name == f.name) {
          error(at->range, DiagKind::Redeclared, f.name + " redeclared");
          return;
        }
    fields.push_back(std::move(f));
  };
  for (Field* f : st->fields) {
    const Type* t = type_expr(f->type);
    std::string tag;
    if (f->tag) {
      std::string err;
      unquote_string(f->tag->value, tag, err);
    }
    if (f->names.empty()) {
      // Embedded field: T, *T, pkg.T, *pkg.T, and instances T[A] (the field is named T).
      Expr* te = f->type;
      if (auto* se = as<StarExpr>(te)) te = se->x;
      if (auto* ix = as<IndexExpr>(te)) te = ix->x;
      std::string name;
      if (auto* id = as<Ident>(te))
        name = id->name;
      else if (auto* sel = as<SelectorExpr>(te))
        name = sel->sel->name;
      else {
        error(f->type, DiagKind::InvalidType, "embedded field type must be a type name");
        continue;
      }
      if (under(t) && under(t)->kind == Kind::Pointer && as<StarExpr>(f->type) &&
          under(under(t)->elem) && under(under(t)->elem)->kind == Kind::Interface)
        error(f->type, DiagKind::InvalidType,
              "embedded field type cannot be a pointer to an interface");
      add(StructField{name, t, true, tag, pkg, f->type->range}, f);
    }
    for (Ident* id : f->names) add(StructField{id->name, t, false, tag, pkg, id->range}, id);
  }
  const Type* t = types.strukt(std::move(fields));
  st->type = t;
  st->mode = ExprMode::TypeExpr;
  return t;
}

const Type* Checker::Impl::interface_type(InterfaceType* it) {
  std::vector<Method> methods;
  bool has_terms = false, comparable = false;
  std::vector<Term> terms;
  auto add = [&](Method m, const Node* at) {
    for (auto& g : methods)
      if (g.name == m.name) {
        if (g.sig != m.sig) error(at->range, DiagKind::Redeclared, "duplicate method " + m.name);
        return;
      }
    methods.push_back(std::move(m));
  };
  for (Field* f : it->methods) {
    if (!f->names.empty()) {
      auto* ft = as<FuncType>(f->type);
      const Type* sig = ft ? func_type(ft, nullptr, nullptr) : type_expr(f->type);
      add(Method{f->names[0]->name, sig, pkg}, f->names[0]);
      continue;
    }
    // A type element: an embedded interface, or a union of terms (the type set).
    const Type* et = constraint_of(f->type);
    const Type* eu = under(et);
    if (!eu || eu->kind != Kind::Interface) continue;
    for (const Method& m : eu->methods) add(m, f->type);
    embed_type_set(eu, &has_terms, &terms, &comparable);
  }
  std::sort(methods.begin(), methods.end(),
            [](const Method& a, const Method& b) { return a.name < b.name; });
  const Type* t = types.constraint(std::move(methods), has_terms, std::move(terms), comparable);
  it->type = t;
  it->mode = ExprMode::TypeExpr;
  return t;
}

const Selection* Checker::Impl::lookup(const Type* t, const std::string& name, bool* ambiguous) {
  Selection sel;
  bool amb = false;
  // Make sure every method on the way has its signature checked.
  if (!lookup_member(t, name, sel, amb)) {
    *ambiguous = amb;
    return nullptr;
  }
  *ambiguous = false;
  if (sel.method) check_obj(sel.method);
  sel.recv = t;
  return &selections.emplace_back(std::move(sel));
}

Object* Checker::Impl::declared_method(const Type* named, const std::string& name) {
  for (Object* m : named->decl_methods)
    if (m->name == name) {
      check_obj(m);
      return m;
    }
  return nullptr;
}

const Type* Checker::Impl::method_sig(Object* method) {
  check_obj(method);
  return method->type;
}

static std::string sig_text(const std::string& name, const Type* sig) {
  std::string s = type_string(sig);
  return name + s.substr(4);  // drop "func"
}

bool Checker::Impl::implements(const Type* t, const Type* iface, std::string* why) {
  const Type* iu = under(iface);
  if (!iu || iu->kind != Kind::Interface) return false;
  if (t->kind == Kind::Invalid || (under(t) && under(t)->kind == Kind::Invalid)) return true;
  const Type* tu = under(t);
  for (const Method& m : iu->methods) {
    if (tu && tu->kind == Kind::Interface) {
      bool found = false;
      for (const Method& tm : tu->methods)
        if (tm.name == m.name) {
          found = true;
          if (tm.sig != m.sig) {
            if (why)
              *why = "(wrong type for method " + m.name + ")\n\t\thave " +
                     sig_text(m.name, tm.sig) + "\n\t\twant " + sig_text(m.name, m.sig);
            return false;
          }
        }
      if (!found) {
        if (why) *why = "(missing method " + m.name + ")";
        return false;
      }
      continue;
    }
    bool amb = false;
    const Selection* sel = lookup(t, m.name, &amb);
    if (!sel || sel->kind == Selection::Kind::Field) {
      if (why) *why = "(missing method " + m.name + ")";
      return false;
    }
    const Type* have = sel->kind == Selection::Kind::Method ? sel->method->type : nullptr;
    if (sel->kind == Selection::Kind::InterfaceMethod) {
      // Promoted from an embedded interface field: find the signature along the path.
      const Type* cur = t;
      for (int idx : sel->path) {
        const Type* cu = under(cur);
        if (cu->kind == Kind::Pointer) cu = under(cu->elem);
        cur = cu->fields[idx].type;
      }
      have = under(cur)->methods[sel->iface_index].sig;
    }
    if (have != m.sig) {
      if (why)
        *why = "(wrong type for method " + m.name + ")\n\t\thave " + sig_text(m.name, have) +
               "\n\t\twant " + sig_text(m.name, m.sig);
      return false;
    }
    if (needs_addressable_receiver(t, *sel)) {
      if (why) *why = "(method " + m.name + " has pointer receiver)";
      return false;
    }
  }
  return true;
}

}  // namespace gs
