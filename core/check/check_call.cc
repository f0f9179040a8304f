// Calls: function and method calls, argument passing (variadic, multi-value spreading),
// builtin functions and conversions.

#include "check/checker_impl.h"
#include "lex/literal.h"

namespace gs {

namespace {
std::string tuple_text(const std::vector<const Type*>& ts, bool variadic) {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) s += ", ";
    if (variadic && i + 1 == ts.size())
      s += "..." + type_string(ts[i]->elem);
    else
      s += type_string(ts[i]);
  }
  return s + ")";
}
}  // namespace

void Checker::Impl::call(CallExpr* ce, const Type* hint) {
  // A generic function, possibly with some of its type arguments: F(x), F[int](x).
  auto* fix = as<IndexExpr>(unparen(ce->fun));
  auto* fix_sel = fix ? as<SelectorExpr>(fix->x) : nullptr;
  if (fix && (as<Ident>(fix->x) || (fix_sel && as<Ident>(fix_sel->x)))) {
    instantiating_ = true;
    expr_or_type(fix->x);
    instantiating_ = false;
    if (Object* g = generic_func(fix->x)) {
      const Type* sig = generic_call(ce, g, fix);
      if (!sig) return;
      ce->call_kind = CallExpr::CallKind::Func;
      arguments(ce, sig, src(fix->x), true);
      call_result(ce, sig);
      return;
    }
  }
  instantiating_ = true;
  expr_or_type(ce->fun);
  instantiating_ = false;
  Expr* fun = ce->fun;
  if (Object* g = generic_func(fun)) {
    const Type* sig = generic_call(ce, g, nullptr);
    if (!sig) return;
    ce->call_kind = CallExpr::CallKind::Func;
    arguments(ce, sig, src(fun), true);
    call_result(ce, sig);
    return;
  }
  if (fun->mode == ExprMode::TypeExpr) {
    Object* tn = nullptr;
    if (auto* id = as<Ident>(unparen(fun))) tn = id->obj;
    if (auto* se = as<SelectorExpr>(unparen(fun))) tn = se->sel->obj;
    if (tn && tn->kind == ObjKind::TypeName && is_generic(tn)) {
      error(fun, DiagKind::TypeError,
            "cannot use generic type " + src(fun) + " without instantiation");
      for (Expr* a : ce->args) multi_expr(a);
      return;
    }
  }
  if (fun->mode == ExprMode::Invalid) {
    for (Expr* a : ce->args) multi_expr(a);
    return;
  }
  if (fun->mode == ExprMode::TypeExpr) {
    ce->call_kind = CallExpr::CallKind::Conversion;
    conversion(ce, fun->type);
    // In generic code T(c) is no constant (T(1) << 70 is computed at run time), and the
    // instance must say the same.
    auto* tid = as<Ident>(unparen(fun));
    if (tid && tid->obj && tid->obj->binds_tparam && ce->mode == ExprMode::Constant) {
      ce->mode = ExprMode::Value;
      ce->cval = nullptr;
    }
    return;
  }
  if (fun->mode == ExprMode::Builtin) {
    auto* id = as<Ident>(unparen(fun));
    ce->call_kind = CallExpr::CallKind::Builtin;
    ce->builtin = id->obj->builtin;
    builtin_call(ce, Builtin(ce->builtin), hint);
    return;
  }
  require_value(fun);
  single_value(fun);
  if (fun->mode == ExprMode::Invalid) {
    for (Expr* a : ce->args) multi_expr(a);
    return;
  }
  const Type* sig = under(fun->type);
  if (!sig || sig->kind != Kind::Func) {
    error(ce, DiagKind::InvalidOperation,
          "invalid operation: cannot call non-function " + describe(fun));
    for (Expr* a : ce->args) multi_expr(a);
    return;
  }
  auto* se = as<SelectorExpr>(unparen(fun));
  ce->call_kind = se && se->selection &&
                          (se->selection->kind == Selection::Kind::Method ||
                           se->selection->kind == Selection::Kind::InterfaceMethod)
                      ? CallExpr::CallKind::Method
                      : CallExpr::CallKind::Func;
  arguments(ce, sig, src(fun));
  call_result(ce, sig);
}

