// Recursive-descent parser for Go (Go 1.22 spec): tokens, errors and recovery, and the
// entry point. Each parse function is preceded by the grammar rule it implements; error
// messages and recovery follow Go's gc compiler. The grammar is split by part: parse_*.cc.
#include "parse/parser_internal.h"

namespace gs::parser_internal {

void Parser::next() {
  prev_end_ = tok_.range.end;
  if (bailed_) return;  // tok_ stays Eof
  tok_ = lex_.next();
}

void Parser::want(Tok t) {
  if (!got(t)) {
    syntax_error("expected " + tokstring(t));
    advance();
  }
}

// Like got(Assign), but also accepts ":=" (with an error) for better recovery.
bool Parser::got_assign() {
  if (at(Tok::Define)) {
    syntax_error("expected =");
    next();
    return true;
  }
  return got(Tok::Assign);
}

std::string Parser::tokstring(Tok t) {
  if (t == Tok::Comma) return "comma";
  if (t == Tok::Semicolon) return "semicolon or newline";
  if (is_keyword(t)) return std::string("keyword ") + tok_spelling(t);
  return tok_spelling(t);
}

std::string Parser::describe_token() const {
  switch (tok_.kind) {
    case Tok::Ident:
      return "name " + std::string(tok_.text);
    case Tok::Semicolon:
      return tok_.text == ";" ? "semicolon" : tok_.text == "\n" ? "newline" : "EOF";
    default:
      if (is_literal(tok_.kind)) return "literal " + std::string(tok_.text);
      return tokstring(tok_.kind);
  }
}

bool Parser::had_syntax_errors() const {
  const auto& l = diags_.list();
  for (size_t i = diag_start_; i < l.size(); i++) {
    if (l[i].kind == DiagKind::Syntax) return true;
  }
  return false;
}

// Reports a syntax error worded like gc: a message starting with "in ", "at " or "after "
// or "expected " is prefixed by the current token ("unexpected X"); others are plain.
void Parser::syntax_error_at(Range r, const std::string& msg) {
  if (at(Tok::Eof) && had_syntax_errors()) return;  // avoid meaningless follow-up errors
  std::string full;
  if (msg.empty()) {
    full = "syntax error: unexpected " + describe_token();
  } else if (starts_with(msg, "in ") || starts_with(msg, "at ") || starts_with(msg, "after ")) {
    full = "syntax error: unexpected " + describe_token() + " " + msg;
  } else if (starts_with(msg, "expected ")) {
    full = "syntax error: unexpected " + describe_token() + ", " + msg;
  } else {
    full = "syntax error: " + msg;
  }
  // Like gc, report only the first syntax error of a line: the rest are mostly follow-ups.
  int line = src_.position(r.begin).line;
  if (line == last_error_line_) return;
  last_error_line_ = line;
  diags_.add(DiagKind::Syntax, src_.index, r, std::move(full));
}

void Parser::error_at(Range r, std::string msg) {
  diags_.add(DiagKind::Syntax, src_.index, r, std::move(msg));
}

void Parser::unsupported(Range r, std::string msg) {
  diags_.add(DiagKind::Unsupported, src_.index, r, std::move(msg));
}

// Skips tokens until one in follow (or, inside functions, a statement keyword) or EOF. With
// an empty follow set, exactly one token is skipped to guarantee progress.
void Parser::advance(TokSet follow) {
  TokSet stop = bit(Tok::Eof);
  if (follow) {
    if (fnest_ > 0) stop |= kStopSet;
    stop |= follow;
  }
  while (!(stop & bit(tok_.kind))) {
    next();
    if (!follow) break;
  }
}

void Parser::too_deep() {
  if (bailed_) return;
  diags_.add(DiagKind::Syntax, src_.index, tok_.range,
             "syntax error: nesting too deep (more than " + std::to_string(kMaxDepth) + " levels)");
  // Pretend the file ends here: every parse function unwinds quickly at EOF.
  bailed_ = true;
  uint32_t end = uint32_t(src_.text().size());
  tok_ = Token{Tok::Eof, {end, end}, {}};
}

// list = [ f { sep f } [ sep ] ] close .
// Parses a sep-separated list closed by close; f returns true to stop accepting elements.
// Returns the range of the closing token (or of the token found instead).

// Reports "cannot use x := 0 as value" for a statement found where a condition belongs.
void Parser::cannot_use_as_value(Stmt* s) {
  auto list_text = [&](const std::vector<Expr*>& l) {
    std::string t(text({l.front()->range.begin, l.back()->range.end}));
    if (l.size() == 1 && l[0]->kind == NodeKind::BinaryExpr) t = "(" + t + ")";
    return t;
  };
  std::string str;
  auto* a = as<AssignStmt>(s);
  if (a && a->tok == Tok::Assign && !a->lhs.empty() && !a->rhs.empty()) {
    str = "assignment " + list_text(a->lhs) + " = " + list_text(a->rhs);
  } else {
    // The statement's source with white space runs collapsed, as gc prints it on one line.
    for (char c : text(s->range)) {
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space) {
        str.push_back(c);
      } else if (!str.empty() && str.back() != ' ') {
        str.push_back(' ');
      }
    }
  }
  syntax_error_at(operator_range(s), "cannot use " + str + " as value");
}

