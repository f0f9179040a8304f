// The parser's internals, shared by its files (parser.cc: tokens, errors, recovery;
// parse_decl.cc, parse_type.cc, parse_expr.cc, parse_stmt.cc: one part of the grammar each).
// Only core/parse includes this; everyone else uses parse/parser.h.
#pragma once
#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "lex/lexer.h"
#include "parse/parser.h"

namespace gs::parser_internal {

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

inline bool is_literal(Tok t) { return t >= Tok::Int && t <= Tok::String; }

inline bool is_op_assign(Tok t) { return t >= Tok::AddAssign && t <= Tok::AndNotAssign; }

// Whether x must syntactically be a value (never a type); decides whether "x[i] {" may start
// a composite literal of an instantiated generic type.
inline bool is_value(Expr* x) {
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

inline bool is_recv_expr(Expr* x) {
  auto* u = as<UnaryExpr>(unparen(x));
  return u && u->op == Tok::Arrow;
}

inline bool starts_with(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

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
  // Parses from offset begin (0: the whole file).
  Parser(const SourceFile& src, AstPool& pool, Diagnostics& diags, uint32_t begin = 0)
      : src_(src), pool_(pool), diags_(diags), lex_(src, diags), diag_start_(diags.size()) {
    if (begin) lex_.seek(begin);
    next();
  }
  File* file();
  FuncDecl* func_decl();
  TypeSpec* type_spec();

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
  std::vector<Field*> type_params(Ident* first);
  Expr* type_constraint();
  Expr* type_term();
  Expr* union_rest(Expr* x);
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
  // A keyword ("struct", "interface") and "{" { Elem ";" } "}"; elem parses one element.
  template <class T, class F>
  T* braced_type(const char* context, F&& elem);
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

template <class T, class F>
T* Parser::braced_type(const char* context, F&& elem) {
  T* t = pool_.make<T>();
  uint32_t begin = tok_.range.begin;
  next();  // the keyword
  if (!got(Tok::LBrace)) {
    syntax_error("expected {");
  } else {
    list(context, Tok::Semicolon, Tok::RBrace, [&] {
      elem(t);
      return false;
    });
  }
  t->range = span(begin);
  return t;
}

}  // namespace gs::parser_internal