void Checker::Impl::call_result(CallExpr* ce, const Type* sig) {
  if (sig->results.empty()) {
    ce->mode = ExprMode::NoValue;
    ce->type = types.tuple({});
  } else if (sig->results.size() == 1) {
    ce->mode = ExprMode::Value;
    ce->type = sig->results[0];
  } else {
    ce->mode = ExprMode::Value;
    ce->type = types.tuple(sig->results);
  }
}

void Checker::Impl::arguments(CallExpr* ce, const Type* sig, const std::string& fname,
                              bool checked) {
  const auto& params = sig->params;
  // f(g()) where g returns several values.
  bool prechecked = checked;
  if (ce->args.size() == 1 && !ce->has_ellipsis && as<CallExpr>(unparen(ce->args[0]))) {
    Expr* a = ce->args[0];
    if (!checked) multi_expr(a);
    prechecked = true;
    if (a->mode == ExprMode::Invalid) return;
    if (a->type && a->type->kind == Kind::Tuple && a->type->results.size() != 1) {
      const auto& rs = a->type->results;
      size_t np = params.size();
      bool count_ok = sig->variadic ? rs.size() >= np - 1 : rs.size() == np;
      if (!count_ok) {
        error(a, DiagKind::ArgumentCount,
              std::string(rs.size() < np ? "not enough" : "too many") + " arguments in call to " +
                  fname + "\n\thave " + tuple_text(rs, false) + "\n\twant " +
                  tuple_text(params, sig->variadic));
        return;
      }
      for (size_t i = 0; i < rs.size(); i++) {
        const Type* pt = (sig->variadic && i >= np - 1) ? params[np - 1]->elem : params[i];
        if (!assignable_type(rs[i], pt))
          error(a, DiagKind::MismatchedTypes,
                "cannot use " + type_string(rs[i]) + " value as " + type_string(pt) +
                    " value in argument to " + fname);
      }
      return;
    }
    if (a->mode == ExprMode::NoValue) {
      error(a, DiagKind::TypeError, src(a) + " (no value) used as value");
      return;
    }
  }
  size_t np = params.size();
  size_t na = ce->args.size();
  auto check_arg = [&](Expr* a, const Type* pt) {
    if (prechecked || checked)
      single_value(a);
    else
      expr(a, pt);
    assignable(a, pt, "argument to " + fname);
  };
  if (ce->has_ellipsis) {
    if (!sig->variadic) {
      error(ce->args.back(), DiagKind::TypeError,
            "have (...) but function is not variadic: " + fname);
      if (!prechecked)
        for (Expr* a : ce->args) expr(a);
      return;
    }
    if (na != np) {
      if (!prechecked)
        for (Expr* a : ce->args) expr(a);
      error(ce, DiagKind::ArgumentCount,
            std::string(na < np ? "not enough" : "too many") + " arguments in call to " + fname);
      return;
    }
    for (size_t i = 0; i < na; i++) check_arg(ce->args[i], params[i]);
    return;
  }
  size_t fixed = sig->variadic ? np - 1 : np;
  if (na < fixed || (!sig->variadic && na > np)) {
    std::vector<const Type*> have;
    for (Expr* a : ce->args) {
      if (!prechecked) expr(a);
      have.push_back(
          a->type && a->mode != ExprMode::Invalid
              ? (is_untyped(a->type) && a->mode == ExprMode::Constant ? a->type : a->type)
              : types.invalid());
    }
    std::string have_s = "(";
    for (size_t i = 0; i < have.size(); i++) {
      if (i) have_s += ", ";
      have_s += type_string(have[i]) == "untyped int" ? "number" : type_string(have[i]);
    }
    have_s += ")";
    if (na < fixed) {
      Range at{ce->range.end > 0 ? ce->range.end - 1 : 0, ce->range.end};
      error(at, DiagKind::ArgumentCount,
            "not enough arguments in call to " + fname + "\n\thave " + have_s + "\n\twant " +
                tuple_text(params, sig->variadic));
    } else {
      error(ce->args[np], DiagKind::ArgumentCount,
            "too many arguments in call to " + fname + "\n\thave " + have_s + "\n\twant " +
                tuple_text(params, sig->variadic));
    }
    return;
  }
  for (size_t i = 0; i < na; i++) {
    const Type* pt = i < fixed ? params[i] : params[np - 1]->elem;
    check_arg(ce->args[i], pt);
  }
}

