// Untyped constants and assignability: default types, representability of constants,
// conversion of untyped operands to their context's type, assignability checks, and operand
// descriptions for error messages.
#include <cmath>

#include "check/checker_impl.h"

namespace gs {

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

bool fits_type(const Constant& c, const Type* t, Constant* rounded) {
  const Type* u = under(t);
  *rounded = c;
  if (is_integer(u) && !is_untyped(u)) {
    Constant v = c.to_int();
    if (!v.is_valid() || !v.i.fits(kind_bits(u->kind), !is_unsigned(u))) return false;
    *rounded = std::move(v);
    return true;
  }
  if (is_float(u) && !is_untyped(u)) {
    if (c.kind != Constant::Kind::Int && c.kind != Constant::Kind::Float) return false;
    Real v = c.real();
    double f = u->kind == Kind::Float32 ? v.to_float32() : v.to_float64();
    if (std::isinf(f)) return false;
    *rounded = Constant::of_float(Real::from_double(f));
    return true;
  }
  if (is_string(u)) return c.kind == Constant::Kind::String;
  if (is_boolean(u)) return c.kind == Constant::Kind::Bool;
  return false;
}

bool Checker::Impl::representable(Expr* e, const Constant& c, const Type* t, Constant* rounded) {
  if (is_complex(under(t))) {
    error(e, DiagKind::Unsupported, "complex numbers are not supported");
    e->mode = ExprMode::Invalid;
    return false;
  }
  if (fits_type(c, t, rounded)) return true;
  // types2's wording: a float for an integer type is truncated, other numbers overflow.
  const char* why = nullptr;
  if (is_numeric(e->type) && is_numeric(under(t)))
    why = !is_integer(e->type) && is_integer(under(t)) ? "truncated" : "overflows";
  e->cval = new_constant(c);  // messages show the value that does not fit
  if (!assign_context.empty() && is_untyped(e->type))
    error(e, DiagKind::ConstantOverflow,
          "cannot use " + describe(e) + " as " + type_string(t) + " value in " + assign_context +
              (why ? std::string(" (") + why + ")" : ""));
  else if (why)
    error(e, DiagKind::ConstantOverflow,
          describe(e) + " " + (why[0] == 't' ? "truncated to" : why) + " " + type_string(under(t)));
  else
    error(e, DiagKind::ConstantOverflow,
          "cannot convert " + describe(e) + " to type " + type_string(under(t)));
  e->mode = ExprMode::Invalid;
  return false;
}

void Checker::Impl::set_type_recursive(Expr* e, const Type* t) {
  // Loops down the left operand (chains can be any length: see binary); recurses only into
  // right operands, which the parser's nesting limit bounds.
  while (e) {
    e->type = t;
    Expr* next = nullptr;
    if (auto* p = as<ParenExpr>(e)) {
      next = p->x;
    } else if (auto* u = as<UnaryExpr>(e)) {
      if (u->op != Tok::Arrow && u->op != Tok::And && is_untyped(u->x->type)) next = u->x;
    } else if (auto* b = as<BinaryExpr>(e); b && !is_comparison(b->op)) {
      bool shift = b->op == Tok::Shl || b->op == Tok::Shr;
      if (!shift && is_untyped(b->y->type)) set_type_recursive(b->y, t);
      if (is_untyped(b->x->type)) next = b->x;
    }
    e = next;
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
      assign_context = context;  // "cannot use 1e400 (...) as float64 value in argument to f"
      bool ok = convert_untyped(e, nullptr);
      assign_context.clear();
      if (!ok) return false;
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