// Where gc positions errors about a simple statement: at its operator (":=", "=", "+=",
// "++", "<-"), found by skipping white space and comments after the left operand; at the
// statement's start for other statements.
Range Parser::operator_range(Stmt* s) const {
  Expr* left = nullptr;
  if (auto* a = as<AssignStmt>(s); a && !a->lhs.empty()) left = a->lhs.back();
  if (auto* a = as<IncDecStmt>(s)) left = a->x;
  if (auto* a = as<SendStmt>(s)) left = a->chan;
  if (!left) return s->range;
  std::string_view t = src_.text();
  size_t i = left->range.end;
  while (i < s->range.end) {
    if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
      i++;
    } else if (t.compare(i, 2, "//") == 0) {
      while (i < s->range.end && t[i] != '\n') i++;
    } else if (t.compare(i, 2, "/*") == 0) {
      size_t end = t.find("*/", i + 2);
      i = end == std::string_view::npos ? s->range.end : end + 2;
    } else {
      break;
    }
  }
  uint32_t b = uint32_t(std::min<size_t>(i, s->range.end));
  size_t len = 2;  // "++", "--", "<-"
  if (auto* a = as<AssignStmt>(s)) len = std::string_view(tok_spelling(a->tok)).size();
  return {b, std::min(b + uint32_t(len), s->range.end)};
}

// ---------------------------------------------------------------------------------------
// Node helpers

Ident* Parser::make_ident(Range r, std::string name) {
  Ident* id = pool_.make<Ident>(r);
  id->name = std::move(name);
  return id;
}

BasicLit* Parser::basic_lit() {
  BasicLit* b = pool_.make<BasicLit>(tok_.range);
  b->lit_kind = tok_.kind;
  b->value = std::string(tok_.text);
  next();
  return b;
}

void Parser::note_type_guard(TypeAssertExpr* t) {
  if (guard_ok_) {
    guards_.push_back(t);  // switch_stmt decides whether it is the switch's guard
  } else {
    error_at(t->range, "use of .(type) outside type switch");
  }
}

}  // namespace gs::parser_internal

namespace gs {

File* parse_file(const SourceFile& src, AstPool& pool, Diagnostics& diags) {
  parser_internal::Parser p(src, pool, diags);
  return p.file();
}

FuncDecl* reparse_func_decl(const SourceFile& src, uint32_t begin, AstPool& pool,
                            Diagnostics& diags) {
  parser_internal::Parser p(src, pool, diags, begin);
  return p.func_decl();
}

TypeSpec* reparse_type_spec(const SourceFile& src, uint32_t begin, AstPool& pool,
                            Diagnostics& diags) {
  parser_internal::Parser p(src, pool, diags, begin);
  return p.type_spec();
}

}  // namespace gs
