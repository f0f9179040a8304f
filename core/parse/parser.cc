// Recursive-descent parser for Go (Go 1.22 spec). Each parse function is preceded by the
// grammar rule it implements; error messages and recovery follow Go's gc compiler.
#include "parse/parser.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "lex/lexer.h"

namespace gs {

namespace {

// Deepest nesting of expressions, types, literals and statements accepted. Deeper input is
// rejected with one error instead of exhausting the native stack. Each level costs about
// 0.7-0.8 KB of stack in an optimized build, so the limit needs ~400 KB (the web build must
// reserve at least that); real programs stay far below it (Go's own tests nest 250 deep).
constexpr int kMaxDepth = 500;

// Sets of tokens, one bit per Tok (Tok::Count <= 128).
using TokSet = unsigned __int128;
static_assert(size_t(Tok::Count) <= 128);
constexpr TokSet bit(Tok t) { return TokSet(1) << unsigned(t); }
constexpr TokSet toks(std::initializer_list<Tok> list) {
  TokSet s = 0;
  for (Tok t : list) s |= bit(t);
  return s;
}

// Keywords that start a statement: good places to resume after an error inside a function.
constexpr TokSet kStopSet =
    toks({Tok::Break, Tok::Const, Tok::Continue, Tok::Defer, Tok::Fallthrough, Tok::For, Tok::Go,
          Tok::Goto, Tok::If, Tok::Return, Tok::Select, Tok::Switch, Tok::Type, Tok::Var});
constexpr TokSet kTopLevel = toks({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});

bool is_literal(Tok t) { return t >= Tok::Int && t <= Tok::String; }

bool is_op_assign(Tok t) { return t >= Tok::AddAssign && t <= Tok::AndNotAssign; }

Expr* unparen(Expr* x) {
  while (auto* p = as<ParenExpr>(x)) x = p->x;
  return x;
}

// Whether x must syntactically be a value (never a type); decides whether "x[i] {" may start
// a composite literal of an instantiated generic type.
bool is_value(Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:
    case NodeKind::BinaryExpr:
      return true;
    case NodeKind::ParenExpr:
      return is_value(static_cast<ParenExpr*>(x)->x);
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(x);
      return is_value(ix->x) || is_value(ix->index);
    }
    default:
      return false;
  }
}