bool Checker::Impl::reject_multi_value_arg(CallExpr* ce, const char* name) {
  Expr* a = ce->args.size() == 1 ? ce->args[0] : nullptr;
  if (!a || a->mode == ExprMode::Invalid || a->type->kind != Kind::Tuple ||
      a->type->results.size() < 2)
    return false;
  error(a, DiagKind::Unsupported,
        "a multiple-value call as the arguments of built-in " + std::string(name) + " (" + src(a) +
            ") is not supported; assign its results to variables first");
  return true;
}

void Checker::Impl::builtin_call(CallExpr* ce, Builtin b, const Type* hint) {
  static const struct {
    const char* name;
    int lo, hi;
  } info[] = {
#define GS_BUILTIN_INFO(id, name, lo, hi) {name, lo, hi},
      GS_BUILTINS(GS_BUILTIN_INFO)
#undef GS_BUILTIN_INFO
  };
  const auto& bi = info[int(b)];
  size_t na = ce->args.size();
  if (int(na) < bi.lo || (bi.hi >= 0 && int(na) > bi.hi)) {
    for (Expr* a : ce->args) multi_expr(a);
    if (reject_multi_value_arg(ce, bi.name)) return;
    error(na < size_t(bi.lo) ? Range{ce->range.end - 1, ce->range.end} : ce->args[bi.hi]->range,
          DiagKind::ArgumentCount,
          std::string(int(na) < bi.lo ? "not enough" : "too many") + " arguments for " + src(ce) +
              " (expected " + std::to_string(int(na) < bi.lo ? bi.lo : bi.hi) + ", found " +
              std::to_string(na) + ")");
    return;
  }
  if (ce->has_ellipsis && b != Builtin::Append) {
    error(ce, DiagKind::TypeError, std::string("invalid use of ... with built-in ") + bi.name);
    return;
  }
  const Type* int_t = types.basic(Kind::Int);
  auto set = [&](ExprMode m, const Type* t) {
    ce->mode = m;
    ce->type = t;
  };
  switch (b) {
    case Builtin::Len:
    case Builtin::Cap: {
      Expr* x = ce->args[0];
      expr(x);
      if (x->mode == ExprMode::Invalid) return;
      if (is_untyped(x->type) && x->type->kind == Kind::UntypedString) {
        if (b == Builtin::Cap) break;
      }
      const Type* u = under(x->type);
      if (u->kind == Kind::Pointer && under(u->elem)->kind == Kind::Array) u = under(u->elem);
      bool ok = false;
      switch (u->kind) {
        case Kind::String:
        case Kind::UntypedString:
          ok = b == Builtin::Len;
          break;
        case Kind::Array:
        case Kind::Slice:
        case Kind::Chan:
          ok = true;
          break;
        case Kind::Map:
          ok = b == Builtin::Len;
          break;
        default:
          break;
      }
      if (!ok) {
        error(x, DiagKind::TypeError,
              std::string("invalid argument: ") + describe(x) + " for built-in " + bi.name);
        return;
      }
      if (x->mode == ExprMode::Constant && x->cval->kind == Constant::Kind::String) {
        set(ExprMode::Constant, int_t);
        ce->cval = new_constant(Constant::of_int(int64_t(x->cval->s.size())));
        return;
      }
      // len/cap of an array (or pointer to one) is a constant when x has no call or receive;
      // x is not evaluated then (spec).
      if (u->kind == Kind::Array && !contains_call(x)) {
        set(ExprMode::Constant, int_t);
        ce->cval = new_constant(Constant::of_int(u->len));
        return;
      }
      if (is_untyped(x->type)) convert_untyped(x, nullptr);
      set(ExprMode::Value, int_t);
      return;
    }
    case Builtin::Append: {
      Expr* s = ce->args[0];
      expr(s, hint);
      if (s->mode == ExprMode::Invalid) {
        for (size_t i = 1; i < na; i++) expr(ce->args[i]);
        return;
      }
      if (s->type->kind == Kind::UntypedNil) {
        error(s, DiagKind::TypeError,
              "invalid argument: " + src(s) + " (untyped nil) is not a typed slice");
        return;
      }
      const Type* u = under(s->type);
      if (u->kind != Kind::Slice) {
        error(s, DiagKind::TypeError, "invalid argument: " + describe(s) + " is not a slice");
        for (size_t i = 1; i < na; i++) expr(ce->args[i]);
        return;
      }
      if (ce->has_ellipsis) {
        if (na != 2) {
          error(ce, DiagKind::ArgumentCount, "can only use ... with final argument in list");
          return;
        }
        Expr* y = ce->args[1];
        expr(y);
        if (y->mode == ExprMode::Invalid) return;
        // append([]byte, string...) is allowed.
        if (under(u->elem)->kind == Kind::Uint8 && is_string(y->type)) {
          if (is_untyped(y->type)) convert_untyped(y, types.basic(Kind::String));
        } else if (y->type->kind == Kind::UntypedNil) {
          convert_untyped(y, s->type);
        } else {
          assignable(y, types.slice(u->elem), "append");
        }
      } else {
        for (size_t i = 1; i < na; i++) {
          expr(ce->args[i], u->elem);
          assignable(ce->args[i], u->elem, "argument to append");
        }
      }
      set(ExprMode::Value, s->type);
      return;
    }
    case Builtin::Make: {
      const Type* t = type_expr(ce->args[0]);
      if (t->kind == Kind::Invalid) return;
      const Type* u = under(t);
      size_t min = 1, max = 1;
      switch (u->kind) {
        case Kind::Slice:
          min = 2;
          max = 3;
          break;
        case Kind::Map:
        case Kind::Chan:
          min = 1;
          max = 2;
          break;
        default:
          error(ce->args[0], DiagKind::TypeError,
                "invalid argument: cannot make " + src(ce->args[0]) +
                    "; type must be slice, map, or channel");
          for (size_t i = 1; i < na; i++) expr(ce->args[i]);
          return;
      }
      if (na < min || na > max) {
        for (size_t i = 1; i < na; i++) expr(ce->args[i]);
        error(ce, DiagKind::ArgumentCount,
              std::string("invalid operation: ") + src(ce) + " expects " + std::to_string(min) +
                  (max > min ? " or " + std::to_string(max) : "") + " arguments; found " +
                  std::to_string(na));
        return;
      }
      std::vector<int64_t> consts;
      for (size_t i = 1; i < na; i++) {
        Expr* a = ce->args[i];
        expr(a);
        if (a->mode == ExprMode::Invalid) continue;
        // An untyped numeric constant becomes an int; convert_untyped says why it cannot.
        if (!is_integer(a->type) &&
            !(a->mode == ExprMode::Constant && is_untyped(a->type) && is_numeric(a->type))) {
          error(a, DiagKind::TypeError, "cannot convert " + describe(a) + " to type int");
          continue;
        }
        if (is_untyped(a->type)) convert_untyped(a, int_t);
        if (negative_index(a)) continue;
        if (a->mode == ExprMode::Constant) consts.push_back(a->cval->i.saturated());
      }
      if (na == 3 && consts.size() == 2 && consts[0] > consts[1])
        error(ce->args[1], DiagKind::TypeError, "invalid argument: length and capacity swapped");
      set(ExprMode::Value, t);
      return;
    }
    case Builtin::New: {
      const Type* t = type_expr(ce->args[0]);
      set(ExprMode::Value, types.pointer(t));
      return;
    }
    case Builtin::Delete: {
      Expr* m = ce->args[0];
      expr(m);
      if (m->mode == ExprMode::Invalid) {
        expr(ce->args[1]);
        return;
      }
      const Type* u = under(m->type);
      if (u->kind != Kind::Map) {
        expr(ce->args[1]);
        error(m, DiagKind::TypeError, "invalid argument: " + describe(m) + " is not a map");
        return;
      }
      expr(ce->args[1], u->key);
      assignable(ce->args[1], u->key, "argument to delete");
      set(ExprMode::NoValue, types.tuple({}));
      return;
    }
    case Builtin::Copy: {
      Expr* d = ce->args[0];
      Expr* s = ce->args[1];
      expr(d);
      expr(s);
      if (d->mode == ExprMode::Invalid || s->mode == ExprMode::Invalid) return;
      const Type* du = under(d->type);
      const Type* su = under(s->type);
      if (du->kind != Kind::Slice) {
        error(ce, DiagKind::TypeError,
              "invalid argument: copy expects slice arguments; found " + describe(d) + " and " +
                  describe(s));
        return;
      }
      if (is_string(su) && under(du->elem)->kind == Kind::Uint8) {
        if (is_untyped(s->type)) convert_untyped(s, types.basic(Kind::String));
      } else if (su->kind != Kind::Slice || su->elem != du->elem) {
        error(ce, DiagKind::TypeError,
              "invalid argument: arguments to copy " + describe(d) + " and " + describe(s) +
                  " have different element types");
        return;
      }
      set(ExprMode::Value, int_t);
      return;
    }
    case Builtin::Close: {
      Expr* c = ce->args[0];
      expr(c);
      if (c->mode == ExprMode::Invalid) return;
      const Type* u = under(c->type);
      if (u->kind != Kind::Chan) {
        error(c, DiagKind::TypeError, "invalid operation: non-chan argument " + describe(c));
        return;
      }
      if (u->dir == ChanDir::Recv) {
        error(c, DiagKind::InvalidOperation,
              "invalid operation: cannot close receive-only channel " + describe(c));
        return;
      }
      set(ExprMode::NoValue, types.tuple({}));
      return;
    }
    case Builtin::Panic: {
      Expr* x = ce->args[0];
      expr(x, types.empty_interface);
      assignable(x, types.empty_interface, "argument to panic");
      set(ExprMode::NoValue, types.tuple({}));
      return;
    }
    case Builtin::Recover:
      if (func) func->calls_recover = true;
      set(ExprMode::Value, types.empty_interface);
      return;
    case Builtin::Print:
    case Builtin::Println: {
      if (na == 1 && as<CallExpr>(ce->args[0])) {
        multi_expr(ce->args[0]);  // what expr does for a call, minus single_value
        if (reject_multi_value_arg(ce, bi.name)) return;
      }
      for (Expr* a : ce->args) {
        if (na != 1 || !as<CallExpr>(a)) expr(a);
        single_value(a);
        if (a->mode == ExprMode::Invalid) continue;
        if (a->type->kind == Kind::UntypedNil) {
          error(a, DiagKind::TypeError,
                "use of untyped nil in argument to built-in " + std::string(bi.name));
          continue;
        }
        convert_untyped(a, nullptr);
      }
      set(ExprMode::NoValue, types.tuple({}));
      return;
    }
    case Builtin::Min:
    case Builtin::Max: {
      for (Expr* a : ce->args) expr(a);
      const Type* t = nullptr;
      for (Expr* a : ce->args) {
        if (a->mode == ExprMode::Invalid) return;
        if (!is_untyped(a->type)) {
          if (t && t != a->type) {
            error(a, DiagKind::MismatchedTypes,
                  std::string("invalid argument: mismatched types ") + type_string(t) +
                      " (previous argument) and " + type_string(a->type) + " (type of " + src(a) +
                      ")");
            return;
          }
          t = a->type;
        }
      }
      bool all_const = true;
      for (Expr* a : ce->args) all_const &= a->mode == ExprMode::Constant;
      if (!t) {
        // All untyped: the largest kind wins.
        t = ce->args[0]->type;
        for (Expr* a : ce->args)
          if (a->type->kind == Kind::UntypedFloat ||
              (a->type->kind == Kind::UntypedRune && t->kind == Kind::UntypedInt))
            t = a->type;
      }
      if (!is_ordered(t)) {
        error(ce->args[0], DiagKind::TypeError,
              std::string("invalid argument: ") + describe(ce->args[0]) + " cannot be ordered");
        return;
      }
      if (!is_untyped(t))
        for (Expr* a : ce->args)
          if (!convert_untyped(a, t)) return;
      if (all_const) {
        const Constant* best = ce->args[0]->cval;
        for (Expr* a : ce->args) {
          bool better = b == Builtin::Min ? const_compare(Tok::Lss, *a->cval, *best)
                                          : const_compare(Tok::Gtr, *a->cval, *best);
          if (better) best = a->cval;
        }
        ce->cval = best;
        set(ExprMode::Constant, t);
        return;
      }
      if (is_untyped(t)) {
        t = default_type(t);
        for (Expr* a : ce->args) convert_untyped(a, t);
      }
      set(ExprMode::Value, t);
      return;
    }
    case Builtin::Clear: {
      Expr* x = ce->args[0];
      expr(x);
      if (x->mode == ExprMode::Invalid) return;
      const Type* u = under(x->type);
      if (u->kind != Kind::Map && u->kind != Kind::Slice) {
        error(x, DiagKind::TypeError,
              "invalid argument: " + describe(x) + " must be a map or slice");
        return;
      }
      set(ExprMode::NoValue, types.tuple({}));
      return;
    }
    case Builtin::Complex:
    case Builtin::Real:
    case Builtin::Imag:
      for (Expr* a : ce->args) multi_expr(a);
      error(ce, DiagKind::Unsupported,
            std::string("complex numbers are not supported (built-in ") + bi.name + ")");
      return;
    default:
      break;
  }
  error(ce, DiagKind::TypeError, std::string("invalid use of built-in ") + bi.name);
}

