// The Go parser's types: named, array, slice, map, channel, struct, interface and function
// types, and parameter lists. Each parse function is preceded by its grammar rule.
#include "parse/parser_internal.h"

namespace gs::parser_internal {

Expr* Parser::type_() {
  Expr* t = type_or_null();
  if (!t) {
    t = bad_expr();
    syntax_error("expected type");
    advance(toks({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace}));
  }
  return t;
}

// Type     = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
// TypeName = identifier | QualifiedIdent .
// TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//            SliceType | MapType | ChannelType .
// Returns nullptr (consuming nothing) if no type starts here.
Expr* Parser::type_or_null() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  uint32_t begin = tok_.range.begin;
  switch (tok_.kind) {
    case Tok::Mul: {
      // PointerType = "*" BaseType .
      next();
      StarExpr* s = pool_.make<StarExpr>();
      s->x = type_();
      s->range = span(begin);
      return s;
    }
    case Tok::Arrow: {
      // ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
      next();
      want(Tok::Chan);
      ChanType* c = pool_.make<ChanType>();
      c->dir = ChanDir::Recv;
      c->value = chan_elem();
      c->range = span(begin);
      return c;
    }
    case Tok::Func:
      // FunctionType = "func" Signature .
      next();
      return func_type(begin);
    case Tok::LBrack: {
      // SliceType = "[" "]" ElementType .
      next();
      if (got(Tok::RBrack)) {
        ArrayType* a = pool_.make<ArrayType>();
        a->elem = type_();
        a->range = span(begin);
        return a;
      }
      return array_type(begin, nullptr);
    }
    case Tok::Chan: {
      next();
      ChanType* c = pool_.make<ChanType>();
      c->dir = got(Tok::Arrow) ? ChanDir::Send : ChanDir::Both;
      c->value = chan_elem();
      c->range = span(begin);
      return c;
    }
    case Tok::Map: {
      // MapType = "map" "[" KeyType "]" ElementType .
      next();
      MapType* m = pool_.make<MapType>();
      want(Tok::LBrack);
      m->key = type_();
      want(Tok::RBrack);
      m->value = type_();
      m->range = span(begin);
      return m;
    }
    case Tok::Struct:
      return struct_type();
    case Tok::Interface:
      return interface_type();
    case Tok::Ident:
      return qualified_name(nullptr);
    case Tok::LParen: {
      next();
      ParenExpr* p = pool_.make<ParenExpr>();
      p->x = type_();
      want(Tok::RParen);
      p->range = span(begin);
      return p;
    }
    default:
      return nullptr;
  }
}

Expr* Parser::chan_elem() {
  Expr* t = type_or_null();
  if (!t) {
    t = bad_expr();
    syntax_error("missing channel element type");
    // assume the element type is simply absent: don't advance
  }
  return t;
}

// QualifiedIdent = PackageName "." identifier .
// The first name may already have been consumed.
Expr* Parser::qualified_name(Ident* first) {
  Expr* x = first ? first : name();
  if (at(Tok::Period)) {
    next();
    SelectorExpr* s = pool_.make<SelectorExpr>();
    s->x = x;
    s->sel = name();
    s->range = span(x->range.begin);
    x = s;
  }
  if (at(Tok::LBrack)) x = type_instance(x);
  return x;
}

// TypeArgs = "[" TypeList [ "," ] "]" .
// TypeList = Type { "," Type } .
Expr* Parser::type_instance(Expr* x) {
  next();  // "["
  IndexExpr* ix = pool_.make<IndexExpr>();
  ix->x = x;
  if (at(Tok::RBrack)) {
    syntax_error("expected type argument list");
    ix->index = bad_expr();
  } else {
    xnest_++;
    ix->index = type_();
    while (got(Tok::Comma) && !at(Tok::RBrack)) ix->rest.push_back(type_());
    xnest_--;
  }
  want(Tok::RBrack);
  ix->range = span(x->range.begin);
  return ix;
}

