// Expression checking: names, literals, selectors, index/slice, unary and binary operators,
// untyped constant conversion, assignability and operand descriptions for messages.
#include <cmath>
#include <set>

#include "check/checker_impl.h"
#include "check/lookup.h"
#include "lex/literal.h"

namespace gs {

namespace {
bool is_exported_name(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

// Rank of untyped numeric kinds for mixing: int < rune < float.
int untyped_rank(Kind k) {
  switch (k) {
    case Kind::UntypedInt:
      return 1;
    case Kind::UntypedRune:
      return 2;
    case Kind::UntypedFloat:
      return 3;
    default:
      return 0;
  }
}
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

void Checker::Impl::single_value(Expr* e) {
  if (e->mode != ExprMode::Invalid && e->type && e->type->kind == Kind::Tuple) {
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
    case Tok::Int: {
      unsigned __int128 v = 0;
      bool overflow = false;
      if (!parse_int_literal(lit->value, v, overflow) || overflow ||
          v > (unsigned __int128)(~(i128(1) << 127))) {
        error(lit, DiagKind::ConstantOverflow, "integer constant too large: " + lit->value);
        return;
      }
      c = Constant::of_int(i128(v));
      lit->type = types.basic(Kind::UntypedInt);
      break;
    }
    case Tok::Float: {
      double dv = 0;
      if (!parse_float_literal(lit->value, dv)) {
        error(lit, DiagKind::Syntax, "invalid floating-point literal " + lit->value);
        return;
      }
      // Re-read with extended precision for exact-as-possible constant arithmetic.
      std::string digits;
      for (char ch : lit->value)
        if (ch != '_') digits += ch;
      long double v = std::strtold(digits.c_str(), nullptr);
      c = Constant::of_float(v);
      lit->type = types.basic(Kind::UntypedFloat);
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
          if (kv->key->mode == ExprMode::Constant && kv->key->cval->kind == Constant::Kind::Int)
            idx = int64_t(kv->key->cval->i);
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
      for (Expr* el : cl->elts) {
        Expr* val = el;
        if (auto* kv = as<KeyValueExpr>(el)) {
          expr(kv->key);
          if (kv->key->mode != ExprMode::Constant || !is_integer(kv->key->type)) {
            if (kv->key->mode != ExprMode::Invalid)
              error(kv->key, DiagKind::TypeError,
                    "index " + src(kv->key) + " must be integer constant");
          } else {
            convert_untyped(kv->key, types.basic(Kind::Int));
            idx = int64_t(kv->key->cval->i);
          }
          val = kv->value;
        }
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
            !seen_keys.insert(const_string(*kv->key->cval) + "/" + type_string(kv->key->type))
                 .second)
          error(kv->key, DiagKind::TypeError, "duplicate key " + src(kv->key) + " in map literal");
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
  FuncInfo* top = func;
  while (top && top->outer) top = top->outer;
  if (func) {
    info->name = func->name + ".func" + std::to_string(++func->literal_count);
  } else {
    static int glob_count = 0;
    info->name = (pkg->path == "main" ? std::string("main") : pkg->path) + ".init.func" +
                 std::to_string(++glob_count);
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
  expr_or_type(ie->x);
  if (ie->x->mode == ExprMode::TypeExpr) {
    error(ie, DiagKind::Unsupported, "generic type instantiation is not supported");
    return;
  }
  if (ie->x->mode == ExprMode::Value && ie->x->type && ie->x->type->kind == Kind::Func) {
    if (auto* id = as<Ident>(unparen(ie->x)); id && id->obj && id->obj->kind == ObjKind::Func) {
      error(ie, DiagKind::Unsupported, "generic function instantiation is not supported");
      return;
    }
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
    if (!is_integer(ie->index->type) &&
        !(ie->index->mode == ExprMode::Constant && ie->index->cval->kind == Constant::Kind::Float &&
          ie->index->cval->float_is_integral())) {
      error(ie->index, DiagKind::TypeError,
            "invalid argument: index " + describe(ie->index) + " must be integer");
      return false;
    }
    if (is_untyped(ie->index->type)) convert_untyped(ie->index, types.basic(Kind::Int));
    if (ie->index->mode == ExprMode::Constant) {
      i128 v = ie->index->cval->i;
      if (v < 0) {
        error(ie->index, DiagKind::TypeError,
              "invalid argument: index " + src(ie->index) +
                  " (constant of type int) must not be negative");
        return false;
      }
      if (length >= 0 && v >= length) {
        error(ie->index, DiagKind::TypeError,
              "invalid argument: index " + src(ie->index) +
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
  i128 prev = 0;
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
      i128 v = e->cval->i;
      if (v < 0)
        error(e, DiagKind::TypeError,
              "invalid argument: index " + src(e) + " (constant of type int) must not be negative");
      else if (length >= 0 && v > length)
        error(e, DiagKind::TypeError,
              "invalid argument: index " + src(e) +
                  " out of bounds [0:" + std::to_string(length + 1) + "]");
      else if (v < prev)
        error(e, DiagKind::TypeError,
              "invalid slice indices: " + i128_string(v) + " < " + i128_string(prev));
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

void Checker::Impl::unary(UnaryExpr* ue, const Type* hint) {
  if (ue->op == Tok::And) {
    Expr* x = unparen(ue->x);
    if (auto* cl = as<CompositeLit>(x)) {
      const Type* h =
          hint && under(hint) && under(hint)->kind == Kind::Pointer ? under(hint)->elem : nullptr;
      expr(ue->x, h);
      if (cl->mode == ExprMode::Invalid) return;
      ue->mode = ExprMode::Value;
      ue->type = types.pointer(ue->x->type);
      return;
    }
    expr(ue->x);
    if (ue->x->mode == ExprMode::Invalid) return;
    if (ue->x->mode != ExprMode::Variable) {
      std::string what = ue->x->mode == ExprMode::MapIndex
                             ? " (map index expression of type " + type_string(ue->x->type) + ")"
                             : "";
      error(ue, DiagKind::InvalidOperation,
            "invalid operation: cannot take address of " +
                (what.empty() ? describe(ue->x) : src(ue->x) + what));
      return;
    }
    mark_addressed(ue->x);
    ue->mode = ExprMode::Value;
    ue->type = types.pointer(ue->x->type);
    return;
  }
  if (ue->op == Tok::Arrow) {
    expr(ue->x);
    if (ue->x->mode == ExprMode::Invalid) return;
    const Type* u = under(ue->x->type);
    if (!u || u->kind != Kind::Chan) {
      error(ue, DiagKind::InvalidOperation,
            "invalid operation: cannot receive from non-channel " + describe(ue->x));
      return;
    }
    if (u->dir == ChanDir::Send) {
      error(ue, DiagKind::InvalidOperation,
            "invalid operation: cannot receive from send-only channel " + describe(ue->x));
      return;
    }
    ue->mode = ExprMode::CommaOk;
    ue->type = u->elem;
    return;
  }
  expr(ue->x, hint);
  if (ue->x->mode == ExprMode::Invalid) return;
  const Type* t = ue->x->type;
  bool okop = false;
  switch (ue->op) {
    case Tok::Add:
    case Tok::Sub:
      okop = is_numeric(t);
      break;
    case Tok::Xor:
      okop = is_integer(t);
      break;
    case Tok::Not:
      okop = is_boolean(t);
      break;
    default:
      break;
  }
  if (!okop) {
    error(ue, DiagKind::InvalidOperation,
          std::string("invalid operation: operator ") + tok_spelling(ue->op) + " not defined on " +
              describe(ue->x));
    return;
  }
  ue->type = t;
  if (ue->x->mode == ExprMode::Constant) {
    int ubits = is_unsigned(t) ? kind_bits(under(t)->kind) : 0;
    ConstResult r = const_unary(ue->op, *ue->x->cval, ubits);
    if (!r.ok) {
      error(ue, DiagKind::ConstantOverflow, r.error);
      return;
    }
    ue->mode = ExprMode::Constant;
    ue->cval = new_constant(r.value);
    if (!is_untyped(t)) {
      Constant rounded;
      if (!representable(ue, r.value, t, &rounded)) return;
      ue->cval = new_constant(rounded);
    }
    return;
  }
  ue->mode = ExprMode::Value;
}

void Checker::Impl::binary(BinaryExpr* be, const Type* hint) {
  if (be->op == Tok::Shl || be->op == Tok::Shr) {
    shift(be, hint);
    return;
  }
  switch (be->op) {
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
      comparison(be);
      return;
    default:
      break;
  }
  expr(be->x, hint);
  expr(be->y, hint);
  if (be->x->mode == ExprMode::Invalid || be->y->mode == ExprMode::Invalid) return;
  Expr* x = be->x;
  Expr* y = be->y;
  // Match untyped operands to the other side.
  if (is_untyped(x->type) && !is_untyped(y->type)) {
    if (!convert_untyped(x, y->type)) return;
  } else if (is_untyped(y->type) && !is_untyped(x->type)) {
    if (!convert_untyped(y, x->type)) return;
  }
  const Type* t = x->type;
  if (is_untyped(x->type) && is_untyped(y->type)) {
    Kind kx = x->type->kind, ky = y->type->kind;
    if (untyped_rank(kx) && untyped_rank(ky)) {
      t = untyped_rank(kx) >= untyped_rank(ky) ? x->type : y->type;
    } else if (kx != ky) {
      error(be, DiagKind::MismatchedTypes,
            "invalid operation: " + src(be) + " (mismatched types " + type_string(x->type) +
                " and " + type_string(y->type) + ")");
      return;
    }
  } else if (x->type != y->type) {
    error(be, DiagKind::MismatchedTypes,
          "invalid operation: " + src(be) + " (mismatched types " + type_string(x->type) + " and " +
              type_string(y->type) + ")");
    return;
  }
  bool okop = false;
  switch (be->op) {
    case Tok::Add:
      okop = is_numeric(t) || is_string(t);
      break;
    case Tok::Sub:
    case Tok::Mul:
    case Tok::Quo:
      okop = is_numeric(t);
      break;
    case Tok::Rem:
    case Tok::And:
    case Tok::Or:
    case Tok::Xor:
    case Tok::AndNot:
      okop = is_integer(t);
      break;
    case Tok::LAnd:
    case Tok::LOr:
      okop = is_boolean(t);
      break;
    default:
      break;
  }
  if (!okop) {
    error(be, DiagKind::InvalidOperation,
          std::string("invalid operation: operator ") + tok_spelling(be->op) + " not defined on " +
              describe(x));
    return;
  }
  if ((be->op == Tok::Quo || be->op == Tok::Rem) && y->mode == ExprMode::Constant &&
      is_integer(t) &&
      ((y->cval->kind == Constant::Kind::Int && y->cval->i == 0) ||
       (y->cval->kind == Constant::Kind::Float && y->cval->f == 0))) {
    error(y, DiagKind::InvalidOperation, "invalid operation: division by zero");
    return;
  }
  if ((be->op == Tok::Quo) && y->mode == ExprMode::Constant && is_float(t) &&
      y->cval->as_float() == 0 && x->mode == ExprMode::Constant) {
    error(y, DiagKind::InvalidOperation, "invalid operation: division by zero");
    return;
  }
  be->type = t;
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    bool intdiv = is_integer(t);
    ConstResult r = const_binary(be->op, *x->cval, *y->cval, intdiv);
    if (!r.ok) {
      error(be, DiagKind::ConstantOverflow, r.error);
      return;
    }
    Constant v = r.value;
    if (t->kind == Kind::UntypedInt || t->kind == Kind::UntypedRune) {
      if (v.kind == Constant::Kind::Float && v.float_is_integral()) v = Constant::of_int(i128(v.f));
    }
    be->mode = ExprMode::Constant;
    if (!is_untyped(t)) {
      Constant rounded;
      if (!representable(be, v, t, &rounded)) return;
      v = rounded;
    }
    be->cval = new_constant(v);
    return;
  }
  be->mode = ExprMode::Value;
}

void Checker::Impl::shift(BinaryExpr* be, const Type* hint) {
  expr(be->x, hint);
  expr(be->y);
  if (be->x->mode == ExprMode::Invalid || be->y->mode == ExprMode::Invalid) return;
  Expr* x = be->x;
  Expr* y = be->y;
  // The count must be an integer (or an untyped constant representable as uint).
  if (y->mode == ExprMode::Constant) {
    Constant c = *y->cval;
    if (c.kind == Constant::Kind::Float && c.float_is_integral()) c = Constant::of_int(i128(c.f));
    if (c.kind != Constant::Kind::Int) {
      error(y, DiagKind::TypeError,
            "invalid operation: shift count " + describe(y) + " must be integer");
      return;
    }
    if (c.i < 0) {
      error(y, DiagKind::TypeError, "invalid operation: negative shift count " + describe(y));
      return;
    }
    if (is_untyped(y->type)) {
      y->cval = new_constant(c);
      set_type_recursive(y, types.basic(Kind::Uint));
    }
  } else if (!is_integer(y->type)) {
    error(y, DiagKind::TypeError,
          "invalid operation: shift count " + describe(y) + " must be integer");
    return;
  } else if (is_untyped(y->type)) {
    convert_untyped(y, types.basic(Kind::Uint));
  }
  if (x->mode == ExprMode::Constant) {
    Constant c = *x->cval;
    if (is_untyped(x->type) && c.kind == Constant::Kind::Float && c.float_is_integral()) {
      c = Constant::of_int(i128(c.f));
      x->cval = new_constant(c);
      x->type = types.basic(Kind::UntypedInt);
    }
    if (c.kind != Constant::Kind::Int || !is_integer(x->type)) {
      error(x, DiagKind::TypeError,
            "invalid operation: shifted operand " + describe(x) + " must be integer");
      return;
    }
    if (y->mode == ExprMode::Constant) {
      ConstResult r = const_shift(be->op, c, uint64_t(y->cval->i > 100000 ? 100000 : y->cval->i));
      if (!r.ok) {
        error(be, DiagKind::ConstantOverflow, r.error);
        return;
      }
      be->mode = ExprMode::Constant;
      be->type = x->type;
      Constant v = r.value;
      if (!is_untyped(x->type)) {
        Constant rounded;
        if (!representable(be, v, x->type, &rounded)) return;
        v = rounded;
      }
      be->cval = new_constant(v);
      return;
    }
    // Non-constant shift of an untyped constant: the type comes from the context.
    be->mode = ExprMode::Value;
    be->type = x->type;
    return;
  }
  if (!is_integer(x->type)) {
    error(x, DiagKind::TypeError,
          "invalid operation: shifted operand " + describe(x) + " must be integer");
    return;
  }
  be->mode = ExprMode::Value;
  be->type = x->type;
}

void Checker::Impl::comparison(BinaryExpr* be) {
  expr(be->x);
  expr(be->y);
  if (be->x->mode == ExprMode::Invalid || be->y->mode == ExprMode::Invalid) return;
  Expr* x = be->x;
  Expr* y = be->y;
  bool xnil = x->type->kind == Kind::UntypedNil, ynil = y->type->kind == Kind::UntypedNil;
  auto mismatch = [&]() {
    error(be, DiagKind::MismatchedTypes,
          "invalid operation: " + src(be) + " (mismatched types " + type_string(x->type) + " and " +
              type_string(y->type) + ")");
  };
  if (xnil && ynil) {
    error(be, DiagKind::InvalidOperation,
          "invalid operation: " + src(be) + " (operator " + tok_spelling(be->op) +
              " not defined on nil)");
    return;
  }
  if (is_untyped(x->type) && !is_untyped(y->type)) {
    if (!convert_untyped(x, y->type)) return;
  } else if (is_untyped(y->type) && !is_untyped(x->type)) {
    if (!convert_untyped(y, x->type)) return;
  } else if (is_untyped(x->type) && is_untyped(y->type)) {
    Kind kx = x->type->kind, ky = y->type->kind;
    if (!(untyped_rank(kx) && untyped_rank(ky)) && kx != ky) {
      mismatch();
      return;
    }
  }
  bool eq = be->op == Tok::Eql || be->op == Tok::Neq;
  const Type* xt = x->type;
  const Type* yt = y->type;
  if (!is_untyped(xt) || !is_untyped(yt)) {
    bool ok = xt == yt || assignable_type(xt, yt) || assignable_type(yt, xt);
    if (!ok) {
      mismatch();
      return;
    }
    if (eq) {
      bool x_is_nil = y->type->kind != Kind::UntypedNil && x->mode == ExprMode::Value &&
                      as<Ident>(unparen(x)) && static_cast<Ident*>(unparen(x))->obj &&
                      static_cast<Ident*>(unparen(x))->obj->kind == ObjKind::Nil;
      bool y_is_nil = as<Ident>(unparen(y)) && static_cast<Ident*>(unparen(y))->obj &&
                      static_cast<Ident*>(unparen(y))->obj->kind == ObjKind::Nil;
      const Type* t = y_is_nil ? xt : yt;
      if (!(x_is_nil || y_is_nil)) {
        for (Expr* e : {x, y})
          if (!is_comparable(e->type)) {
            const Type* u = under(e->type);
            std::string what = u->kind == Kind::Slice  ? "slice"
                               : u->kind == Kind::Map  ? "map"
                               : u->kind == Kind::Func ? "func"
                                                       : "";
            if (!what.empty())
              error(
                  be, DiagKind::InvalidOperation,
                  "invalid operation: " + src(be) + " (" + what + " can only be compared to nil)");
            else
              error(be, DiagKind::InvalidOperation,
                    "invalid operation: " + src(be) + " (" + type_string(e->type) +
                        " cannot be compared)");
            return;
          }
      }
      (void)t;
    } else if (!is_ordered(xt)) {
      error(be, DiagKind::InvalidOperation,
            "invalid operation: " + src(be) + " (operator " + tok_spelling(be->op) +
                " not defined on " +
                describe(x).substr(src(x).size() + 2, std::string::npos).insert(0, ""));
      return;
    }
  } else if (!eq && !is_ordered(xt)) {
    error(be, DiagKind::InvalidOperation,
          std::string("invalid operation: operator ") + tok_spelling(be->op) + " not defined on " +
              describe(x));
    return;
  }
  be->type = types.basic(Kind::UntypedBool);
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    be->mode = ExprMode::Constant;
    be->cval = new_constant(Constant::of_bool(const_compare(be->op, *x->cval, *y->cval)));
    return;
  }
  be->mode = ExprMode::Value;
}

const Type* Checker::Impl::default_type(const Type* t) {
  switch (t->kind) {
    case Kind::UntypedBool:
      return types.basic(Kind::Bool);
    case Kind::UntypedInt:
      return types.basic(Kind::Int);
    case Kind::UntypedRune:
      return types.basic(Kind::Int32);
    case Kind::UntypedFloat:
      return types.basic(Kind::Float64);
    case Kind::UntypedString:
      return types.basic(Kind::String);
    default:
      return t;
  }
}

bool Checker::Impl::representable(Expr* e, const Constant& c, const Type* t, Constant* rounded) {
  const Type* u = under(t);
  *rounded = c;
  auto fail = [&](const char* why) {
    error(e, DiagKind::ConstantOverflow,
          "constant " + const_string(c) + " " + why + " " + type_string(t));
    e->mode = ExprMode::Invalid;
    return false;
  };
  // In an assignment context Go says "cannot use X (...) as T value in CONTEXT (overflows)".
  auto overflow = [&]() {
    if (!assign_context.empty() && is_untyped(e->type))
      error(e, DiagKind::ConstantOverflow,
            "cannot use " + describe(e) + " as " + type_string(t) + " value in " + assign_context +
                " (overflows)");
    else if (is_untyped(e->type))
      error(e, DiagKind::ConstantOverflow, describe(e) + " overflows " + type_string(t));
    else
      error(e, DiagKind::ConstantOverflow,
            "constant " + const_string(c) + " overflows " + type_string(t));
    e->mode = ExprMode::Invalid;
    return false;
  };
  if (is_integer(u) && !is_untyped(u)) {
    Constant v = c;
    if (v.kind == Constant::Kind::Float) {
      if (!v.float_is_integral()) return fail("truncated to");
      v = Constant::of_int(i128(v.f));
    }
    if (v.kind != Constant::Kind::Int) return fail("cannot be represented as");
    int bits = kind_bits(u->kind);
    i128 lo, hi;
    if (is_unsigned(u)) {
      lo = 0;
      hi = (i128(1) << bits) - 1;
    } else {
      lo = -(i128(1) << (bits - 1));
      hi = (i128(1) << (bits - 1)) - 1;
    }
    if (v.i < lo || v.i > hi) return overflow();
    *rounded = v;
    return true;
  }
  if (is_float(u) && !is_untyped(u)) {
    if (c.kind != Constant::Kind::Int && c.kind != Constant::Kind::Float)
      return fail("cannot be represented as");
    double f = double(c.as_float());
    if (u->kind == Kind::Float32) {
      if (std::fabs(f) > 3.40282346638528859811704183484516925440e+38) return overflow();
      f = double(float(f));
    }
    *rounded = Constant::of_float(f);
    return true;
  }
  if (is_complex(u)) {
    error(e, DiagKind::Unsupported, "complex numbers are not supported");
    e->mode = ExprMode::Invalid;
    return false;
  }
  if (is_string(u)) return c.kind == Constant::Kind::String || fail("cannot be represented as");
  if (is_boolean(u)) return c.kind == Constant::Kind::Bool || fail("cannot be represented as");
  return fail("cannot be represented as");
}

void Checker::Impl::set_type_recursive(Expr* e, const Type* t) {
  e->type = t;
  if (auto* p = as<ParenExpr>(e))
    set_type_recursive(p->x, t);
  else if (auto* u = as<UnaryExpr>(e)) {
    if (u->op != Tok::Arrow && u->op != Tok::And && is_untyped(u->x->type))
      set_type_recursive(u->x, t);
  } else if (auto* b = as<BinaryExpr>(e)) {
    switch (b->op) {
      case Tok::Eql:
      case Tok::Neq:
      case Tok::Lss:
      case Tok::Leq:
      case Tok::Gtr:
      case Tok::Geq:
        break;  // operands keep their own types
      case Tok::Shl:
      case Tok::Shr:
        if (is_untyped(b->x->type)) set_type_recursive(b->x, t);
        break;
      default:
        if (is_untyped(b->x->type)) set_type_recursive(b->x, t);
        if (is_untyped(b->y->type)) set_type_recursive(b->y, t);
    }
  }
}

bool Checker::Impl::convert_untyped(Expr* e, const Type* target) {
  if (!is_untyped(e->type)) return true;
  const Type* src_t = e->type;
  if (!target || is_interface(target)) {
    if (src_t->kind == Kind::UntypedNil) {
      if (!target) {
        error(e, DiagKind::TypeError, "use of untyped nil in assignment");
        e->mode = ExprMode::Invalid;
        return false;
      }
      e->type = target;
      return true;
    }
    const Type* d = default_type(src_t);
    if (e->mode == ExprMode::Constant) {
      Constant r;
      if (!representable(e, *e->cval, d, &r)) return false;
      e->cval = new_constant(r);
    }
    set_type_recursive(e, d);
    // A non-constant untyped shift assumes int; its operand must be an integer then.
    if (auto* b = as<BinaryExpr>(unparen(e));
        b && (b->op == Tok::Shl || b->op == Tok::Shr) && !is_integer(d)) {
      error(e, DiagKind::TypeError,
            "invalid operation: shifted operand " + src(b->x) + " (type " + type_string(d) +
                ") must be integer");
      e->mode = ExprMode::Invalid;
      return false;
    }
    return true;
  }
  const Type* u = under(target);
  if (src_t->kind == Kind::UntypedNil) {
    if (!is_typed_nilable(target)) {
      error(e, DiagKind::TypeError,
            "cannot use nil as " + type_string(target) + " value in assignment");
      e->mode = ExprMode::Invalid;
      return false;
    }
    e->type = target;
    return true;
  }
  if (u->kind == Kind::Invalid) return false;
  if (e->mode == ExprMode::Constant) {
    bool kind_ok =
        (is_numeric(u) && (src_t->kind == Kind::UntypedInt || src_t->kind == Kind::UntypedRune ||
                           src_t->kind == Kind::UntypedFloat)) ||
        (is_string(u) && src_t->kind == Kind::UntypedString) ||
        (is_boolean(u) && src_t->kind == Kind::UntypedBool);
    if (!kind_ok) {
      error(e, DiagKind::MismatchedTypes,
            "cannot use " + describe(e) + " as " + type_string(target) + " value in assignment");
      e->mode = ExprMode::Invalid;
      return false;
    }
    if (is_integer(u) && e->cval->kind == Constant::Kind::Float && !e->cval->float_is_integral()) {
      error(e, DiagKind::TypeError,
            "cannot use " + describe(e) + " as " + type_string(target) +
                " value in assignment (truncated)");
      e->mode = ExprMode::Invalid;
      return false;
    }
    Constant r;
    if (!representable(e, *e->cval, target, &r)) return false;
    e->cval = new_constant(r);
    set_type_recursive(e, target);
    return true;
  }
  // Non-constant untyped values: comparison results (bool) and shifts of untyped constants.
  if (src_t->kind == Kind::UntypedBool) {
    if (!is_boolean(u)) {
      error(e, DiagKind::MismatchedTypes,
            "cannot use " + describe(e) + " as " + type_string(target) + " value");
      e->mode = ExprMode::Invalid;
      return false;
    }
    e->type = target;
    return true;
  }
  if (!is_numeric(u) && !is_string(u)) {
    error(e, DiagKind::MismatchedTypes,
          "cannot use " + describe(e) + " as " + type_string(target) + " value");
    e->mode = ExprMode::Invalid;
    return false;
  }
  if (auto* b = as<BinaryExpr>(unparen(e));
      b && (b->op == Tok::Shl || b->op == Tok::Shr) && !is_integer(u)) {
    error(e, DiagKind::TypeError,
          "invalid operation: shifted operand " + src(b->x) + " (type " + type_string(target) +
              ") must be integer");
    e->mode = ExprMode::Invalid;
    return false;
  }
  set_type_recursive(e, target);
  return true;
}

bool Checker::Impl::assignable_type(const Type* v, const Type* t) {
  if (v == t) return true;
  if (!v || !t || v->kind == Kind::Invalid || t->kind == Kind::Invalid) return true;
  const Type* vu = under(v);
  const Type* tu = under(t);
  if (vu == tu && (v->kind != Kind::Named || t->kind != Kind::Named) && vu->kind != Kind::Interface)
    return true;
  if (vu == tu && vu->kind == Kind::Interface && (v->kind != Kind::Named || t->kind != Kind::Named))
    return true;
  if (tu->kind == Kind::Interface && implements(v, t, nullptr)) return true;
  if (vu->kind == Kind::Chan && tu->kind == Kind::Chan && vu->dir == ChanDir::Both &&
      vu->elem == tu->elem && (v->kind != Kind::Named || t->kind != Kind::Named))
    return true;
  if (v->kind == Kind::UntypedNil && is_typed_nilable(t)) return true;
  return false;
}

bool Checker::Impl::assignable(Expr* e, const Type* t, const std::string& context) {
  if (e->mode == ExprMode::Invalid || !t || t->kind == Kind::Invalid) return true;
  if (e->mode == ExprMode::NoValue) {
    error(e, DiagKind::TypeError, src(e) + " (no value) used as value");
    e->mode = ExprMode::Invalid;
    return false;
  }
  if (is_untyped(e->type)) {
    if (is_interface(t) && e->type->kind != Kind::UntypedNil) {
      if (!convert_untyped(e, nullptr)) return false;
    } else {
      if (e->mode == ExprMode::Constant || e->type->kind == Kind::UntypedNil) {
        // Reword conversion errors for assignment contexts.
        const Type* u = under(t);
        const Type* st = e->type;
        bool kind_ok = st->kind == Kind::UntypedNil
                           ? is_typed_nilable(t)
                           : (is_numeric(u) &&
                              (st->kind == Kind::UntypedInt || st->kind == Kind::UntypedRune ||
                               st->kind == Kind::UntypedFloat)) ||
                                 (is_string(u) && st->kind == Kind::UntypedString) ||
                                 (is_boolean(u) && st->kind == Kind::UntypedBool);
        if (!kind_ok) {
          error(e, DiagKind::MismatchedTypes,
                "cannot use " + (st->kind == Kind::UntypedNil ? std::string("nil") : describe(e)) +
                    " as " + type_string(t) + " value in " + context);
          e->mode = ExprMode::Invalid;
          return false;
        }
        if (is_integer(u) && e->cval && e->cval->kind == Constant::Kind::Float &&
            !e->cval->float_is_integral()) {
          error(e, DiagKind::TypeError,
                "cannot use " + describe(e) + " as " + type_string(t) + " value in " + context +
                    " (truncated)");
          e->mode = ExprMode::Invalid;
          return false;
        }
      }
      assign_context = context;
      bool ok = convert_untyped(e, t);
      assign_context.clear();
      return ok;
    }
  }
  if (assignable_type(e->type, t)) return true;
  std::string why;
  if (is_interface(t)) {
    implements(e->type, t, &why);
    error(e, DiagKind::NotImplemented,
          "cannot use " + describe(e) + " as " + type_string(t) + " value in " + context + ": " +
              type_string(e->type) + " does not implement " + type_string(t) + " " + why);
  } else {
    error(e, DiagKind::MismatchedTypes,
          "cannot use " + describe(e) + " as " + type_string(t) + " value in " + context);
  }
  e->mode = ExprMode::Invalid;
  return false;
}

std::string Checker::Impl::describe(const Expr* e) {
  std::string s = src(e);
  const Type* t = e->type;
  switch (e->mode) {
    case ExprMode::Constant: {
      std::string v = e->cval ? const_string(*e->cval) : "";
      if (is_untyped(t)) {
        return s + " (" + type_string(t) + " constant" + (v == s ? "" : " " + v) + ")";
      }
      return s + " (constant " + (v == s ? "" : v + " ") + "of type " + type_string(t) + ")";
    }
    case ExprMode::Variable:
      return s + " (variable of type " + type_string(t) + ")";
    case ExprMode::MapIndex:
      return s + " (map index expression of type " + type_string(t) + ")";
    case ExprMode::CommaOk:
      return s + " (comma, ok expression of type " + type_string(t) + ")";
    case ExprMode::NoValue:
      return s + " (no value)";
    case ExprMode::TypeExpr:
      return s + " (type)";
    case ExprMode::Builtin:
      return s + " (built-in function " + s + ")";
    default:
      if (t && t->kind == Kind::UntypedNil) return "nil";
      if (t && is_untyped(t)) return s + " (" + type_string(t) + " value)";
      return s + " (value of type " + type_string(t) + ")";
  }
}

}  // namespace gs