bool Checker::Impl::convertible(Expr* x, const Type* t) {
  const Type* v = x->type;
  if (assignable_type(v, t)) return true;
  const Type* vu = under(v);
  const Type* tu = under(t);
  if (vu == tu) return true;
  // Identical underlying types ignoring struct tags.
  if (vu->kind == Kind::Struct && tu->kind == Kind::Struct &&
      vu->fields.size() == tu->fields.size()) {
    bool same = true;
    for (size_t i = 0; i < vu->fields.size(); i++)
      same &= vu->fields[i].name == tu->fields[i].name &&
              vu->fields[i].type == tu->fields[i].type &&
              vu->fields[i].embedded == tu->fields[i].embedded;
    if (same) return true;
  }
  if (vu->kind == Kind::Pointer && tu->kind == Kind::Pointer && v->kind != Kind::Named &&
      t->kind != Kind::Named && under(vu->elem) == under(tu->elem))
    return true;
  if ((is_integer(vu) || is_float(vu)) && (is_integer(tu) || is_float(tu))) return true;
  if (is_string(tu) && (is_integer(vu))) return true;
  auto is_bytes_or_runes = [](const Type* u) {
    return u->kind == Kind::Slice &&
           (under(u->elem)->kind == Kind::Uint8 || under(u->elem)->kind == Kind::Int32);
  };
  if (is_string(tu) && is_bytes_or_runes(vu)) return true;
  if (is_string(vu) && is_bytes_or_runes(tu)) return true;
  // Slice to array pointer (Go 1.17) and to array (Go 1.20).
  if (vu->kind == Kind::Slice && tu->kind == Kind::Pointer &&
      under(tu->elem)->kind == Kind::Array && under(tu->elem)->elem == vu->elem)
    return true;
  if (vu->kind == Kind::Slice && tu->kind == Kind::Array && tu->elem == vu->elem) return true;
  return false;
}

