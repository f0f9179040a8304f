// The Go parser's statements: blocks, simple statements, if, for, switch and select with
// their clauses. Each parse function is preceded by the grammar rule it implements.
#include "parse/parser_internal.h"

namespace gs::parser_internal {

// Block = "{" StatementList "}" .
BlockStmt* Parser::block_stmt(const char* context) {
  BlockStmt* b = pool_.make<BlockStmt>();
  uint32_t begin = tok_.range.begin;
  if (!got(Tok::LBrace)) {
    // people coming from C may forget that braces are mandatory in Go
    syntax_error(std::string("expected { after ") + context);
    advance(toks({Tok::Ident, Tok::RBrace}));
    if (got(Tok::RBrace)) {
      b->range = span(begin);
      return b;
    }
  }
  b->list = stmt_list();
  want(Tok::RBrace);
  b->range = span(begin);
  return b;
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> l;
  while (!at(Tok::Eof) && !at(Tok::RBrace) && !at(Tok::Case) && !at(Tok::Default)) {
    Stmt* s = stmt_or_null();
    if (!s) break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semicolon) && !at(Tok::RBrace)) {
      syntax_error("at end of statement");
      advance(toks({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default}));
      got(Tok::Semicolon);  // avoid a spurious empty statement
    }
  }
  return l;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
//             ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
//             SelectStmt | ForStmt | DeferStmt .
// Returns nullptr (consuming nothing) if no statement starts here.
Stmt* Parser::stmt_or_null() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  uint32_t begin = tok_.range.begin;
  switch (tok_.kind) {
    case Tok::Ident: {
      // Most statements start with a name: parse the expression list first, then decide.
      std::vector<Expr*> lhs = expr_list();
      if (lhs.size() == 1 && at(Tok::Colon)) {
        if (auto* label = as<Ident>(lhs[0])) return labeled_stmt(label);
      }
      return simple_stmt(&lhs, Tok::Illegal);
    }
    case Tok::Var:
    case Tok::Const:
    case Tok::Type: {
      DeclStmt* d = pool_.make<DeclStmt>();
      d->decl = gen_decl();
      d->range = d->decl->range;
      return d;
    }
    case Tok::LBrace:
      return block_stmt("");
    case Tok::Add:
    case Tok::Sub:
    case Tok::Mul:
    case Tok::And:
    case Tok::Xor:
    case Tok::Not:
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String:
    case Tok::Func:
    case Tok::LParen:
    case Tok::LBrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:
    case Tok::Arrow:
      return simple_stmt(nullptr, Tok::Illegal);
    case Tok::For:
      return for_stmt();
    case Tok::Switch:
      return switch_stmt();
    case Tok::Select:
      return select_stmt();
    case Tok::If:
      return if_stmt();
    case Tok::Fallthrough:
    case Tok::Break:
    case Tok::Continue:
    case Tok::Goto: {
      // BreakStmt = "break" [ Label ] .  ContinueStmt = "continue" [ Label ] .
      // GotoStmt = "goto" Label .  FallthroughStmt = "fallthrough" .
      BranchStmt* s = pool_.make<BranchStmt>();
      s->tok = tok_.kind;
      next();
      if (s->tok == Tok::Goto) {
        s->label = name();
      } else if (s->tok != Tok::Fallthrough && at(Tok::Ident)) {
        s->label = name();
      }
      s->range = span(begin);
      if (s->tok == Tok::Goto) unsupported(s->range, "goto statements are not supported");
      return s;
    }
    case Tok::Go:
    case Tok::Defer:
      return call_stmt();
    case Tok::Return: {
      // ReturnStmt = "return" [ ExpressionList ] .
      ReturnStmt* s = pool_.make<ReturnStmt>();
      next();
      if (!at(Tok::Semicolon) && !at(Tok::RBrace)) s->results = expr_list();
      s->range = span(begin);
      return s;
    }
    case Tok::Semicolon:
      // EmptyStmt = .   (an explicit ";" is part of its range, an implicit one is not)
      return pool_.make<EmptyStmt>(Range{begin, tok_.text == ";" ? begin + 1 : begin});
    default:
      return nullptr;
  }
}

