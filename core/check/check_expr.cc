// Expression checking: the dispatch, names, literals, selectors, index and slice
// expressions, type assertions. Operators: check_operator.cc; untyped constants and
// assignability: check_convert.cc; calls: check_call.cc.
#include <set>
#include <unordered_set>

#include "check/checker_impl.h"
#include "check/lookup.h"
#include "lex/literal.h"

namespace gs {

namespace {
bool is_exported_name(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

}  // namespace

void Checker::Impl::expr_or_type(Expr* e) {
  e->mode = ExprMode::Invalid;
  e->type = types.invalid();
  e->cval = nullptr;
  switch (e->kind) {
    case NodeKind::Ident:
      ident(static_cast<Ident*>(e));
      break;
    case NodeKind::BasicLit:
      basic_lit(static_cast<BasicLit*>(e));
      break;
    case NodeKind::CompositeLit:
      composite_lit(static_cast<CompositeLit*>(e), nullptr);
      break;
    case NodeKind::FuncLit:
      func_lit(static_cast<FuncLit*>(e));
      break;
    case NodeKind::ParenExpr: {
      auto* p = static_cast<ParenExpr*>(e);
      expr_or_type(p->x);
      e->mode = p->x->mode;
      e->type = p->x->type;
      e->cval = p->x->cval;
      break;
    }
    case NodeKind::SelectorExpr:
      selector(static_cast<SelectorExpr*>(e));
      break;
    case NodeKind::IndexExpr:
      index_expr(static_cast<IndexExpr*>(e));
      break;
    case NodeKind::SliceExpr:
      slice_expr(static_cast<SliceExpr*>(e));
      break;
    case NodeKind::TypeAssertExpr:
      type_assert(static_cast<TypeAssertExpr*>(e));
      break;
    case NodeKind::CallExpr:
      call(static_cast<CallExpr*>(e), nullptr);
      break;
    case NodeKind::StarExpr: {
      auto* se = static_cast<StarExpr*>(e);
      expr_or_type(se->x);
      if (se->x->mode == ExprMode::Invalid) break;
      if (se->x->mode == ExprMode::TypeExpr) {
        e->mode = ExprMode::TypeExpr;
        e->type = types.pointer(se->x->type);
        break;
      }
      single_value(se->x);
      if (se->x->mode == ExprMode::Invalid) break;
      if (se->x->type->kind == Kind::UntypedNil) {
        error(e, DiagKind::InvalidOperation, "invalid operation: cannot indirect nil");
        break;
      }
      const Type* u = under(se->x->type);
      if (!u || u->kind != Kind::Pointer) {
        error(e, DiagKind::InvalidOperation,
              "invalid operation: cannot indirect " + describe(se->x));
        break;
      }
      e->mode = ExprMode::Variable;
      e->type = u->elem;
      break;
    }
    case NodeKind::UnaryExpr:
      unary(static_cast<UnaryExpr*>(e), nullptr);
      break;
    case NodeKind::BinaryExpr:
      binary(static_cast<BinaryExpr*>(e), nullptr);
      break;
    case NodeKind::KeyValueExpr:
      error(e, DiagKind::Syntax, "unexpected key:value expression");
      break;
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      type_expr(e);
      break;
    default:
      break;
  }
}

void Checker::Impl::multi_expr(Expr* e) {
  expr_or_type(e);
  require_value(e);
  if (generic_func(e)) {
    error(e, DiagKind::TypeError,
          "cannot use generic function " + src(e) + " without instantiation");
    e->mode = ExprMode::Invalid;
  }
}

void Checker::Impl::require_value(Expr* e) {
  switch (e->mode) {
    case ExprMode::TypeExpr:
      error(e, DiagKind::TypeError, src(e) + " (type) is not an expression");
      e->mode = ExprMode::Invalid;
      break;
    case ExprMode::Builtin:
      error(e, DiagKind::TypeError, src(e) + " (built-in function " + src(e) + ") must be called");
      e->mode = ExprMode::Invalid;
      break;
    case ExprMode::Package:
      error(e, DiagKind::TypeError, "use of package " + src(e) + " without selector");
      e->mode = ExprMode::Invalid;
      break;
    default:
      break;
  }
}

void Checker::Impl::expr(Expr* e, const Type* hint) {
  // Composite literals and unary/binary expressions use the hint; others ignore it.
  if (auto* cl = as<CompositeLit>(e)) {
    e->mode = ExprMode::Invalid;
    e->type = types.invalid();
    e->cval = nullptr;
    composite_lit(cl, hint);
  } else if (auto* ue = as<UnaryExpr>(e)) {
    e->mode = ExprMode::Invalid;
    e->type = types.invalid();
    e->cval = nullptr;
    unary(ue, hint);
  } else if (auto* pe = as<ParenExpr>(e); pe && as<CompositeLit>(unparen(pe))) {
    expr(pe->x, hint);
    e->mode = pe->x->mode;
    e->type = pe->x->type;
    e->cval = pe->x->cval;
  } else {
    multi_expr(e);
  }
  if (e->mode == ExprMode::TypeExpr || e->mode == ExprMode::Builtin ||
      e->mode == ExprMode::Package) {
    require_value(e);
    return;
  }
  single_value(e);
}

bool Checker::Impl::negative_index(Expr* e) {
  if (e->mode != ExprMode::Constant || e->cval->kind != Constant::Kind::Int || e->cval->sign() >= 0)
    return false;
  error(e, DiagKind::TypeError,
        "invalid argument: index " + src(e) + " (constant of type int) must not be negative");
  return true;
}

void Checker::Impl::single_value(Expr* e) {
  if (e->mode != ExprMode::Invalid && e->type && e->type->kind == Kind::Tuple) {
    if (e->type->results.empty())
      error(e, DiagKind::TypeError, src(e) + " (no value) used as value");
    else
      error(e, DiagKind::AssignmentMismatch,
            "multiple-value " + src(e) + " (value of type " + type_string(e->type) +
                ") in single-value context");
    e->mode = ExprMode::Invalid;
  }
}

void Checker::Impl::ident(Ident* id) {
  if (id->name == "_") {
    error(id, DiagKind::TypeError, "cannot use _ as value");
    return;
  }
  Scope* s = scope ? scope : (file_scope ? file_scope : pkg->scope);
  Object* obj = s->lookup(id->name);
  if (!obj) {
    error(id, DiagKind::Undefined, "undefined: " + id->name);
    return;
  }
  id->obj = obj;
  if (obj->state != Object::State::Done) check_obj(obj);
  switch (obj->kind) {
    case ObjKind::Var:
      obj->used = true;
      id->mode = ExprMode::Variable;
      id->type = obj->type ? obj->type : types.invalid();
      if (obj->is_global) {
        record_dep(obj);
      } else if (obj->owner && func && obj->owner != func) {
        obj->boxed = true;
        for (FuncInfo* f = func; f && f != obj->owner; f = f->outer) {
          bool present = false;
          for (Object* c : f->captures) present |= c == obj;
          if (!present) f->captures.push_back(obj);
        }
      }
      if (id->type->kind == Kind::Invalid) id->mode = ExprMode::Invalid;
      break;
    case ObjKind::Const:
      obj->used = true;
      if (obj->pkg == nullptr && obj->name == "iota") {
        if (!iota) {
          error(id, DiagKind::TypeError, "cannot use iota outside constant declaration");
          return;
        }
        id->cval = iota;
      } else {
        if (!obj->value.is_valid()) return;
        id->cval = &obj->value;
      }
      id->mode = ExprMode::Constant;
      id->type = obj->type;
      break;
    case ObjKind::TypeName:
      obj->used = true;
      id->mode = ExprMode::TypeExpr;
      id->type = obj->type ? obj->type : types.invalid();
      break;
    case ObjKind::Func:
      obj->used = true;
      record_dep(obj);
      id->mode = ExprMode::Value;
      id->type = obj->type ? obj->type : types.invalid();
      if (id->type->kind == Kind::Invalid) id->mode = ExprMode::Invalid;
      break;
    case ObjKind::Builtin:
      id->mode = ExprMode::Builtin;
      break;
    case ObjKind::PkgName:
      obj->used = true;
      id->mode = ExprMode::Package;
      break;
    case ObjKind::Nil:
      id->mode = ExprMode::Value;
      id->type = types.basic(Kind::UntypedNil);
      break;
    case ObjKind::Label:
      error(id, DiagKind::Undefined, "undefined: " + id->name);
      break;
  }
}

void Checker::Impl::basic_lit(BasicLit* lit) {
  Constant c;
  std::string err;
  switch (lit->lit_kind) {
    case Tok::Int:
    case Tok::Float: {
      ConstResult r = const_literal(lit->lit_kind, lit->value);
      if (!r.ok) {
        error(lit, DiagKind::ConstantOverflow, r.error);
        return;
      }
      c = std::move(r.value);
      lit->type = types.basic(lit->lit_kind == Tok::Int ? Kind::UntypedInt : Kind::UntypedFloat);
      break;
    }
    case Tok::Imag:
      error(lit, DiagKind::Unsupported,
            "complex numbers are not supported (imaginary literal " + lit->value + ")");
      return;
    case Tok::Char: {
      int32_t r = 0;
      if (!unquote_char(lit->value, r, err)) {
        error(lit, DiagKind::Syntax, err);
        return;
      }
      c = Constant::of_int(r);
      lit->type = types.basic(Kind::UntypedRune);
      break;
    }
    default: {
      std::string s;
      if (!unquote_string(lit->value, s, err)) {
        error(lit, DiagKind::Syntax, err);
        return;
      }
      c = Constant::of_string(std::move(s));
      lit->type = types.basic(Kind::UntypedString);
      break;
    }
  }
  lit->mode = ExprMode::Constant;
  lit->cval = new_constant(std::move(c));
}

void Checker::Impl::composite_lit(CompositeLit* cl, const Type* hint) {
  const Type* t = nullptr;
  const Type* lit_type = nullptr;  // what the expression evaluates to (maybe *T when elided)
  if (cl->type_expr) {
    auto* at = as<ArrayType>(cl->type_expr);
    if (at && at->len && as<Ellipsis>(at->len)) {
      // [...]T: the length comes from the elements.
      const Type* elem = type_expr(at->elem);
      int64_t n = 0, idx = 0;
      for (Expr* el : cl->elts) {
        if (auto* kv = as<KeyValueExpr>(el)) {
          expr(kv->key);
          if (kv->key->mode == ExprMode::Constant && kv->key->cval->to_int().is_valid())
            idx = kv->key->cval->to_int().i.saturated();
        }
        idx++;
        n = std::max(n, idx);
      }
      t = types.array(elem, n);
      at->type = t;
      at->mode = ExprMode::TypeExpr;
    } else {
      t = type_expr(cl->type_expr);
    }
    lit_type = t;
  } else if (hint) {
    t = hint;
    const Type* hu = under(hint);
    if (hu && hu->kind == Kind::Pointer) {
      t = hu->elem;  // elided &T in []*T{{...}}
    }
    lit_type = hint;
  } else {
    error(cl, DiagKind::TypeError, "invalid composite literal type: missing type");
    return;
  }
  const Type* u = under(t);
  if (!u || u->kind == Kind::Invalid) {
    for (Expr* el : cl->elts) {
      if (auto* kv = as<KeyValueExpr>(el))
        expr(kv->value);
      else
        expr(el);
    }
    return;
  }
  switch (u->kind) {
    case Kind::Struct: {
      if (cl->elts.empty()) break;
      bool keyed = as<KeyValueExpr>(cl->elts[0]) != nullptr;
      if (keyed) {
        std::vector<bool> seen(u->fields.size());
        for (Expr* el : cl->elts) {
          auto* kv = as<KeyValueExpr>(el);
          if (!kv) {
            error(el, DiagKind::TypeError,
                  "mixture of field:value and value elements in struct literal");
            expr(el);
            continue;
          }
          auto* key = as<Ident>(kv->key);
          int idx = -1;
          if (key)
            for (size_t i = 0; i < u->fields.size(); i++)
              if (u->fields[i].name == key->name) idx = int(i);
          if (idx < 0) {
            error(kv->key, DiagKind::UnknownField,
                  "unknown field " + src(kv->key) + " in struct literal of type " + type_string(t));
            expr(kv->value);
            continue;
          }
          if (seen[idx])
            error(kv->key, DiagKind::TypeError,
                  "duplicate field name " + key->name + " in struct literal");
          seen[idx] = true;
          key->mode = ExprMode::Value;
          key->type = u->fields[idx].type;
          expr(kv->value, u->fields[idx].type);
          assignable(kv->value, u->fields[idx].type, "struct literal");
        }
      } else {
        for (size_t i = 0; i < cl->elts.size(); i++) {
          Expr* el = cl->elts[i];
          if (as<KeyValueExpr>(el)) {
            error(el, DiagKind::TypeError,
                  "mixture of field:value and value elements in struct literal");
            continue;
          }
          if (i >= u->fields.size()) {
            expr(el);
            if (i == u->fields.size())
              error(el, DiagKind::TypeError,
                    "too many values in struct literal of type " + type_string(t));
            continue;
          }
          expr(el, u->fields[i].type);
          assignable(el, u->fields[i].type, "struct literal");
        }
        if (cl->elts.size() < u->fields.size())
          error(cl->range.end > 0 ? Range{cl->range.end - 1, cl->range.end} : cl->range,
                DiagKind::TypeError, "too few values in struct literal of type " + type_string(t));
      }
      break;
    }
    case Kind::Array:
    case Kind::Slice: {
      int64_t idx = 0;
      std::unordered_set<int64_t> seen;  // indexes given so far: a repeat is an error
      for (Expr* el : cl->elts) {
        Expr* val = el;
        Expr* at = el;  // where a bad index is reported
        bool bad_key = false;
        if (auto* kv = as<KeyValueExpr>(el)) {
          at = kv->key;
          expr(kv->key);
          // An untyped float constant with an integer value (2.0) is an integer index too.
          if (kv->key->mode != ExprMode::Constant ||
              !(is_integer(kv->key->type) ||
                (is_untyped(kv->key->type) && kv->key->cval->to_int().is_valid()))) {
            if (kv->key->mode != ExprMode::Invalid)
              error(kv->key, DiagKind::TypeError,
                    "index " + src(kv->key) + " must be integer constant");
            bad_key = true;
          } else {
            convert_untyped(kv->key, types.basic(Kind::Int));
            if (negative_index(kv->key)) {
              bad_key = true;
            } else if (kv->key->mode == ExprMode::Constant) {
              idx = kv->key->cval->i.saturated();
            } else {
              bad_key = true;
            }
          }
          val = kv->value;
        }
        if (!bad_key && !seen.insert(idx).second)
          error(at, DiagKind::TypeError,
                "duplicate index " + std::to_string(idx) + " in array or slice literal");
        if (u->kind == Kind::Array && idx >= u->len)
          error(
              val, DiagKind::TypeError,
              "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(u->len) + "]");
        expr(val, u->elem);
        assignable(val, u->elem, "array or slice literal");
        idx++;
      }
      break;
    }
    case Kind::Map: {
      std::set<std::string> seen_keys;
      for (Expr* el : cl->elts) {
        auto* kv = as<KeyValueExpr>(el);
        if (!kv) {
          error(el, DiagKind::TypeError, "missing key in map literal");
          expr(el);
          continue;
        }
        expr(kv->key, u->key);
        assignable(kv->key, u->key, "map literal");
        if (kv->key->mode == ExprMode::Constant && kv->key->cval &&
            !seen_keys.insert(const_key(*kv->key->cval) + "/" + type_string(kv->key->type)).second)
          error(kv->key, DiagKind::TypeError,
                "duplicate key " + const_string(*kv->key->cval) + " in map literal");
        expr(kv->value, u->elem);
        assignable(kv->value, u->elem, "map literal");
      }
      break;
    }
    default:
      error(cl, DiagKind::TypeError, "invalid composite literal type " + type_string(t));
      return;
  }
  cl->mode = ExprMode::Value;
  cl->type = lit_type;
}

void Checker::Impl::func_lit(FuncLit* fl) {
  FuncInfo* info = &funcinfos.emplace_back();
  info->outer = func;
  info->node = fl;
  info->file = file;
  fl->info = info;
  if (func) {
    // Go 1.21+ names: main.F.func1 in F, main.F.func1.2 inside that literal.
    info->name = func->name + (func->outer || as<FuncLit>(func->node) ? "." : ".func") +
                 std::to_string(++func->literal_count);
  } else {
    info->name = (pkg->path == "main" ? std::string("main") : pkg->path) + ".init.func" +
                 std::to_string(++pkg->init_literal_count);
  }
  info->sig = func_type(fl->sig, nullptr, info);
  owner.all_funcs_.push_back(info);
  func_body(info, fl->body);
  fl->mode = ExprMode::Value;
  fl->type = info->sig;
}

void Checker::Impl::selector(SelectorExpr* se) {
  const std::string& name = se->sel->name;
  if (auto* id = as<Ident>(se->x)) {
    Scope* s = scope ? scope : (file_scope ? file_scope : pkg->scope);
    Object* o = s->lookup(id->name);
    if (o && o->kind == ObjKind::PkgName) {
      o->used = true;
      id->obj = o;
      id->mode = ExprMode::Package;
      Package* ip = o->imported;
      Object* m = ip->scope->lookup_local(name);
      if (!m || !is_exported_name(name)) {
        error(se->sel, DiagKind::Undefined, "undefined: " + id->name + "." + name);
        return;
      }
      // Resolve like an identifier, but in the imported package's scope.
      se->sel->obj = m;
      if (m->state != Object::State::Done) check_obj(m);
      switch (m->kind) {
        case ObjKind::Var:
          se->mode = ExprMode::Variable;
          se->type = m->type;
          break;
        case ObjKind::Const:
          se->mode = ExprMode::Constant;
          se->type = m->type;
          se->cval = &m->value;
          break;
        case ObjKind::TypeName:
          se->mode = ExprMode::TypeExpr;
          se->type = m->type;
          break;
        case ObjKind::Func:
          se->mode = ExprMode::Value;
          se->type = m->type;
          break;
        default:
          break;
      }
      se->sel->mode = se->mode;
      se->sel->type = se->type;
      return;
    }
  }
  expr_or_type(se->x);
  if (se->x->mode == ExprMode::Invalid) return;
  if (se->x->mode == ExprMode::Package || se->x->mode == ExprMode::Builtin) {
    require_value(se->x);
    return;
  }
  single_value(se->x);
  if (se->x->mode == ExprMode::Invalid) return;
  const Type* xt = se->x->type;
  if (se->x->mode == ExprMode::TypeExpr) {
    // Method expression T.M / (*T).M.
    bool amb = false;
    const Selection* sel = lookup(xt, name, &amb);
    if (!sel || sel->kind == Selection::Kind::Field) {
      error(se->sel, DiagKind::UnknownField,
            src(se) + " undefined (type " + type_string(xt) + " has no method " + name + ")");
      return;
    }
    const Type* msig;
    if (sel->kind == Selection::Kind::Method) {
      if (needs_addressable_receiver(xt, *sel)) {
        error(se, DiagKind::TypeError,
              "invalid method expression " + src(se) + " (needs pointer receiver (*" +
                  type_string(xt) + ")." + name + ")");
        return;
      }
      msig = sel->method->type;
    } else {
      const Type* cur = xt;
      for (int idx : sel->path) {
        const Type* cu = under(cur);
        if (cu->kind == Kind::Pointer) cu = under(cu->elem);
        cur = cu->fields[idx].type;
      }
      msig = under(cur)->methods[sel->iface_index].sig;
    }
    std::vector<const Type*> params{xt};
    params.insert(params.end(), msig->params.begin(), msig->params.end());
    Selection* s2 = &selections.emplace_back(*sel);
    s2->kind = Selection::Kind::MethodExpr;
    if (sel->method) record_dep(sel->method);  // initialization order follows T.M too
    se->selection = s2;
    se->mode = ExprMode::Value;
    se->type = types.func(std::move(params), msig->results, msig->variadic);
    return;
  }
  if (xt->kind == Kind::UntypedNil) {
    error(se, DiagKind::TypeError, "use of untyped nil");
    return;
  }
  if (is_untyped(xt)) convert_untyped(se->x, nullptr);
  xt = se->x->type;
  bool amb = false;
  const Selection* sel = lookup(xt, name, &amb);
  if (!sel) {
    if (amb) {
      error(se->sel, DiagKind::UnknownField, "ambiguous selector " + src(se));
    } else {
      const Type* u = under(xt);
      std::string what =
          u && u->kind == Kind::Pointer && under(u->elem) && under(u->elem)->kind == Kind::Pointer
              ? ""
              : "";
      (void)what;
      error(se->sel, DiagKind::UnknownField,
            src(se) + " undefined (type " + type_string(xt) + " has no field or method " + name +
                ")");
    }
    return;
  }
  // Unexported members of other packages are invisible.
  if (!is_exported_name(name)) {
    Package* owner_pkg = nullptr;
    if (sel->kind == Selection::Kind::Method)
      owner_pkg = sel->method->pkg;
    else {
      const Type* named = xt;
      if (under(named) && under(named)->kind == Kind::Pointer) named = under(named)->elem;
      owner_pkg = named && named->kind == Kind::Named ? named->pkg : pkg;
    }
    if (owner_pkg && owner_pkg != pkg) {
      error(se->sel, DiagKind::UnknownField,
            src(se) + " undefined (cannot refer to unexported field or method " + name + ")");
      return;
    }
  }
  se->selection = sel;
  switch (sel->kind) {
    case Selection::Kind::Field: {
      const Type* cur = xt;
      for (int idx : sel->path) {
        const Type* cu = under(cur);
        if (cu->kind == Kind::Pointer) cu = under(cu->elem);
        cur = cu->fields[idx].type;
      }
      se->type = cur;
      se->mode = (se->x->mode == ExprMode::Variable || sel->indirect) ? ExprMode::Variable
                                                                      : ExprMode::Value;
      break;
    }
    case Selection::Kind::Method: {
      if (needs_addressable_receiver(xt, *sel)) {
        if (se->x->mode != ExprMode::Variable) {
          error(se, DiagKind::TypeError,
                "cannot call pointer method " + name + " on " + type_string(xt));
          return;
        }
        mark_addressed(se->x);
      }
      se->type = sel->method->type ? sel->method->type : types.invalid();
      se->mode = se->type->kind == Kind::Invalid ? ExprMode::Invalid : ExprMode::Value;
      record_dep(sel->method);
      break;
    }
    case Selection::Kind::InterfaceMethod: {
      const Type* cur = xt;
      for (int idx : sel->path) {
        const Type* cu = under(cur);
        if (cu->kind == Kind::Pointer) cu = under(cu->elem);
        cur = cu->fields[idx].type;
      }
      se->type = under(cur)->methods[sel->iface_index].sig;
      se->mode = ExprMode::Value;
      break;
    }
    default:
      break;
  }
}

void Checker::Impl::index_expr(IndexExpr* ie) {
  instantiating_ = true;
  expr_or_type(ie->x);
  instantiating_ = false;
  if (ie->x->mode == ExprMode::TypeExpr) {
    ie->type = instance_type(ie);
    ie->mode = ie->type->kind == Kind::Invalid ? ExprMode::Invalid : ExprMode::TypeExpr;
    return;
  }
  if (Object* g = generic_func(ie->x)) {
    // F[A, B] as a value: every type argument must be given.
    std::vector<Range> at;
    std::vector<const Type*> targs = type_args(ie, &at);
    for (const Type* t : targs)
      if (t->kind == Kind::Invalid) return;
    if (targs.size() != g->tparams.size()) {
      if (targs.size() > g->tparams.size())
        error(at[g->tparams.size()], DiagKind::TypeError,
              "got " + std::to_string(targs.size()) + " type arguments but want " +
                  std::to_string(g->tparams.size()));
      else
        error(ie, DiagKind::TypeError,
              "cannot use generic function " + src(ie->x) + " without instantiation");
      return;
    }
    Object* inst = instantiate_func(g, targs, at);
    if (!inst || !inst->type || inst->type->kind != Kind::Func) return;
    denote_instance(ie->x, inst);
    ie->instance = true;
    ie->mode = ExprMode::Value;
    ie->type = inst->type;
    return;
  }
  if (!ie->rest.empty()) {
    error(ie->rest[0], DiagKind::TypeError, "invalid operation: more than one index in " + src(ie));
    return;
  }
  require_value(ie->x);
  single_value(ie->x);
  if (ie->x->mode == ExprMode::Invalid) {
    expr(ie->index);
    return;
  }
  if (is_untyped(ie->x->type) && ie->x->type->kind == Kind::UntypedString)
    convert_untyped(ie->x, nullptr);
  const Type* xt = ie->x->type;
  const Type* u = under(xt);
  int64_t length = -1;
  auto check_index = [&]() -> bool {
    expr(ie->index);
    if (ie->index->mode == ExprMode::Invalid) return false;
    // An untyped numeric constant becomes an int; convert_untyped says why it cannot.
    if (!is_integer(ie->index->type) &&
        !(ie->index->mode == ExprMode::Constant && is_untyped(ie->index->type) &&
          is_numeric(ie->index->type))) {
      error(ie->index, DiagKind::TypeError,
            "invalid argument: index " + describe(ie->index) + " must be integer");
      return false;
    }
    if (is_untyped(ie->index->type) && !convert_untyped(ie->index, types.basic(Kind::Int)))
      return false;
    if (negative_index(ie->index)) return false;
    if (ie->index->mode == ExprMode::Constant) {
      int64_t v = ie->index->cval->i.saturated();
      if (length >= 0 && v >= length) {
        error(ie->index, DiagKind::TypeError,
              "invalid argument: index " + const_string(*ie->index->cval) +
                  " out of bounds [0:" + std::to_string(length) + "]");
        return false;
      }
    }
    return true;
  };
  if (u && u->kind == Kind::String) {
    if (ie->x->mode == ExprMode::Constant) length = int64_t(ie->x->cval->s.size());
    check_index();
    ie->mode = ExprMode::Value;
    ie->type = types.basic(Kind::Uint8);
    return;
  }
  if (u && u->kind == Kind::Pointer && under(u->elem) && under(u->elem)->kind == Kind::Array) {
    length = under(u->elem)->len;
    check_index();
    ie->mode = ExprMode::Variable;
    ie->type = under(u->elem)->elem;
    return;
  }
  if (u && u->kind == Kind::Array) {
    length = u->len;
    check_index();
    ie->mode = ie->x->mode == ExprMode::Variable ? ExprMode::Variable : ExprMode::Value;
    ie->type = u->elem;
    return;
  }
  if (u && u->kind == Kind::Slice) {
    check_index();
    ie->mode = ExprMode::Variable;
    ie->type = u->elem;
    return;
  }
  if (u && u->kind == Kind::Map) {
    expr(ie->index, u->key);
    assignable(ie->index, u->key, "map index");
    ie->mode = ExprMode::MapIndex;
    ie->type = u->elem;
    return;
  }
  expr(ie->index);
  error(ie, DiagKind::InvalidOperation, "invalid operation: cannot index " + describe(ie->x));
}

void Checker::Impl::slice_expr(SliceExpr* se) {
  expr(se->x);
  if (se->x->mode == ExprMode::Invalid) {
    for (Expr* e : {se->low, se->high, se->max})
      if (e) expr(e);
    return;
  }
  if (is_untyped(se->x->type) && se->x->type->kind == Kind::UntypedString)
    convert_untyped(se->x, nullptr);
  const Type* xt = se->x->type;
  const Type* u = under(xt);
  int64_t length = -1;
  const Type* result = nullptr;
  if (u->kind == Kind::String) {
    if (se->slice3) {
      error(se, DiagKind::InvalidOperation, "invalid operation: 3-index slice of string");
      return;
    }
    if (se->x->mode == ExprMode::Constant) length = int64_t(se->x->cval->s.size());
    result = xt->kind == Kind::Named ? xt : types.basic(Kind::String);
    if (is_untyped(result)) result = types.basic(Kind::String);
  } else if (u->kind == Kind::Array) {
    if (se->x->mode != ExprMode::Variable) {
      error(se, DiagKind::InvalidOperation,
            "invalid operation: " + src(se->x) + " (slice of unaddressable value)");
      return;
    }
    mark_addressed(se->x);
    length = u->len;
    result = types.slice(u->elem);
  } else if (u->kind == Kind::Pointer && under(u->elem)->kind == Kind::Array) {
    length = under(u->elem)->len;
    result = types.slice(under(u->elem)->elem);
  } else if (u->kind == Kind::Slice) {
    result = xt;
  } else {
    error(se, DiagKind::InvalidOperation, "cannot slice " + describe(se->x));
    return;
  }
  int64_t prev = 0;
  for (Expr* e : {se->low, se->high, se->max}) {
    if (!e) continue;
    expr(e);
    if (e->mode == ExprMode::Invalid) continue;
    if (!is_integer(e->type)) {
      error(e, DiagKind::TypeError, "invalid argument: index " + describe(e) + " must be integer");
      continue;
    }
    if (is_untyped(e->type)) convert_untyped(e, types.basic(Kind::Int));
    if (e->mode == ExprMode::Constant) {
      int64_t v = e->cval->i.saturated();
      if (negative_index(e)) continue;  // gc compares the next bound with the last valid one
      if (length >= 0 && v > length) {
        error(e, DiagKind::TypeError,
              "invalid argument: index " + src(e) +
                  " out of bounds [0:" + std::to_string(length + 1) + "]");
      } else if (v < prev) {
        error(e, DiagKind::TypeError,
              "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
      }
      prev = v;
    }
  }
  se->mode = ExprMode::Value;
  se->type = result;
}

void Checker::Impl::type_assert(TypeAssertExpr* ta) {
  expr(ta->x);
  if (!ta->type_expr) {
    error(ta, DiagKind::Syntax, "invalid syntax tree: use of .(type) outside type switch");
    return;
  }
  const Type* t = type_expr(ta->type_expr);
  if (ta->x->mode == ExprMode::Invalid) return;
  if (!is_interface(ta->x->type)) {
    error(ta->x, DiagKind::InvalidOperation,
          "invalid operation: " + src(ta->x) + " (" +
              describe(ta->x).substr(src(ta->x).size() + 2, std::string::npos) +
              " is not an interface");
    return;
  }
  if (t->kind != Kind::Invalid && !is_interface(t)) {
    std::string why;
    if (!implements(t, ta->x->type, &why)) {
      error(ta->type_expr, DiagKind::NotImplemented,
            "impossible type assertion: " + src(ta) + "\n\t" + type_string(t) +
                " does not implement " + type_string(ta->x->type) + " " + why);
      return;
    }
  }
  ta->mode = ExprMode::CommaOk;
  ta->type = t;
}

Object* Checker::Impl::root_var(Expr* e) {
  e = unparen(e);
  if (auto* id = as<Ident>(e)) return id->obj && id->obj->kind == ObjKind::Var ? id->obj : nullptr;
  if (auto* se = as<SelectorExpr>(e)) {
    if (se->selection && se->selection->kind == Selection::Kind::Field && !se->selection->indirect)
      return root_var(se->x);
    return nullptr;
  }
  if (auto* ie = as<IndexExpr>(e)) {
    const Type* u = under(ie->x->type);
    if (u && u->kind == Kind::Array) return root_var(ie->x);
    return nullptr;
  }
  return nullptr;
}

void Checker::Impl::mark_addressed(Expr* e) {
  if (Object* o = root_var(e))
    if (!o->is_global) o->boxed = true;
}

}  // namespace gs
