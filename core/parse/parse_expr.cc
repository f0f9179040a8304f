// The Go parser's expressions: operands, unary and binary operators, calls, indexing and
// composite literals. Each parse function is preceded by the grammar rule it implements.
#include "parse/parser_internal.h"

namespace gs::parser_internal {

Ident* Parser::name() {
  if (at(Tok::Ident)) {
    Ident* id = make_ident(tok_.range, std::string(tok_.text));
    next();
    return id;
  }
  Ident* id = make_ident(Range{tok_.range.begin, tok_.range.begin}, "_");
  syntax_error("expected name");
  advance();
  return id;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Ident*> Parser::name_list(Ident* first) {
  std::vector<Ident*> l{first};
  while (got(Tok::Comma)) l.push_back(name());
  return l;
}

// ExpressionList = Expression { "," Expression } .
std::vector<Expr*> Parser::expr_list() {
  std::vector<Expr*> l{expr()};
  while (got(Tok::Comma)) l.push_back(expr());
  return l;
}

// Expression = UnaryExpr | Expression binary_op Expression .
// Precedence climbing: operators binding tighter than prec extend x.
Expr* Parser::binary_expr(Expr* x, int prec) {
  if (!x) x = unary_expr();
  for (;;) {
    int p = binary_precedence(tok_.kind);
    if (p <= prec) return x;
    BinaryExpr* b = pool_.make<BinaryExpr>();
    b->op = tok_.kind;
    next();
    b->x = x;
    b->y = binary_expr(nullptr, p);
    b->range = span(x->range.begin);
    x = b;
  }
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .
Expr* Parser::unary_expr() {
  DepthGuard guard(*this);
  if (!guard.ok) return bad_expr();
  uint32_t begin = tok_.range.begin;
  switch (tok_.kind) {
    case Tok::Add:
    case Tok::Sub:
    case Tok::Not:
    case Tok::Xor:
    case Tok::And: {
      UnaryExpr* u = pool_.make<UnaryExpr>();
      u->op = tok_.kind;
      next();
      u->x = unary_expr();
      u->range = span(begin);
      return u;
    }
    case Tok::Mul: {
      // dereference or pointer type; the checker tells them apart
      next();
      StarExpr* s = pool_.make<StarExpr>();
      s->x = unary_expr();
      s->range = span(begin);
      return s;
    }
    case Tok::Tilde: {
      next();
      unary_expr();
      error_at(span(begin), "cannot use ~ outside of interface or type constraint");
      return pool_.make<BadExpr>(span(begin));
    }
    case Tok::Arrow: {
      next();
      // "<-chan T" is a receive-only channel type, "<-x" a receive: which one is only known
      // after the operand has been parsed.
      Expr* x = unary_expr();
      if (auto* c = as<ChanType>(x)) {
        // Re-associate "<-" with the channel type: <-(chan E) => (<-chan E),
        // <-(chan<- E) => (<-chan (<-E)).
        ChanDir dir = ChanDir::Send;
        Expr* t = c;
        while (dir == ChanDir::Send) {
          auto* ct = as<ChanType>(t);
          if (!ct) break;
          dir = ct->dir;
          if (dir == ChanDir::Recv) syntax_error("unexpected <-, expected chan");
          if (ct != c) {
            // the "<-" that followed the enclosing "chan" now begins this type
            std::string_view src = src_.text();
            uint32_t b = ct->range.begin;
            while (b > 0 && (src[b - 1] == ' ' || src[b - 1] == '\t')) b--;
            if (b >= 2 && src.substr(b - 2, 2) == "<-") ct->range.begin = b - 2;
          }
          ct->dir = ChanDir::Recv;
          t = ct->value;
        }
        if (dir == ChanDir::Send) {
          // "<-chan<- E" where E is not a channel type
          syntax_error("unexpected " + std::string(text(t->range)) + ", expected chan");
        }
        c->range.begin = begin;
        return c;
      }
      UnaryExpr* u = pool_.make<UnaryExpr>();
      u->op = Tok::Arrow;
      u->x = x;
      u->range = span(begin);
      return u;
    }
    default:
      return primary_expr(nullptr);
  }
}

// PrimaryExpr   = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
//                 PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
//                 PrimaryExpr Arguments .
// Selector      = "." identifier .
// TypeAssertion = "." "(" Type ")" .
Expr* Parser::primary_expr(Expr* x) {
  if (!x) x = operand();
  // Each selector, index, slice, call or assertion nests the expression one level deeper,
  // and the phases after the parser recurse on that nesting: count it like parentheses.
  struct ChainDepth {
    Parser& p;
    int links = 0;
    ~ChainDepth() { p.depth_ -= links; }
  } chain{*this};
  for (;;) {
    uint32_t begin = x->range.begin;
    chain.links++;
    if (++depth_ > kMaxDepth) {
      too_deep();
      return x;
    }
    switch (tok_.kind) {
      case Tok::Period: {
        next();
        if (at(Tok::Ident)) {
          SelectorExpr* s = pool_.make<SelectorExpr>();
          s->x = x;
          s->sel = name();
          s->range = span(begin);
          x = s;
        } else if (got(Tok::LParen)) {
          TypeAssertExpr* t = pool_.make<TypeAssertExpr>();
          t->x = x;
          bool guard = got(Tok::Type);  // x.(type): type_expr stays nullptr
          if (!guard) t->type_expr = type_();
          want(Tok::RParen);
          t->range = span(begin);
          if (guard) note_type_guard(t);
          x = t;
        } else {
          syntax_error("expected name or (");
          advance(toks({Tok::Semicolon, Tok::RParen}));
        }
        break;
      }
      case Tok::LBrack:
        x = index_or_slice(x);
        break;
      case Tok::LParen:
        x = call(x);
        break;
      case Tok::LBrace: {
        // Does "{" start a composite literal of type x, or a block (in a control clause)?
        Expr* t = unparen(x);
        bool complit = false;
        switch (t->kind) {
          case NodeKind::Ident:
          case NodeKind::SelectorExpr:
            complit = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complit = xnest_ >= 0 && !is_value(t);
            break;
          case NodeKind::ArrayType:
          case NodeKind::StructType:
          case NodeKind::MapType:
            complit = true;
            break;
          default:
            break;
        }
        if (!complit) return x;
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        x = composite_lit(x);
        break;
      }
      default:
        return x;
    }
  }
}

// Operand     = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// OperandName = identifier | QualifiedIdent .
// FunctionLit = "func" Signature FunctionBody .
// Types may appear as operands too (conversions, composite literals, builtin arguments).
Expr* Parser::operand() {
  uint32_t begin = tok_.range.begin;
  switch (tok_.kind) {
    case Tok::Ident:
      return name();
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String:
      return basic_lit();
    case Tok::LParen: {
      next();
      ParenExpr* p = pool_.make<ParenExpr>();
      xnest_++;
      p->x = expr();
      xnest_--;
      want(Tok::RParen);
      p->range = span(begin);
      return p;
    }
    case Tok::Func: {
      next();
      FuncType* sig = func_type(begin);
      if (!at(Tok::LBrace)) return sig;
      FuncLit* f = pool_.make<FuncLit>();
      f->sig = sig;
      xnest_++;
      f->body = func_body();
      xnest_--;
      f->range = span(begin);
      return f;
    }
    case Tok::LBrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface:
      return type_();
    default: {
      syntax_error("expected expression");
      advance(toks({Tok::RParen, Tok::RBrack, Tok::RBrace}));
      return pool_.make<BadExpr>(span(begin));
    }
  }
}

// Index    = "[" Expression [ "," ] "]" .
// Slice    = "[" [ Expression ] ":" [ Expression ] "]" |
//            "[" [ Expression ] ":" Expression ":" Expression "]" .
// TypeArgs = "[" TypeList [ "," ] "]" .
Expr* Parser::index_or_slice(Expr* x) {
  uint32_t begin = x->range.begin;
  next();  // "["
  xnest_++;
  Expr* i = nullptr;
  if (!at(Tok::Colon)) {
    if (at(Tok::RBrack)) {
      syntax_error("expected operand");
      i = bad_expr();
    } else {
      i = expr();
    }
    std::vector<Expr*> rest;  // more type arguments: F[A, B]
    bool comma = false;
    while (got(Tok::Comma)) {
      comma = true;
      if (at(Tok::RBrack)) break;
      rest.push_back(type_());
    }
    if (comma || at(Tok::RBrack)) {
      xnest_--;
      want(Tok::RBrack);
      IndexExpr* ix = pool_.make<IndexExpr>();
      ix->x = x;
      ix->index = i;
      ix->rest = std::move(rest);
      ix->range = span(begin);
      return ix;
    }
  }
  // x[i:...
  if (!got(Tok::Colon)) {
    syntax_error("expected comma, : or ]");
    advance(toks({Tok::Comma, Tok::Colon, Tok::RBrack}));
  }
  SliceExpr* s = pool_.make<SliceExpr>();
  s->x = x;
  s->low = i;
  if (!at(Tok::Colon) && !at(Tok::RBrack)) s->high = expr();
  if (at(Tok::Colon)) {
    s->slice3 = true;
    if (!s->high) {
      error_at(tok_.range, "middle index required in 3-index slice");
      s->high = bad_expr();
    }
    next();
    if (!at(Tok::RBrack)) {
      s->max = expr();
    } else {
      error_at(tok_.range, "final index required in 3-index slice");
      s->max = bad_expr();
    }
  }
  xnest_--;
  want(Tok::RBrack);
  s->range = span(begin);
  return s;
}

// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
CallExpr* Parser::call(Expr* fun) {
  CallExpr* c = pool_.make<CallExpr>();
  c->fun = fun;
  c->lparen = tok_.range.begin;
  next();  // "("
  xnest_++;
  list("argument list", Tok::Comma, Tok::RParen, [&] {
    c->args.push_back(expr());
    c->has_ellipsis = got(Tok::Ellipsis);
    return c->has_ellipsis;
  });
  xnest_--;
  c->range = span(fun->range.begin);
  return c;
}

// CompositeLit = LiteralType LiteralValue .
// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// ElementList  = KeyedElement { "," KeyedElement } .
// KeyedElement = [ Key ":" ] Element .
// type is nullptr for an elided type ("{1, 2}" inside an outer literal).
CompositeLit* Parser::composite_lit(Expr* type) {
  CompositeLit* c = pool_.make<CompositeLit>();
  c->type_expr = type;
  uint32_t begin = type ? type->range.begin : tok_.range.begin;
  DepthGuard guard(*this);
  if (guard.ok) {
    xnest_++;
    want(Tok::LBrace);
    list("composite literal", Tok::Comma, Tok::RBrace, [&] {
      Expr* e = element();
      if (got(Tok::Colon)) {
        KeyValueExpr* kv = pool_.make<KeyValueExpr>();
        kv->key = e;
        kv->value = element();
        kv->range = span(e->range.begin);
        e = kv;
      }
      c->elts.push_back(e);
      return false;
    });
    xnest_--;
  }
  c->range = span(begin);
  return c;
}

// Key = FieldName | Expression | LiteralValue .  Element = Expression | LiteralValue .
Expr* Parser::element() { return at(Tok::LBrace) ? composite_lit(nullptr) : expr(); }

}  // namespace gs::parser_internal