bool is_recv_expr(Expr* x) {
  auto* u = as<UnaryExpr>(unparen(x));
  return u && u->op == Tok::Arrow;
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// The parts of an if/for/switch header (see Parser::header).
struct Header {
  Stmt* init = nullptr;
  Stmt* cond = nullptr;  // the condition or tag, still wrapped in its statement
  Stmt* post = nullptr;
  bool has_semi = false;  // a ";" followed the init statement
  Token semi;
};

// One entry of a parameter list before names and types are distributed.
struct ParamEntry {
  Ident* name = nullptr;
  Expr* type = nullptr;
};

class Parser {
 public:
  Parser(const SourceFile& src, AstPool& pool, Diagnostics& diags)
      : src_(src), pool_(pool), diags_(diags), lex_(src, diags), diag_start_(diags.size()) {
    next();
  }
  File* file();

 private:
  // Counts one nesting level for the lifetime of a parse function; ok is false (and parsing
  // stops) once kMaxDepth is exceeded.
  struct DepthGuard {
    explicit DepthGuard(Parser& p) : p(p) {
      ok = ++p.depth_ <= kMaxDepth;
      if (!ok) p.too_deep();
    }
    ~DepthGuard() { --p.depth_; }
    Parser& p;
    bool ok;
  };

  // ---- tokens ----
  void next();
  bool at(Tok t) const { return tok_.kind == t; }
  bool got(Tok t) {
    if (tok_.kind != t) return false;
    next();
    return true;
  }
  void want(Tok t);
  bool got_assign();
  // The range from begin to the end of the last consumed token (never inverted).
  Range span(uint32_t begin) const { return {begin, std::max(begin, prev_end_)}; }
  std::string_view text(Range r) const {
    return std::string_view(src_.text()).substr(r.begin, r.end - r.begin);
  }

  // ---- errors ----
  static std::string tokstring(Tok t);
  std::string describe_token() const;
  bool had_syntax_errors() const;
  void syntax_error(const std::string& msg) { syntax_error_at(tok_.range, msg); }
  void syntax_error_at(Range r, const std::string& msg);
  void error_at(Range r, std::string msg);
  void unsupported(Range r, std::string msg);
  void advance(TokSet follow = 0);
  void too_deep();
  void cannot_use_as_value(Stmt* s);
  Range operator_range(Stmt* s) const;
  template <class F>
  Range list(const char* context, Tok sep, Tok close, F&& f);

  // ---- node helpers ----
  Ident* make_ident(Range r, std::string name);
  BadExpr* bad_expr() { return pool_.make<BadExpr>(Range{tok_.range.begin, tok_.range.begin}); }
  BasicLit* basic_lit();
  void note_type_guard(TypeAssertExpr* t);

  // ---- declarations ----
  GenDecl* gen_decl();
  ImportSpec* import_spec();
  ValueSpec* value_spec(bool is_const, int index);
  TypeSpec* type_spec();
  FuncDecl* func_decl();
  void skip_bracketed();

  // ---- types ----
  Expr* type_();
  Expr* type_or_null();
  Expr* chan_elem();
  Expr* qualified_name(Ident* name);
  Expr* type_instance(Expr* x);
  Expr* array_type(uint32_t begin, Expr* len);
  Expr* array_or_type_args(Ident* name);
  StructType* struct_type();
  void field_decl(StructType* st);
  InterfaceType* interface_type();
  void interface_elem(InterfaceType* it);
  FuncType* func_type(uint32_t begin);
  std::vector<Field*> func_result();
  std::vector<Field*> param_list(Tok close, bool dddok);
  bool param_decl(Tok close, ParamEntry& e);

  // ---- expressions ----
  Ident* name();
  std::vector<Ident*> name_list(Ident* first);
  std::vector<Expr*> expr_list();
  Expr* expr() { return binary_expr(nullptr, 0); }
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  Expr* primary_expr(Expr* x);
  Expr* operand();
  Expr* index_or_slice(Expr* x);
  CallExpr* call(Expr* fun);
  CompositeLit* composite_lit(Expr* type);
  Expr* element();
  BlockStmt* func_body();

  // ---- statements ----
  BlockStmt* block_stmt(const char* context);
  std::vector<Stmt*> stmt_list();
  Stmt* stmt_or_null();
  Stmt* simple_stmt(std::vector<Expr*>* lhs, Tok keyword);
  RangeStmt* range_clause(std::vector<Expr*> lhs, Tok tok);
  Stmt* labeled_stmt(Ident* label);
  Stmt* call_stmt();
  Header header(Tok keyword);
  Expr* cond_expr(Tok keyword, Header& h);
  IfStmt* if_stmt();
  Stmt* for_stmt();
  Stmt* switch_stmt();
  CaseClause* case_clause();
  Range clause_range(uint32_t begin, const std::vector<Stmt*>& body) const;
  SelectStmt* select_stmt();
  CommClause* comm_clause();

  const SourceFile& src_;
  AstPool& pool_;
  Diagnostics& diags_;
  Lexer lex_;
  const size_t diag_start_;  // diagnostics before this index belong to earlier work

  Token tok_;              // the current token
  uint32_t prev_end_ = 0;  // end of the last consumed token
  // Expression nesting level: -1 inside an if/for/switch header (outside any parentheses),
  // where "T {" starts the block rather than a composite literal (Go's exprLev).
  int xnest_ = 0;
  int fnest_ = 0;  // function nesting; error recovery stops at statement keywords if > 0
  int depth_ = 0;  // current DepthGuard nesting
  bool bailed_ = false;
  int last_error_line_ = 0;  // line of the last "syntax error" (gc reports one per line)
  // x.(type) guards seen while parsing a switch header (guard_ok_); elsewhere they are
  // reported at once.
  bool guard_ok_ = false;
  std::vector<TypeAssertExpr*> guards_;
};

// ---------------------------------------------------------------------------------------
// Tokens and errors

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
template <class F>
Range Parser::list(const char* context, Tok sep, Tok close, F&& f) {
  bool done = false;
  while (!at(Tok::Eof) && !at(close) && !done) {
    done = f();
    // sep is optional before close
    if (!got(sep) && !at(close)) {
      syntax_error(std::string("in ") + context + "; possibly missing " + tokstring(sep) + " or " +
                   tokstring(close));
      advance(toks({Tok::RParen, Tok::RBrack, Tok::RBrace}));
      if (!at(close)) return tok_.range;
    }
  }
  Range r = tok_.range;
  want(close);
  return r;
}

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

// ---------------------------------------------------------------------------------------
// Declarations

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
        skip_bracketed();
        unsupported({lbrack, prev_end_}, "generic type parameters are not supported");
        s->has_type_params = true;
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
      if (auto* ix = as<IndexExpr>(t)) {
        unsupported(ix->range, "generic type parameters are not supported");
      }
    }
  }
  if (at(Tok::Ident)) {
    f->name = name();
    if (at(Tok::LBrack)) {
      uint32_t lbrack = tok_.range.begin;
      next();
      skip_bracketed();
      unsupported({lbrack, prev_end_}, "generic type parameters are not supported");
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

// ---------------------------------------------------------------------------------------
// Types

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
  int count = 0;
  if (at(Tok::RBrack)) {
    syntax_error("expected type argument list");
    ix->index = bad_expr();
  } else {
    xnest_++;
    ix->index = type_();
    count = 1;
    while (got(Tok::Comma) && !at(Tok::RBrack)) {
      type_();
      count++;
    }
    xnest_--;
  }
  want(Tok::RBrack);
  ix->range = span(x->range.begin);
  if (count > 1) unsupported(ix->range, "generic instantiation is not supported");
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
  int count = 1;
  while (got(Tok::Comma)) {
    comma = true;
    if (at(Tok::RBrack)) break;
    expr();
    count++;
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
  ix->range = span(name->range.begin);
  if (count > 1) unsupported(ix->range, "generic instantiation is not supported");
  return ix;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::struct_type() {
  StructType* st = pool_.make<StructType>();
  uint32_t begin = tok_.range.begin;
  next();  // "struct"
  if (!got(Tok::LBrace)) {
    syntax_error("expected {");
  } else {
    list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
      field_decl(st);
      return false;
    });
  }
  st->range = span(begin);
  return st;
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
  InterfaceType* it = pool_.make<InterfaceType>();
  uint32_t begin = tok_.range.begin;
  next();  // "interface"
  if (!got(Tok::LBrace)) {
    syntax_error("expected {");
  } else {
    list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
      interface_elem(it);
      return false;
    });
  }
  it->range = span(begin);
  return it;
}

