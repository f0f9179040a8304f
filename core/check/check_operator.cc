// Operator checking: unary and binary operators, shifts and comparisons, with Go's rules
// for untyped operands and constant folding.
#include "check/checker_impl.h"

namespace gs {

namespace {
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

bool operator_defined(Tok op, const Type* t) {
  switch (op) {
    case Tok::Add:
      return is_numeric(t) || is_string(t);
    case Tok::Sub:
    case Tok::Mul:
    case Tok::Quo:
      return is_numeric(t);
    case Tok::Rem:
    case Tok::And:
    case Tok::Or:
    case Tok::Xor:
    case Tok::AndNot:
      return is_integer(t);
    case Tok::LAnd:
    case Tok::LOr:
      return is_boolean(t);
    default:
      return false;
  }
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
    if (r.ok && is_untyped(t)) r.error = const_overflow(ue->op, true, r.value);
    if (!r.error.empty()) {
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

// A left-deep chain a+b+c+... (the parser builds it in a loop, so it can be any length) is
// checked bottom-up in a loop, never by recursing on the left operand: the native stack
// stays flat however long the chain is.
void Checker::Impl::binary(BinaryExpr* be, const Type* hint) {
  std::vector<std::pair<BinaryExpr*, const Type*>> spine;  // top first, with its hint
  Expr* bottom = be;
  for (BinaryExpr* b; (b = as<BinaryExpr>(bottom));) {
    spine.emplace_back(b, hint);
    if (is_comparison(b->op)) hint = nullptr;  // comparison operands have their own types
    bottom = b->x;
  }
  expr(bottom, hint);
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) binary_node(it->first, it->second);
}

void Checker::Impl::binary_node(BinaryExpr* be, const Type* hint) {
  if (be->op == Tok::Shl || be->op == Tok::Shr) {
    shift(be, hint);
    return;
  }
  if (is_comparison(be->op)) {
    comparison(be);
    return;
  }
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
  if (!operator_defined(be->op, t)) {
    error(be, DiagKind::InvalidOperation,
          std::string("invalid operation: operator ") + tok_spelling(be->op) + " not defined on " +
              describe(x));
    return;
  }
  // Division by a constant zero: an error for integers, and for floats when both are constant.
  if ((be->op == Tok::Quo || be->op == Tok::Rem) && y->mode == ExprMode::Constant &&
      y->cval->sign() == 0 && (is_integer(t) || (is_float(t) && x->mode == ExprMode::Constant))) {
    error(y, DiagKind::InvalidOperation, "invalid operation: division by zero");
    return;
  }
  be->type = t;
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant &&
      x->kind == NodeKind::BinaryExpr && x->cval->kind == Constant::Kind::String &&
      y->cval->kind == Constant::Kind::String) {
    // "a" + "b" + "c" + ...: the left operand's constant belongs to the inner node of this
    // chain, which nothing reads again, so it grows in place. Folding a new string at every
    // level would take quadratic time and memory on long chains.
    auto* c = const_cast<Constant*>(x->cval);
    c->s += y->cval->s;
    be->cval = c;
    be->mode = ExprMode::Constant;
    return;
  }
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    bool intdiv = is_integer(t);
    ConstResult r = const_binary(be->op, *x->cval, *y->cval, intdiv);
    if (r.ok && is_untyped(t)) r.error = const_overflow(be->op, false, r.value);
    if (!r.error.empty()) {
      error(op_range(be), DiagKind::ConstantOverflow, r.error);  // where gc reports it
      return;
    }
    Constant v = r.value;
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
  expr(be->y);
  if (be->x->mode == ExprMode::Invalid || be->y->mode == ExprMode::Invalid) return;
  Expr* x = be->x;
  Expr* y = be->y;
  // A constant shifted operand must be an integer; an untyped float with an integer value
  // becomes an untyped int.
  if (x->mode == ExprMode::Constant) {
    Constant c = x->cval->to_int();
    if (is_untyped(x->type) && c.is_valid() && x->cval->kind == Constant::Kind::Float) {
      x->cval = new_constant(c);
      x->type = types.basic(Kind::UntypedInt);
    }
    if (x->cval->kind != Constant::Kind::Int || !is_integer(x->type)) {
      error(x, DiagKind::TypeError,
            "invalid operation: shifted operand " + describe(x) + " must be integer");
      return;
    }
  }
  // The count must be an integer (or an untyped constant representable as uint).
  uint64_t count = 0;
  if (y->mode == ExprMode::Constant) {
    Constant c = y->cval->to_int();
    if (!c.is_valid()) {
      error(y, DiagKind::TypeError,
            "invalid operation: shift count " + describe(y) + " must be integer");
      return;
    }
    if (c.i.sign() < 0) {
      error(y, DiagKind::TypeError, "invalid operation: negative shift count " + describe(y));
      return;
    }
    if (is_untyped(y->type) && !representable(y, *y->cval, types.basic(Kind::Uint), &c)) return;
    count = uint64_t(c.i.saturated());
    if (x->mode == ExprMode::Constant && count > kMaxConstShift) {
      error(y, DiagKind::TypeError, "invalid operation: invalid shift count " + describe(y));
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
    if (y->mode == ExprMode::Constant) {
      ConstResult r = const_shift(be->op, *x->cval, count);
      if (r.ok && is_untyped(x->type)) r.error = const_overflow(be->op, false, r.value);
      if (!r.error.empty()) {
        error(op_range(be), DiagKind::ConstantOverflow, r.error);  // where gc reports it
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

// Where gc reports errors of an operation's result: at its operator, the first token after
// the left operand.
Range Checker::Impl::op_range(const BinaryExpr* be) const {
  const std::string& text = files[file]->text();
  size_t i = be->x->range.end, end = std::min<size_t>(be->y->range.begin, text.size());
  while (i < end) {
    if (text.compare(i, 2, "//") == 0)
      i = std::min(text.find('\n', i), end);
    else if (text.compare(i, 2, "/*") == 0)
      i = std::min(text.find("*/", i), end) + 2;
    else if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')
      i++;
    else
      break;
  }
  return Range{uint32_t(i), uint32_t(i + std::string(tok_spelling(be->op)).size())};
}

void Checker::Impl::comparison(BinaryExpr* be) {
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

}  // namespace gs