// SimpleStmt     = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment |
//                  ShortVarDecl .
// ExpressionStmt = Expression .
// SendStmt       = Channel "<-" Expression .
// IncDecStmt     = Expression ( "++" | "--" ) .
// Assignment     = ExpressionList assign_op ExpressionList .
// ShortVarDecl   = IdentifierList ":=" ExpressionList .
// lhs, if given, was already parsed. keyword is For when a range clause may follow.
Stmt* Parser::simple_stmt(std::vector<Expr*>* lhs_in, Tok keyword) {
  if (keyword == Tok::For && at(Tok::Range)) return range_clause({}, Tok::Illegal);
  std::vector<Expr*> lhs = lhs_in ? std::move(*lhs_in) : expr_list();
  uint32_t begin = lhs[0]->range.begin;
  if (lhs.size() == 1 && !at(Tok::Assign) && !at(Tok::Define)) {
    Tok k = tok_.kind;
    if (is_op_assign(k)) {
      next();
      AssignStmt* a = pool_.make<AssignStmt>();
      a->lhs = std::move(lhs);
      a->tok = k;
      a->rhs.push_back(expr());
      a->range = span(begin);
      return a;
    }
    if (k == Tok::Inc || k == Tok::Dec) {
      next();
      IncDecStmt* s = pool_.make<IncDecStmt>();
      s->x = lhs[0];
      s->tok = k;
      s->range = span(begin);
      return s;
    }
    if (k == Tok::Arrow) {
      next();
      SendStmt* s = pool_.make<SendStmt>();
      s->chan = lhs[0];
      s->value = expr();
      s->range = span(begin);
      return s;
    }
    ExprStmt* s = pool_.make<ExprStmt>(lhs[0]->range);
    s->x = lhs[0];
    return s;
  }
  if (at(Tok::Assign) || at(Tok::Define)) {
    Tok k = tok_.kind;
    next();
    if (keyword == Tok::For && at(Tok::Range)) return range_clause(std::move(lhs), k);
    AssignStmt* a = pool_.make<AssignStmt>();
    a->lhs = std::move(lhs);
    a->tok = k;
    a->rhs = expr_list();
    a->range = span(begin);
    return a;
  }
  syntax_error("expected := or = or comma");
  advance(toks({Tok::Semicolon, Tok::RBrace}));
  ExprStmt* s = pool_.make<ExprStmt>(lhs[0]->range);
  s->x = lhs[0];
  return s;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
// The current token is "range"; lhs and tok (Define, Assign or Illegal) precede it.
RangeStmt* Parser::range_clause(std::vector<Expr*> lhs, Tok tok) {
  uint32_t begin = lhs.empty() ? tok_.range.begin : lhs[0]->range.begin;
  next();  // "range"
  RangeStmt* r = pool_.make<RangeStmt>();
  r->tok = tok;
  if (lhs.size() > 0) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  if (lhs.size() > 2) {
    error_at({lhs[2]->range.begin, lhs.back()->range.end},
             "range clause permits at most two iteration variables");
  }
  r->x = expr();
  r->range = span(begin);
  return r;
}

// LabeledStmt = Label ":" Statement .
// Returns nullptr (after reporting) if the statement is missing.
Stmt* Parser::labeled_stmt(Ident* label) {
  LabeledStmt* s = pool_.make<LabeledStmt>();
  s->label = label;
  Range colon = tok_.range;
  next();  // ":"
  if (at(Tok::RBrace)) {
    // "L: }": the label's statement is empty (its ";" may be omitted before "}"); it is
    // placed right after the colon so that it stays inside the label's range.
    s->stmt = pool_.make<EmptyStmt>(Range{colon.end, colon.end});
  } else {
    s->stmt = stmt_or_null();
    if (!s->stmt) {
      // Like gc, drop the label: returning nullptr ends the statement list quietly.
      syntax_error_at(colon, "missing statement after label");
      return nullptr;
    }
  }
  s->range = {label->range.begin, std::max(prev_end_, s->stmt->range.end)};
  return s;
}

// GoStmt    = "go" Expression .
// DeferStmt = "defer" Expression .
Stmt* Parser::call_stmt() {
  Tok kw = tok_.kind;
  uint32_t begin = tok_.range.begin;
  next();
  Expr* x = primary_expr(nullptr);
  if (x->kind == NodeKind::ParenExpr) {
    error_at(x->range,
             std::string("expression in ") + tok_spelling(kw) + " must not be parenthesized");
    x = unparen(x);
  }
  auto* c = as<CallExpr>(x);
  if (!c) {
    if (x->kind != NodeKind::BadExpr) {
      error_at(x->range,
               std::string("expression in ") + tok_spelling(kw) + " must be function call");
    }
    return pool_.make<BadStmt>(span(begin));
  }
  if (kw == Tok::Go) {
    GoStmt* s = pool_.make<GoStmt>(span(begin));
    s->call = c;
    return s;
  }
  DeferStmt* s = pool_.make<DeferStmt>(span(begin));
  s->call = c;
  return s;
}

// Header of if, for and switch (keyword consumed), Go's "header":
//   if/switch: [ SimpleStmt ";" ] [ Expression ]
//   for:       [ Condition | ForClause | RangeClause ]
//   ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
// Composite literals of named types need parentheses here (xnest_ = -1).
Header Parser::header(Tok keyword) {
  Header h;
  if (at(Tok::LBrace)) {
    if (keyword == Tok::If) syntax_error("missing condition in if statement");
    return h;
  }
  int outer = xnest_;
  xnest_ = -1;
  if (!at(Tok::Semicolon)) {
    // accept a var declaration, but complain
    if (got(Tok::Var)) {
      syntax_error(std::string("var declaration not allowed in ") + tok_spelling(keyword) +
                   " initializer");
    }
    h.init = simple_stmt(nullptr, keyword);
    if (h.init->kind == NodeKind::RangeStmt) {
      xnest_ = outer;
      return h;
    }
  }
  if (!at(Tok::LBrace)) {
    if (at(Tok::Semicolon)) {
      h.has_semi = true;
      h.semi = tok_;
      next();
    } else {
      // asking for a "{" rather than a ";" gives a better message
      want(Tok::LBrace);
      if (!at(Tok::LBrace)) advance(toks({Tok::LBrace, Tok::RBrace}));
      if (keyword != Tok::For) {
        h.cond = h.init;
        h.init = nullptr;
        xnest_ = outer;
        return h;
      }
    }
    if (keyword == Tok::For) {
      bool missing_cond = false;
      if (!at(Tok::Semicolon)) {
        if (at(Tok::LBrace)) {
          syntax_error("expected for loop condition");
          missing_cond = true;
        } else {
          h.cond = simple_stmt(nullptr, Tok::Illegal);
        }
      }
      if (!missing_cond) {
        want(Tok::Semicolon);
        if (!at(Tok::LBrace)) {
          h.post = simple_stmt(nullptr, Tok::Illegal);
          auto* a = as<AssignStmt>(h.post);
          if (a && a->tok == Tok::Define) {
            syntax_error_at(operator_range(a), "cannot declare in post statement of for loop");
          }
        }
      }
    } else if (!at(Tok::LBrace)) {
      h.cond = simple_stmt(nullptr, keyword);
    }
  } else {
    h.cond = h.init;
    h.init = nullptr;
  }
  xnest_ = outer;
  return h;
}

// Unpacks the condition of an if or for header: it must be an expression statement.
Expr* Parser::cond_expr(Tok keyword, Header& h) {
  Stmt* s = h.cond;
  if (!s) {
    if (keyword != Tok::If) return nullptr;
    if (h.has_semi) {
      if (h.semi.text == ";") {
        syntax_error_at(h.semi.range, "missing condition in if statement");
      } else {
        syntax_error_at(h.semi.range, std::string("unexpected ") +
                                          (h.semi.text.empty() ? "EOF" : "newline") +
                                          ", expected { after if clause");
      }
      return pool_.make<BadExpr>(Range{h.semi.range.begin, h.semi.range.begin});
    }
    return bad_expr();  // already reported
  }
  if (auto* es = as<ExprStmt>(s)) return es->x;
  cannot_use_as_value(s);
  return pool_.make<BadExpr>(s->range);
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
// Else-if chains are parsed iteratively so that long chains need no deep recursion.
IfStmt* Parser::if_stmt() {
  std::vector<IfStmt*> chain;
  for (;;) {
    IfStmt* s = pool_.make<IfStmt>();
    s->range.begin = tok_.range.begin;
    if (!chain.empty()) chain.back()->else_ = s;
    chain.push_back(s);
    next();  // "if"
    Header h = header(Tok::If);
    s->init = h.init;
    s->cond = cond_expr(Tok::If, h);
    s->body = block_stmt("if clause");
    if (!got(Tok::Else)) break;
    if (at(Tok::If)) continue;
    if (at(Tok::LBrace)) {
      s->else_ = block_stmt("");
    } else {
      syntax_error("else must be followed by if or statement block");
      advance(toks({Tok::Ident, Tok::RBrace}));
    }
    break;
  }
  for (IfStmt* s : chain) s->range.end = std::max(s->range.begin, prev_end_);
  return chain.front();
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Parser::for_stmt() {
  uint32_t begin = tok_.range.begin;
  next();  // "for"
  Header h = header(Tok::For);
  if (auto* r = as<RangeStmt>(h.init)) {
    r->body = block_stmt("for clause");
    r->range = span(begin);
    return r;
  }
  ForStmt* f = pool_.make<ForStmt>();
  f->init = h.init;
  f->cond = cond_expr(Tok::For, h);
  f->post = h.post;
  f->body = block_stmt("for clause");
  f->range = span(begin);
  return f;
}

// SwitchStmt      = ExprSwitchStmt | TypeSwitchStmt .
// ExprSwitchStmt  = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt  = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
Stmt* Parser::switch_stmt() {
  uint32_t begin = tok_.range.begin;
  next();  // "switch"
  size_t mark = guards_.size();
  bool outer_guard_ok = guard_ok_;
  guard_ok_ = true;
  Header h = header(Tok::Switch);
  guard_ok_ = outer_guard_ok;

  Stmt* assign = nullptr;  // the type switch guard statement, if any
  TypeAssertExpr* guard = nullptr;
  Expr* tag = nullptr;
  if (Stmt* s = h.cond) {
    if (auto* es = as<ExprStmt>(s)) {
      auto* ta = as<TypeAssertExpr>(es->x);
      if (ta && !ta->type_expr) {
        guard = ta;
        assign = es;
      } else {
        tag = es->x;
      }
    } else if (auto* a = as<AssignStmt>(s); a && a->tok == Tok::Define && a->lhs.size() == 1 &&
                                            a->rhs.size() == 1 && as<Ident>(a->lhs[0])) {
      auto* ta = as<TypeAssertExpr>(a->rhs[0]);
      if (ta && !ta->type_expr) {
        guard = ta;
        assign = a;
      }
    }
    if (!assign && !tag) {
      cannot_use_as_value(s);
      tag = pool_.make<BadExpr>(s->range);
    }
  }
  // Any other x.(type) in the header is misplaced.
  for (size_t i = mark; i < guards_.size(); i++) {
    if (guards_[i] != guard) error_at(guards_[i]->range, "use of .(type) outside type switch");
  }
  guards_.resize(mark);

  BlockStmt* body = pool_.make<BlockStmt>();
  uint32_t lbrace = tok_.range.begin;
  if (!got(Tok::LBrace)) {
    syntax_error("missing { after switch clause");
    advance(toks({Tok::Case, Tok::Default, Tok::RBrace}));
  }
  while (!at(Tok::Eof) && !at(Tok::RBrace)) body->list.push_back(case_clause());
  want(Tok::RBrace);
  body->range = span(lbrace);

  if (assign) {
    TypeSwitchStmt* s = pool_.make<TypeSwitchStmt>(span(begin));
    s->init = h.init;
    s->assign = assign;
    s->body = body;
    return s;
  }
  SwitchStmt* s = pool_.make<SwitchStmt>(span(begin));
  s->init = h.init;
  s->tag = tag;
  s->body = body;
  return s;
}

// A case clause ends with its last statement (the statement list also consumes the ";"
// after it), or with its ":" when the body is empty.
Range Parser::clause_range(uint32_t begin, const std::vector<Stmt*>& body) const {
  if (body.empty()) return span(begin);
  return {begin, std::max(begin, body.back()->range.end)};
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
// TypeCaseClause = TypeSwitchCase ":" StatementList .
// TypeSwitchCase = "case" TypeList | "default" .
CaseClause* Parser::case_clause() {
  CaseClause* c = pool_.make<CaseClause>();
  uint32_t begin = tok_.range.begin;
  if (got(Tok::Case)) {
    c->list = expr_list();  // types parse as expressions too
  } else if (got(Tok::Default)) {
    c->is_default = true;
  } else {
    syntax_error("expected case or default or }");
    advance(toks({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace}));
    if (at(Tok::Case) || at(Tok::Default) || at(Tok::RBrace)) {
      c->range = span(begin);
      return c;
    }
  }
  want(Tok::Colon);
  c->body = stmt_list();
  c->range = clause_range(begin, c->body);
  return c;
}

// SelectStmt = "select" "{" { CommClause } "}" .
SelectStmt* Parser::select_stmt() {
  SelectStmt* s = pool_.make<SelectStmt>();
  uint32_t begin = tok_.range.begin;
  next();  // "select"
  BlockStmt* body = pool_.make<BlockStmt>();
  uint32_t lbrace = tok_.range.begin;
  if (!got(Tok::LBrace)) {
    syntax_error("missing { after select clause");
    advance(toks({Tok::Case, Tok::Default, Tok::RBrace}));
  }
  while (!at(Tok::Eof) && !at(Tok::RBrace)) body->list.push_back(comm_clause());
  want(Tok::RBrace);
  body->range = span(lbrace);
  s->body = body;
  s->range = span(begin);
  return s;
}

// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
// RecvStmt   = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
// RecvExpr   = Expression .
CommClause* Parser::comm_clause() {
  CommClause* c = pool_.make<CommClause>();
  uint32_t begin = tok_.range.begin;
  if (got(Tok::Case)) {
    Stmt* s = simple_stmt(nullptr, Tok::Illegal);
    bool ok = false;
    if (s->kind == NodeKind::SendStmt) {
      ok = true;
    } else if (auto* es = as<ExprStmt>(s)) {
      ok = is_recv_expr(es->x);
    } else if (auto* a = as<AssignStmt>(s)) {
      ok = (a->tok == Tok::Assign || a->tok == Tok::Define) && a->lhs.size() <= 2 &&
           a->rhs.size() == 1 && is_recv_expr(a->rhs[0]);
    }
    if (!ok) {
      error_at(s->range, "select case must be receive, send or assign recv");
      s = pool_.make<BadStmt>(s->range);
    }
    c->comm = s;
  } else if (!got(Tok::Default)) {
    syntax_error("expected case or default or }");
    advance(toks({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace}));
    if (at(Tok::Case) || at(Tok::Default) || at(Tok::RBrace)) {
      c->comm = pool_.make<BadStmt>(span(begin));
      c->range = span(begin);
      return c;
    }
    c->comm = pool_.make<BadStmt>(span(begin));
  }
  want(Tok::Colon);
  c->body = stmt_list();
  c->range = clause_range(begin, c->body);
  return c;
}

}  // namespace gs::parser_internal