// InterfaceElem  = MethodElem | TypeElem .
// MethodElem     = MethodName Signature .
// TypeElem       = TypeTerm { "|" TypeTerm } .
// TypeTerm       = Type | UnderlyingType .
// UnderlyingType = "~" Type .
// Only methods and embedded (possibly qualified) interface names are supported; other type
// elements only occur in generic constraints.
void Parser::interface_elem(InterfaceType* it) {
  uint32_t begin = tok_.range.begin;
  bool first_done = false;
  if (at(Tok::Ident)) {
    Ident* n = name();
    if (at(Tok::LParen)) {
      Field* f = pool_.make<Field>();
      f->names.push_back(n);
      f->type = func_type(tok_.range.begin);
      f->range = span(begin);
      it->methods.push_back(f);
      return;
    }
    if (at(Tok::LBrack)) {
      // a generic method m[T any](...) or an embedded instantiated interface I[T]
      uint32_t lbrack = tok_.range.begin;
      next();
      skip_bracketed();
      if (!at(Tok::LParen)) {
        unsupported(span(begin), "generic instantiation is not supported");
        return;
      }
      unsupported({lbrack, prev_end_}, "generic type parameters are not supported");
      Field* f = pool_.make<Field>();
      f->names.push_back(n);
      f->type = func_type(tok_.range.begin);
      f->range = span(begin);
      it->methods.push_back(f);
      return;
    }
    Expr* t = qualified_name(n);
    if (!at(Tok::Or)) {
      Field* f = pool_.make<Field>();
      f->type = t;
      f->range = span(begin);
      it->methods.push_back(f);
      return;
    }
    first_done = true;
  }
  auto term = [&] {
    got(Tok::Tilde);
    type_();
  };
  if (!first_done) term();
  while (got(Tok::Or)) term();
  unsupported(span(begin), "interface type constraints are not supported");
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

// ---------------------------------------------------------------------------------------
// Expressions

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
  for (;;) {
    uint32_t begin = x->range.begin;
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
// TypeArgs = "[" TypeList [ "," ] "]" .   (several arguments: reported as unsupported)
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
    int count = 1;
    bool comma = false;
    while (got(Tok::Comma)) {
      comma = true;
      if (at(Tok::RBrack)) break;
      expr();
      count++;
    }
    if (comma || at(Tok::RBrack)) {
      xnest_--;
      want(Tok::RBrack);
      IndexExpr* ix = pool_.make<IndexExpr>();
      ix->x = x;
      ix->index = i;
      ix->range = span(begin);
      if (count > 1) unsupported(ix->range, "generic instantiation is not supported");
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

// ---------------------------------------------------------------------------------------
// Statements

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

}  // namespace

File* parse_file(const SourceFile& src, AstPool& pool, Diagnostics& diags) {
  Parser p(src, pool, diags);
  return p.file();
}

}  // namespace gs