void Checker::Impl::conversion(CallExpr* ce, const Type* t) {
  if (ce->args.size() != 1) {
    for (Expr* a : ce->args) expr(a);
    error(ce, DiagKind::ArgumentCount,
          std::string(ce->args.empty() ? "missing argument" : "too many arguments") +
              " in conversion to " + type_string(t));
    return;
  }
  if (ce->has_ellipsis) {
    error(ce, DiagKind::TypeError, "invalid use of ... in conversion to " + type_string(t));
    return;
  }
  Expr* x = ce->args[0];
  expr(x, t);
  if (x->mode == ExprMode::Invalid || t->kind == Kind::Invalid) return;
  const Type* tu = under(t);
  if (is_complex(tu)) {
    error(ce, DiagKind::Unsupported, "complex numbers are not supported");
    return;
  }
  // Constant conversions.
  if (x->mode == ExprMode::Constant && (is_numeric(tu) || is_string(tu) || is_boolean(tu))) {
    const Constant& c = *x->cval;
    if (is_string(tu) && is_integer(x->type)) {
      // string(rune): a constant string; a value that is no code point gives "\uFFFD".
      std::string s;
      bool rune = c.i.fits(32, false) && c.i.low64() <= 0x10FFFF;
      append_utf8(s, rune ? int32_t(c.i.low64()) : 0xFFFD);
      ce->cval = new_constant(Constant::of_string(s));
      ce->mode = ExprMode::Constant;
      ce->type = t;
      // The argument keeps its value, however large (types2 keeps its untyped type).
      if (is_untyped(x->type)) set_type_recursive(x, default_type(x->type));
      return;
    }
    bool kind_ok = (is_numeric(tu) && is_numeric(x->type)) ||
                   (is_string(tu) && is_string(x->type)) || (is_boolean(tu) && is_boolean(x->type));
    if (!kind_ok) {
      error(ce, DiagKind::InvalidConversion,
            "cannot convert " + describe(x) + " to type " + type_string(t));
      return;
    }
    Constant r;
    if (!fits_type(c, t, &r)) {
      // types2's wording; an integer-to-integer conversion can only overflow.
      if (is_integer(x->type) && is_integer(tu)) {
        error(x, DiagKind::InvalidConversion,
              "constant " + const_string(c) + " overflows " + type_string(t));
      } else {
        // Like types2, show a float with an integer value as that integer.
        if (Constant v = c.to_int(); is_integer(tu) && v.is_valid()) x->cval = new_constant(v);
        error(x, DiagKind::InvalidConversion,
              "cannot convert " + describe(x) + " to type " + type_string(t));
      }
      return;
    }
    if (is_untyped(x->type)) set_type_recursive(x, t);
    ce->cval = new_constant(r);
    ce->mode = ExprMode::Constant;
    ce->type = t;
    return;
  }
  if (is_untyped(x->type)) {
    if (x->type->kind == Kind::UntypedNil) {
      if (!is_typed_nilable(t)) {
        error(ce, DiagKind::InvalidConversion, "cannot convert nil to type " + type_string(t));
        return;
      }
      x->type = t;
    } else if (is_interface(t) || !(is_numeric(tu) || is_string(tu) || is_boolean(tu))) {
      // e.g. []byte("abc"): the constant takes its default type first.
      convert_untyped(x, nullptr);
    } else if (!convert_untyped(x, t)) {
      return;
    }
  }
  if (!convertible(x, t)) {
    error(ce, DiagKind::InvalidConversion,
          "cannot convert " + describe(x) + " to type " + type_string(t));
    return;
  }
  ce->mode = ExprMode::Value;
  ce->type = t;
}

}  // namespace gs