// ArrayType   = "[" ArrayLength "]" ElementType .
// ArrayLength = Expression .   ("..." in composite literals)
// The "[" at begin was consumed; len is the length if already parsed.
Expr* Parser::array_type(uint32_t begin, Expr* len) {
  if (!len) {
    if (at(Tok::Ellipsis)) {
      len = pool_.make<Ellipsis>(tok_.range);
      next();
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (at(Tok::Comma)) {
    // trailing commas are only valid in type parameter lists
    syntax_error("unexpected comma; expected ]");
    next();
  }
  want(Tok::RBrack);
  ArrayType* a = pool_.make<ArrayType>();
  a->len = len;
  a->elem = type_();
  a->range = span(begin);
  return a;
}

// After a name in a parameter or field list, "[" starts either the array or slice type of
// that name ("a [4]int", "s []T") or type arguments of a generic type ("List[int]"): the
// former has an element type after "]". Returns an ArrayType, or an IndexExpr on name.
Expr* Parser::array_or_type_args(Ident* name) {
  uint32_t lbrack = tok_.range.begin;
  next();  // "["
  if (got(Tok::RBrack)) {
    ArrayType* a = pool_.make<ArrayType>();
    a->elem = type_();
    a->range = span(lbrack);
    return a;
  }
  xnest_++;
  Expr* n = at(Tok::Ellipsis) ? pool_.make<Ellipsis>(tok_.range) : nullptr;
  if (n) {
    next();
  } else {
    n = expr();
  }
  bool comma = false;
  std::vector<Expr*> rest;
  while (got(Tok::Comma)) {
    comma = true;
    if (at(Tok::RBrack)) break;
    rest.push_back(type_());
  }
  xnest_--;
  want(Tok::RBrack);
  if (!comma) {
    if (Expr* elem = type_or_null()) {
      ArrayType* a = pool_.make<ArrayType>();
      a->len = n;
      a->elem = elem;
      a->range = span(lbrack);
      return a;
    }
  }
  IndexExpr* ix = pool_.make<IndexExpr>();
  ix->x = name;
  ix->index = n;
  ix->rest = std::move(rest);
  ix->range = span(name->range.begin);
  return ix;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::struct_type() {
  return braced_type<StructType>("struct type", [&](StructType* st) { field_decl(st); });
}

// FieldDecl     = ( IdentifierList Type | EmbeddedField ) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
// Tag           = string_lit .
void Parser::field_decl(StructType* st) {
  uint32_t begin = tok_.range.begin;
  Field* f = pool_.make<Field>();
  switch (tok_.kind) {
    case Tok::Ident: {
      Ident* n = name();
      if (at(Tok::Period) || at(Tok::String) || at(Tok::Semicolon) || at(Tok::RBrace)) {
        f->type = qualified_name(n);  // embedded type
        break;
      }
      std::vector<Ident*> names = name_list(n);
      if (names.size() == 1 && at(Tok::LBrack)) {
        Expr* t = array_or_type_args(n);
        if (t->kind != NodeKind::IndexExpr) f->names = names;  // else: embedded T[args]
        f->type = t;
        break;
      }
      f->names = std::move(names);
      f->type = type_();
      break;
    }
    case Tok::Mul: {
      next();
      StarExpr* s = pool_.make<StarExpr>();
      if (at(Tok::LParen)) {
        syntax_error("cannot parenthesize embedded type");
        next();
        s->x = qualified_name(nullptr);
        got(Tok::RParen);
      } else {
        s->x = qualified_name(nullptr);
      }
      s->range = span(begin);
      f->type = s;
      break;
    }
    case Tok::LParen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      if (at(Tok::Mul)) {
        uint32_t star = tok_.range.begin;
        next();
        StarExpr* s = pool_.make<StarExpr>();
        s->x = qualified_name(nullptr);
        s->range = span(star);
        f->type = s;
      } else {
        f->type = qualified_name(nullptr);
      }
      got(Tok::RParen);
      break;
    }
    default:
      syntax_error("expected field name or embedded type");
      advance(toks({Tok::Semicolon, Tok::RBrace}));
      return;
  }
  if (at(Tok::String)) f->tag = basic_lit();
  f->range = span(begin);
  st->fields.push_back(f);
}

// InterfaceType  = "interface" "{" { InterfaceElem ";" } "}" .
InterfaceType* Parser::interface_type() {
  return braced_type<InterfaceType>("interface type",
                                    [&](InterfaceType* it) { interface_elem(it); });
}

// InterfaceElem  = MethodElem | TypeElem .
// MethodElem     = MethodName Signature .
// TypeElem       = TypeTerm { "|" TypeTerm } .
// Methods are Fields with a name; type elements (embedded interfaces, unions, ~T terms)
// are Fields without one.
void Parser::interface_elem(InterfaceType* it) {
  uint32_t begin = tok_.range.begin;
  Field* f = pool_.make<Field>();
  if (at(Tok::Ident)) {
    Ident* n = name();
    if (at(Tok::LParen)) {
      f->names.push_back(n);
      f->type = func_type(tok_.range.begin);
    } else {
      Expr* t = qualified_name(n);  // an embedded (instantiated) interface or a union's term
      if (at(Tok::LParen)) {
        syntax_error_at(t->range, "interface method must have no type parameters");
        f->names.push_back(n);
        f->type = func_type(tok_.range.begin);
      } else {
        f->type = union_rest(t);
      }
    }
  } else {
    f->type = type_constraint();
  }
  f->range = span(begin);
  it->methods.push_back(f);
}

// Signature  = Parameters [ Result ] .
// Result     = Parameters | Type .
// Parameters = "(" [ ParameterList [ "," ] ] ")" .
// begin is where the enclosing construct starts ("func", or the method name's "(").
FuncType* Parser::func_type(uint32_t begin) {
  FuncType* t = pool_.make<FuncType>();
  if (at(Tok::LBrack)) {
    uint32_t lbrack = tok_.range.begin;
    next();
    skip_bracketed();
    syntax_error_at({lbrack, prev_end_}, "function type must have no type parameters");
  }
  if (!got(Tok::LParen)) {
    syntax_error("expected (");
  } else {
    t->params = param_list(Tok::RParen, true);
    t->results = func_result();
  }
  t->range = span(begin);
  return t;
}

std::vector<Field*> Parser::func_result() {
  if (got(Tok::LParen)) return param_list(Tok::RParen, false);
  if (Expr* t = type_or_null()) {
    Field* f = pool_.make<Field>(t->range);
    f->type = t;
    return {f};
  }
  return {};
}

// ParameterList = ParameterDecl { "," ParameterDecl } .
// The "(" was consumed. Entries are "name Type", "Type" or a lone "name"; a lone name is a
// type if no entry has both a name and a type, and otherwise shares the type of the next
// entry ("a, b int").
std::vector<Field*> Parser::param_list(Tok close, bool dddok) {
  std::vector<ParamEntry> entries;
  size_t named = 0, typed = 0;
  list("parameter list", Tok::Comma, close, [&] {
    ParamEntry e;
    if (param_decl(close, e)) {
      if (e.name && e.type) named++;
      if (e.type) typed++;
      entries.push_back(e);
    }
    return false;
  });
  if (entries.empty()) return {};

  if (named == 0) {
    // all unnamed: lone names are type names
    for (ParamEntry& e : entries) {
      if (e.name) {
        e.type = e.name;
        e.name = nullptr;
      }
    }
  } else if (named != entries.size()) {
    // some named: all must be; distribute types right to left
    Expr* typ = nullptr;
    bool error = false;
    Range error_range{};
    for (size_t i = entries.size(); i-- > 0;) {
      ParamEntry& e = entries[i];
      if (e.type) {
        typ = e.type;
        if (!e.name) {
          error = true;
          error_range = e.type->range;
          e.name = make_ident(Range{e.type->range.begin, e.type->range.begin}, "_");
        }
      } else if (typ) {
        e.type = typ;
      } else {
        error = true;
        error_range = e.name->range;
        e.type = pool_.make<BadExpr>(Range{e.name->range.end, e.name->range.end});
      }
    }
    if (error) syntax_error_at(error_range, "mixed named and unnamed parameters");
  }

  // "...T" is only valid as the type of the final parameter.
  bool reported = false;
  for (size_t i = 0; i < entries.size(); i++) {
    auto* dots = as<Ellipsis>(entries[i].type);
    if (dots && (!dddok || i + 1 < entries.size())) {
      if (!reported) {
        error_at(dots->range,
                 dddok ? "can only use ... with final parameter" : "invalid use of ...");
        reported = true;
      }
      entries[i].type = dots->elt;
    }
  }

  // Group consecutive names sharing one type node into a Field.
  std::vector<Field*> fields;
  for (const ParamEntry& e : entries) {
    if (e.name && !fields.empty() && !fields.back()->names.empty() &&
        fields.back()->type == e.type) {
      fields.back()->names.push_back(e.name);
      continue;
    }
    uint32_t b = e.name ? e.name->range.begin : e.type->range.begin;
    Field* f = pool_.make<Field>(Range{b, std::max(b, e.type->range.end)});
    if (e.name) f->names.push_back(e.name);
    f->type = e.type;
    fields.push_back(f);
  }
  return fields;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .   (one name at a time here)
// Returns false, after reporting, if no parameter was found.
bool Parser::param_decl(Tok close, ParamEntry& e) {
  if (at(Tok::Ident)) {
    Ident* n = name();
    if (at(Tok::LBrack)) {
      Expr* t = array_or_type_args(n);
      if (t->kind != NodeKind::IndexExpr) e.name = n;
      e.type = t;
      return true;
    }
    if (at(Tok::Period)) {
      e.type = qualified_name(n);
      return true;
    }
    e.name = n;
  }
  if (at(Tok::Ellipsis)) {
    uint32_t begin = tok_.range.begin;
    next();
    Ellipsis* dots = pool_.make<Ellipsis>();
    dots->elt = type_or_null();
    if (!dots->elt) {
      syntax_error("... is missing type");
      dots->elt = bad_expr();
    }
    dots->range = span(begin);
    e.type = dots;
    return true;
  }
  e.type = type_or_null();
  if (e.name || e.type) return true;
  syntax_error("expected " + tokstring(close));
  advance(bit(Tok::Comma) | bit(close));
  return false;
}

}  // namespace gs::parser_internal
