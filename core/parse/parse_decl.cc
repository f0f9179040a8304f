// The Go parser's declarations: the source file, imports, const, var and type specs, and
// functions. Each parse function is preceded by the grammar rule it implements.
#include "parse/parser_internal.h"

namespace gs::parser_internal {

// SourceFile    = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// PackageClause = "package" PackageName .
// TopLevelDecl  = Declaration | FunctionDecl | MethodDecl .
File* Parser::file() {
  File* f = pool_.make<File>(Range{0, uint32_t(src_.text().size())});
  if (!got(Tok::Package)) {
    syntax_error("package statement must be first");
    f->package_name = make_ident(Range{tok_.range.begin, tok_.range.begin}, "_");
    return f;
  }
  f->package_name = name();
  want(Tok::Semicolon);
  // Like gc, don't bother continuing if the package clause has errors.
  if (had_syntax_errors()) return f;

  // Imports are accepted anywhere for error tolerance, but misplaced ones are reported.
  Tok prev = Tok::Import;
  while (!at(Tok::Eof)) {
    if (at(Tok::Import) && prev != Tok::Import) {
      syntax_error("imports must appear before other declarations");
    }
    prev = tok_.kind;
    switch (tok_.kind) {
      case Tok::Import:
      case Tok::Const:
      case Tok::Type:
      case Tok::Var: {
        GenDecl* d = gen_decl();
        f->decls.push_back(d);
        if (d->tok == Tok::Import) {
          for (Node* s : d->specs) f->imports.push_back(static_cast<ImportSpec*>(s));
        }
        break;
      }
      case Tok::Func:
        f->decls.push_back(func_decl());
        break;
      default: {
        auto* last = f->decls.empty() ? nullptr : as<FuncDecl>(f->decls.back());
        if (at(Tok::LBrace) && last && !last->body) {
          // the opening { of a function body on the next line
          syntax_error("unexpected semicolon or newline before {");
        } else {
          syntax_error("non-declaration statement outside function body");
        }
        advance(kTopLevel);
        continue;
      }
    }
    if (!at(Tok::Eof) && !got(Tok::Semicolon)) {
      syntax_error("after top level declaration");
      advance(kTopLevel);
    }
  }
  return f;
}

// Declaration = ConstDecl | TypeDecl | VarDecl .
// ConstDecl   = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) .
// TypeDecl    = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) .
// VarDecl     = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) .
// ImportDecl  = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
GenDecl* Parser::gen_decl() {
  GenDecl* d = pool_.make<GenDecl>();
  uint32_t begin = tok_.range.begin;
  d->tok = tok_.kind;
  next();
  auto spec = [&](int index) -> Node* {
    switch (d->tok) {
      case Tok::Import:
        return import_spec();
      case Tok::Const:
        return value_spec(true, index);
      case Tok::Type:
        return type_spec();
      default:
        return value_spec(false, 0);
    }
  };
  if (got(Tok::LParen)) {
    int index = 0;
    list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
      if (Node* s = spec(index++)) d->specs.push_back(s);
      return false;
    });
  } else if (Node* s = spec(0)) {
    d->specs.push_back(s);
  }
  d->range = span(begin);
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
ImportSpec* Parser::import_spec() {
  uint32_t begin = tok_.range.begin;
  Ident* local = nullptr;
  if (at(Tok::Ident)) {
    local = name();
  } else if (at(Tok::Period)) {
    local = make_ident(tok_.range, ".");
    next();
  }
  if (!is_literal(tok_.kind)) {
    syntax_error("missing import path");
    advance(toks({Tok::Semicolon, Tok::RParen}));
    return nullptr;
  }
  if (!at(Tok::String)) {
    syntax_error("import path must be a string");
    next();
    return nullptr;
  }
  ImportSpec* s = pool_.make<ImportSpec>();
  s->name = local;
  s->path = basic_lit();
  s->range = span(begin);
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
// VarSpec   = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
ValueSpec* Parser::value_spec(bool is_const, int index) {
  ValueSpec* s = pool_.make<ValueSpec>();
  uint32_t begin = tok_.range.begin;
  s->iota = index;
  s->names = name_list(name());
  if (is_const) {
    if (!at(Tok::Eof) && !at(Tok::Semicolon) && !at(Tok::RParen)) {
      s->type = type_or_null();
      if (got_assign()) s->values = expr_list();
    }
  } else if (got_assign()) {
    s->values = expr_list();
  } else {
    s->type = type_();
    if (got_assign()) s->values = expr_list();
  }
  s->range = span(begin);
  return s;
}

// TypeSpec  = AliasDecl | TypeDef .
// AliasDecl = identifier [ TypeParameters ] "=" Type .
// TypeDef   = identifier [ TypeParameters ] Type .
TypeSpec* Parser::type_spec() {
  TypeSpec* s = pool_.make<TypeSpec>();
  uint32_t begin = tok_.range.begin;
  s->name = name();
  if (at(Tok::LBrack)) {
    // "T [" starts an array or slice type, or a type parameter list.
    uint32_t lbrack = tok_.range.begin;
    next();
    if (at(Tok::Ident)) {
      // An array length is an expression; a type parameter list is "name constraint, ...".
      // Parse an expression: if it is not directly followed by "]", it was the name of a
      // type parameter.
      Expr* x = name();
      if (!at(Tok::LBrack)) {
        xnest_++;
        x = binary_expr(primary_expr(x), 0);
        xnest_--;
      }
      if (!at(Tok::RBrack)) {
        auto* first = as<Ident>(x);
        if (!first) syntax_error_at(x->range, "expected type parameter name");
        s->tparams = type_params(first ? first : make_ident(x->range, "_"));
        if (s->tparams.empty()) syntax_error_at({lbrack, prev_end_}, "empty type parameter list");
        s->alias = got_assign();
        s->type = type_or_null();
      } else {
        next();
        ArrayType* a = pool_.make<ArrayType>();
        a->len = x;
        a->elem = type_();
        a->range = span(lbrack);
        s->type = a;
      }
    } else if (got(Tok::RBrack)) {
      ArrayType* a = pool_.make<ArrayType>();
      a->elem = type_();
      a->range = span(lbrack);
      s->type = a;
    } else {
      s->type = array_type(lbrack, nullptr);
    }
  } else {
    s->alias = got_assign();
    s->type = type_or_null();
  }
  if (!s->type) {
    s->type = bad_expr();
    syntax_error("in type declaration");
    advance(toks({Tok::Semicolon, Tok::RParen}));
  }
  s->range = span(begin);
  return s;
}

// TypeParameters = "[" TypeParamList [ "," ] "]" .
// TypeParamList  = TypeParamDecl { "," TypeParamDecl } .
// TypeParamDecl  = IdentifierList TypeConstraint .
// The "[" was consumed, and so was the first name when first is set (type_spec needed it to
// tell a type parameter list from an array length).
std::vector<Field*> Parser::type_params(Ident* first) {
  std::vector<Field*> fields;
  std::vector<Ident*> names;
  xnest_++;
  for (;;) {
    if (first) {
      names.push_back(first);
      first = nullptr;
    } else if (at(Tok::Ident)) {
      names.push_back(name());
    } else {
      if (names.empty() && fields.empty()) syntax_error("expected type parameter name");
      break;
    }
    if (got(Tok::Comma)) continue;  // another name of this group
    if (at(Tok::RBrack)) break;     // a name without a constraint: reported below
    Field* f = pool_.make<Field>();
    f->names = std::move(names);
    names.clear();
    f->type = type_constraint();
    f->range = {f->names[0]->range.begin, f->type->range.end};
    fields.push_back(f);
    if (!got(Tok::Comma)) break;
  }
  xnest_--;
  if (!names.empty()) {
    syntax_error("missing type constraint");
    Field* f = pool_.make<Field>();
    f->names = std::move(names);
    f->type = bad_expr();
    fields.push_back(f);
  }
  want(Tok::RBrack);
  return fields;
}

// TypeConstraint = TypeElem .   TypeElem = TypeTerm { "|" TypeTerm } .
// TypeTerm = Type | "~" Type .  A union is a BinaryExpr "|", a "~T" term a UnaryExpr.
Expr* Parser::type_constraint() { return union_rest(type_term()); }

Expr* Parser::type_term() {
  uint32_t begin = tok_.range.begin;
  bool tilde = got(Tok::Tilde);
  Expr* t = type_or_null();
  if (!t) {
    syntax_error("expected type constraint");
    t = bad_expr();
  }
  if (!tilde) return t;
  UnaryExpr* u = pool_.make<UnaryExpr>();
  u->op = Tok::Tilde;
  u->x = t;
  u->range = span(begin);
  return u;
}

// The terms after the first one (x) of a union, if any.
Expr* Parser::union_rest(Expr* x) {
  while (at(Tok::Or)) {
    next();
    BinaryExpr* b = pool_.make<BinaryExpr>();
    b->op = Tok::Or;
    b->x = x;
    b->y = type_term();
    b->range = {x->range.begin, b->y->range.end};
    x = b;
  }
  return x;
}

// Skips the rest of a bracketed list whose "[" was consumed, through the matching "]". Stops
// early (without consuming) at a ";" directly inside the list or at an unmatched closer.
void Parser::skip_bracketed() {
  int depth = 1;
  while (!at(Tok::Eof)) {
    switch (tok_.kind) {
      case Tok::LParen:
      case Tok::LBrack:
      case Tok::LBrace:
        depth++;
        break;
      case Tok::RParen:
      case Tok::RBrack:
      case Tok::RBrace:
        if (--depth == 0) {
          if (at(Tok::RBrack)) next();
          return;
        }
        break;
      case Tok::Semicolon:
        if (depth == 1) return;
        break;
      default:
        break;
    }
    next();
  }
}

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Receiver     = Parameters .
FuncDecl* Parser::func_decl() {
  FuncDecl* f = pool_.make<FuncDecl>();
  uint32_t begin = tok_.range.begin;
  next();  // "func"
  bool has_recv = false;
  if (at(Tok::LParen)) {
    has_recv = true;
    uint32_t lparen = tok_.range.begin;
    next();
    std::vector<Field*> recv = param_list(Tok::RParen, false);
    size_t count = 0;
    for (Field* r : recv) count += std::max<size_t>(1, r->names.size());
    if (recv.empty()) {
      error_at(span(lparen), "method has no receiver");
    } else {
      if (count > 1) error_at(span(lparen), "method has multiple receivers");
      f->recv = recv[0];
      // A receiver of an instantiated type (List[T]) declares type parameters.
      Expr* t = f->recv->type;
      while (true) {
        if (auto* p = as<ParenExpr>(t)) {
          t = p->x;
        } else if (auto* st = as<StarExpr>(t)) {
          t = st->x;
        } else {
          break;
        }
      }
      // The receiver's type arguments must be names: they declare the method's type
      // parameters (checked by the checker, which binds them).
      if (auto* ix = as<IndexExpr>(t)) {
        std::vector<Expr*> args{ix->index};
        args.insert(args.end(), ix->rest.begin(), ix->rest.end());
        for (Expr* a : args)
          if (!as<Ident>(a))
            syntax_error_at(a->range, "receiver type parameter must be an identifier");
      }
    }
  }
  if (at(Tok::Ident)) {
    f->name = name();
    if (at(Tok::LBrack)) {
      uint32_t lbrack = tok_.range.begin;
      next();
      if (has_recv) {
        skip_bracketed();
        syntax_error_at({lbrack, prev_end_}, "method must have no type parameters");
      } else {
        f->tparams = type_params(nullptr);
        if (f->tparams.empty()) syntax_error_at({lbrack, prev_end_}, "empty type parameter list");
      }
    }
    f->sig = func_type(begin);
  } else {
    f->name = make_ident(Range{tok_.range.begin, tok_.range.begin}, "_");
    f->sig = pool_.make<FuncType>(Range{tok_.range.begin, tok_.range.begin});
    syntax_error(has_recv ? "expected name" : "expected name or (");
    advance(toks({Tok::LBrace, Tok::Semicolon}));
  }
  if (at(Tok::LBrace)) f->body = func_body();
  f->range = span(begin);
  return f;
}

// FunctionBody = Block .
BlockStmt* Parser::func_body() {
  fnest_++;
  bool outer_guard_ok = guard_ok_;
  guard_ok_ = false;
  BlockStmt* body = block_stmt("");
  guard_ok_ = outer_guard_ok;
  fnest_--;
  return body;
}

}  // namespace gs::parser_internal
