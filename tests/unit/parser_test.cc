// Unit tests of the parser: tree shapes (via an S-expression dump defined here), node ranges,
// syntax error messages and positions, unsupported constructs, and robustness on bad input.
#include "parse/parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace gs {
namespace {

// ---------------------------------------------------------------------------------------
// Test helpers: child traversal and an S-expression dump of the AST.

// Calls f(child) for each non-null child of n, in source order.
template <class F>
void for_each_child(const Node* n, F&& f) {
  auto v = [&](const Node* c) {
    if (c) f(c);
  };
  auto vl = [&](const auto& list) {
    for (const Node* c : list) v(c);
  };
  switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      break;
    case NodeKind::CompositeLit: {
      auto* x = as<CompositeLit>(n);
      v(x->type_expr);
      vl(x->elts);
      break;
    }
    case NodeKind::FuncLit:
      v(as<FuncLit>(n)->sig), v(as<FuncLit>(n)->body);
      break;
    case NodeKind::ParenExpr:
      v(as<ParenExpr>(n)->x);
      break;
    case NodeKind::SelectorExpr:
      v(as<SelectorExpr>(n)->x), v(as<SelectorExpr>(n)->sel);
      break;
    case NodeKind::IndexExpr:
      v(as<IndexExpr>(n)->x), v(as<IndexExpr>(n)->index);
      break;
    case NodeKind::SliceExpr: {
      auto* x = as<SliceExpr>(n);
      v(x->x), v(x->low), v(x->high), v(x->max);
      break;
    }
    case NodeKind::TypeAssertExpr:
      v(as<TypeAssertExpr>(n)->x), v(as<TypeAssertExpr>(n)->type_expr);
      break;
    case NodeKind::CallExpr:
      v(as<CallExpr>(n)->fun), vl(as<CallExpr>(n)->args);
      break;
    case NodeKind::StarExpr:
      v(as<StarExpr>(n)->x);
      break;
    case NodeKind::UnaryExpr:
      v(as<UnaryExpr>(n)->x);
      break;
    case NodeKind::BinaryExpr:
      v(as<BinaryExpr>(n)->x), v(as<BinaryExpr>(n)->y);
      break;
    case NodeKind::KeyValueExpr:
      v(as<KeyValueExpr>(n)->key), v(as<KeyValueExpr>(n)->value);
      break;
    case NodeKind::Ellipsis:
      v(as<Ellipsis>(n)->elt);
      break;
    case NodeKind::ArrayType:
      v(as<ArrayType>(n)->len), v(as<ArrayType>(n)->elem);
      break;
    case NodeKind::StructType:
      vl(as<StructType>(n)->fields);
      break;
    case NodeKind::FuncType:
      vl(as<FuncType>(n)->params), vl(as<FuncType>(n)->results);
      break;
    case NodeKind::InterfaceType:
      vl(as<InterfaceType>(n)->methods);
      break;
    case NodeKind::MapType:
      v(as<MapType>(n)->key), v(as<MapType>(n)->value);
      break;
    case NodeKind::ChanType:
      v(as<ChanType>(n)->value);
      break;
    case NodeKind::DeclStmt:
      v(as<DeclStmt>(n)->decl);
      break;
    case NodeKind::LabeledStmt:
      v(as<LabeledStmt>(n)->label), v(as<LabeledStmt>(n)->stmt);
      break;
    case NodeKind::ExprStmt:
      v(as<ExprStmt>(n)->x);
      break;
    case NodeKind::SendStmt:
      v(as<SendStmt>(n)->chan), v(as<SendStmt>(n)->value);
      break;
    case NodeKind::IncDecStmt:
      v(as<IncDecStmt>(n)->x);
      break;
    case NodeKind::AssignStmt:
      vl(as<AssignStmt>(n)->lhs), vl(as<AssignStmt>(n)->rhs);
      break;
    case NodeKind::GoStmt:
      v(as<GoStmt>(n)->call);
      break;
    case NodeKind::DeferStmt:
      v(as<DeferStmt>(n)->call);
      break;
    case NodeKind::ReturnStmt:
      vl(as<ReturnStmt>(n)->results);
      break;
    case NodeKind::BranchStmt:
      v(as<BranchStmt>(n)->label);
      break;
    case NodeKind::BlockStmt:
      vl(as<BlockStmt>(n)->list);
      break;
    case NodeKind::IfStmt: {
      auto* x = as<IfStmt>(n);
      v(x->init), v(x->cond), v(x->body), v(x->else_);
      break;
    }
    case NodeKind::CaseClause:
      vl(as<CaseClause>(n)->list), vl(as<CaseClause>(n)->body);
      break;
    case NodeKind::SwitchStmt: {
      auto* x = as<SwitchStmt>(n);
      v(x->init), v(x->tag), v(x->body);
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* x = as<TypeSwitchStmt>(n);
      v(x->init), v(x->assign), v(x->body);
      break;
    }
    case NodeKind::CommClause:
      v(as<CommClause>(n)->comm), vl(as<CommClause>(n)->body);
      break;
    case NodeKind::SelectStmt:
      v(as<SelectStmt>(n)->body);
      break;
    case NodeKind::ForStmt: {
      auto* x = as<ForStmt>(n);
      v(x->init), v(x->cond), v(x->post), v(x->body);
      break;
    }
    case NodeKind::RangeStmt: {
      auto* x = as<RangeStmt>(n);
      v(x->key), v(x->value), v(x->x), v(x->body);
      break;
    }
    case NodeKind::Field: {
      auto* x = as<Field>(n);
      vl(x->names), v(x->type), v(x->tag);
      break;
    }
    case NodeKind::ImportSpec:
      v(as<ImportSpec>(n)->name), v(as<ImportSpec>(n)->path);
      break;
    case NodeKind::ValueSpec: {
      auto* x = as<ValueSpec>(n);
      vl(x->names), v(x->type), vl(x->values);
      break;
    }
    case NodeKind::TypeSpec:
      v(as<TypeSpec>(n)->name), v(as<TypeSpec>(n)->type);
      break;
    case NodeKind::GenDecl:
      vl(as<GenDecl>(n)->specs);
      break;
    case NodeKind::FuncDecl: {
      auto* x = as<FuncDecl>(n);
      v(x->recv), v(x->name), v(x->sig), v(x->body);
      break;
    }
    case NodeKind::File:
      v(as<File>(n)->package_name), vl(as<File>(n)->decls);
      break;
  }
}

std::string sx(const Node* n);

template <class T>
std::string sx_list(const std::vector<T*>& l) {
  std::string s;
  for (const T* x : l) {
    if (!s.empty()) s += ' ';
    s += sx(x);
  }
  return s;
}

// One element per list item, each preceded by a space.
template <class T>
std::string sx_items(const std::vector<T*>& l) {
  std::string s;
  for (const T* x : l) {
    s += ' ';
    s += sx(x);
  }
  return s;
}

std::string sx_names(const std::vector<Ident*>& names) { return "[" + sx_list(names) + "]"; }

// The S-expression form of a node; "_" for nullptr. Binary and unary operators print as
// (op x y) and (op x); statements and types as (keyword ...).
std::string sx(const Node* n) {
  if (!n) return "_";
  switch (n->kind) {
    case NodeKind::BadExpr:
      return "Bad";
    case NodeKind::Ident:
      return as<Ident>(n)->name;
    case NodeKind::BasicLit:
      return as<BasicLit>(n)->value;
    case NodeKind::CompositeLit: {
      auto* x = as<CompositeLit>(n);
      return "(lit " + sx(x->type_expr) + sx_items(x->elts) + ")";
    }
    case NodeKind::FuncLit:
      return "(funclit " + sx(as<FuncLit>(n)->sig) + " " + sx(as<FuncLit>(n)->body) + ")";
    case NodeKind::ParenExpr:
      return "(paren " + sx(as<ParenExpr>(n)->x) + ")";
    case NodeKind::SelectorExpr: {
      auto* x = as<SelectorExpr>(n);
      return "(sel " + sx(x->x) + " " + sx(x->sel) + ")";
    }
    case NodeKind::IndexExpr: {
      auto* x = as<IndexExpr>(n);
      return "(index " + sx(x->x) + " " + sx(x->index) + ")";
    }
    case NodeKind::SliceExpr: {
      auto* x = as<SliceExpr>(n);
      std::string s = x->slice3 ? "(slice3 " : "(slice ";
      s += sx(x->x) + " " + sx(x->low) + " " + sx(x->high);
      if (x->slice3) s += " " + sx(x->max);
      return s + ")";
    }
    case NodeKind::TypeAssertExpr: {
      auto* x = as<TypeAssertExpr>(n);
      return "(assert " + sx(x->x) + " " + (x->type_expr ? sx(x->type_expr) : "type") + ")";
    }
    case NodeKind::CallExpr: {
      auto* x = as<CallExpr>(n);
      return "(call " + sx(x->fun) + sx_items(x->args) + (x->has_ellipsis ? " ..." : "") + ")";
    }
    case NodeKind::StarExpr:
      return "(* " + sx(as<StarExpr>(n)->x) + ")";
    case NodeKind::UnaryExpr: {
      auto* x = as<UnaryExpr>(n);
      return std::string("(") + tok_spelling(x->op) + " " + sx(x->x) + ")";
    }
    case NodeKind::BinaryExpr: {
      auto* x = as<BinaryExpr>(n);
      return std::string("(") + tok_spelling(x->op) + " " + sx(x->x) + " " + sx(x->y) + ")";
    }
    case NodeKind::KeyValueExpr: {
      auto* x = as<KeyValueExpr>(n);
      return "(kv " + sx(x->key) + " " + sx(x->value) + ")";
    }
    case NodeKind::Ellipsis: {
      auto* x = as<Ellipsis>(n);
      return x->elt ? "(... " + sx(x->elt) + ")" : "...";
    }
    case NodeKind::ArrayType: {
      auto* x = as<ArrayType>(n);
      if (!x->len) return "([] " + sx(x->elem) + ")";
      return "(array " + sx(x->len) + " " + sx(x->elem) + ")";
    }
    case NodeKind::StructType:
      return "(struct" + sx_items(as<StructType>(n)->fields) + ")";
    case NodeKind::Field: {
      auto* x = as<Field>(n);
      std::string s = "(field ";
      if (!x->names.empty()) s += sx_names(x->names) + " ";
      s += sx(x->type);
      if (x->tag) s += " " + sx(x->tag);
      return s + ")";
    }
    case NodeKind::FuncType: {
      auto* x = as<FuncType>(n);
      return "(func (" + sx_list(x->params) + ") (" + sx_list(x->results) + "))";
    }
    case NodeKind::InterfaceType:
      return "(interface" + sx_items(as<InterfaceType>(n)->methods) + ")";
    case NodeKind::MapType: {
      auto* x = as<MapType>(n);
      return "(map " + sx(x->key) + " " + sx(x->value) + ")";
    }
    case NodeKind::ChanType: {
      auto* x = as<ChanType>(n);
      const char* dir = x->dir == ChanDir::Both   ? "chan"
                        : x->dir == ChanDir::Send ? "chan<-"
                                                  : "<-chan";
      return std::string("(") + dir + " " + sx(x->value) + ")";
    }
    case NodeKind::BadStmt:
      return "BadStmt";
    case NodeKind::DeclStmt:
      return sx(as<DeclStmt>(n)->decl);
    case NodeKind::EmptyStmt:
      return "(empty)";
    case NodeKind::LabeledStmt: {
      auto* x = as<LabeledStmt>(n);
      return "(label " + sx(x->label) + " " + sx(x->stmt) + ")";
    }
    case NodeKind::ExprStmt:
      return "(expr " + sx(as<ExprStmt>(n)->x) + ")";
    case NodeKind::SendStmt: {
      auto* x = as<SendStmt>(n);
      return "(send " + sx(x->chan) + " " + sx(x->value) + ")";
    }
    case NodeKind::IncDecStmt: {
      auto* x = as<IncDecStmt>(n);
      return std::string("(") + tok_spelling(x->tok) + " " + sx(x->x) + ")";
    }
    case NodeKind::AssignStmt: {
      auto* x = as<AssignStmt>(n);
      return std::string("(") + tok_spelling(x->tok) + " (" + sx_list(x->lhs) + ") (" +
             sx_list(x->rhs) + "))";
    }
    case NodeKind::GoStmt:
      return "(go " + sx(as<GoStmt>(n)->call) + ")";
    case NodeKind::DeferStmt:
      return "(defer " + sx(as<DeferStmt>(n)->call) + ")";
    case NodeKind::ReturnStmt:
      return "(return" + sx_items(as<ReturnStmt>(n)->results) + ")";
    case NodeKind::BranchStmt: {
      auto* x = as<BranchStmt>(n);
      return std::string("(") + tok_spelling(x->tok) + (x->label ? " " + sx(x->label) : "") + ")";
    }
    case NodeKind::BlockStmt:
      return "(block" + sx_items(as<BlockStmt>(n)->list) + ")";
    case NodeKind::IfStmt: {
      auto* x = as<IfStmt>(n);
      return "(if " + sx(x->init) + " " + sx(x->cond) + " " + sx(x->body) + " " + sx(x->else_) +
             ")";
    }
    case NodeKind::CaseClause: {
      auto* x = as<CaseClause>(n);
      if (x->is_default) return "(default" + sx_items(x->body) + ")";
      return "(case (" + sx_list(x->list) + ")" + sx_items(x->body) + ")";
    }
    case NodeKind::SwitchStmt: {
      auto* x = as<SwitchStmt>(n);
      return "(switch " + sx(x->init) + " " + sx(x->tag) + sx_items(x->body->list) + ")";
    }
    case NodeKind::TypeSwitchStmt: {
      auto* x = as<TypeSwitchStmt>(n);
      return "(typeswitch " + sx(x->init) + " " + sx(x->assign) + sx_items(x->body->list) + ")";
    }
    case NodeKind::CommClause: {
      auto* x = as<CommClause>(n);
      return "(comm " + sx(x->comm) + sx_items(x->body) + ")";
    }
    case NodeKind::SelectStmt:
      return "(select" + sx_items(as<SelectStmt>(n)->body->list) + ")";
    case NodeKind::ForStmt: {
      auto* x = as<ForStmt>(n);
      return "(for " + sx(x->init) + " " + sx(x->cond) + " " + sx(x->post) + " " + sx(x->body) +
             ")";
    }
    case NodeKind::RangeStmt: {
      auto* x = as<RangeStmt>(n);
      const char* tok = x->tok == Tok::Illegal ? "_" : tok_spelling(x->tok);
      return "(range " + sx(x->key) + " " + sx(x->value) + " " + tok + " " + sx(x->x) + " " +
             sx(x->body) + ")";
    }
    case NodeKind::ImportSpec: {
      auto* x = as<ImportSpec>(n);
      return "(importspec " + (x->name ? sx(x->name) + " " : "") + sx(x->path) + ")";
    }
    case NodeKind::ValueSpec: {
      auto* x = as<ValueSpec>(n);
      return "(spec " + sx_names(x->names) + " " + sx(x->type) + " [" + sx_list(x->values) + "] " +
             std::to_string(x->iota) + ")";
    }
    case NodeKind::TypeSpec: {
      auto* x = as<TypeSpec>(n);
      return "(typespec " + sx(x->name) + (x->has_type_params ? "[]" : "") +
             (x->alias ? " = " : " ") + sx(x->type) + ")";
    }
    case NodeKind::GenDecl: {
      auto* x = as<GenDecl>(n);
      return std::string("(") + tok_spelling(x->tok) + sx_items(x->specs) + ")";
    }
    case NodeKind::FuncDecl: {
      auto* x = as<FuncDecl>(n);
      return "(funcdecl " + sx(x->recv) + " " + sx(x->name) + " " + sx(x->sig) + " " + sx(x->body) +
             ")";
    }
    case NodeKind::File: {
      auto* x = as<File>(n);
      return "(file " + sx(x->package_name) + sx_items(x->decls) + ")";
    }
  }
  return "?";
}

// A parsed source file that owns everything it refers to.
struct Parsed {
  explicit Parsed(std::string text) : src("t.go", std::move(text)) {
    file = parse_file(src, pool, diags);
  }
  SourceFile src;
  AstPool pool;
  Diagnostics diags;
  File* file = nullptr;

  std::string diag_text() const {
    std::string s;
    for (const Diagnostic& d : diags.list()) {
      s += src.describe(d.range.begin) + ": " + diag_kind_name(d.kind) + ": " + d.message + "\n";
    }
    return s;
  }
  std::string text(const Node* n) const {
    return src.text().substr(n->range.begin, n->range.end - n->range.begin);
  }
  // The first node of kind k in pre-order below the first function body (or below the file).
  const Node* find(NodeKind k, bool whole_file) const {
    const Node* root = file;
    for (Node* d : file->decls) {
      if (auto* f = as<FuncDecl>(d); f && f->body && !whole_file) {
        root = f->body;
        break;
      }
    }
    const Node* found = nullptr;
    auto rec = [&](auto& self, const Node* n) -> void {
      if (found) return;
      if (n->kind == k) {
        found = n;
        return;
      }
      for_each_child(n, [&](const Node* c) { self(self, c); });
    };
    for_each_child(root, [&](const Node* c) { rec(rec, c); });
    return found;
  }
};

// The statements of a function body, dumped.
std::string parse_stmts(const std::string& body, std::string* diags = nullptr) {
  Parsed p("package p\n\nfunc f() {\n" + body + "\n}\n");
  if (diags) *diags = p.diag_text();
  EXPECT_TRUE(p.diags.empty() || diags) << body << "\n" << p.diag_text();
  auto* f = as<FuncDecl>(p.file->decls.empty() ? nullptr : p.file->decls.back());
  if (!f || !f->body) return "<no body>";
  return sx_list(f->body->list);
}

// Top-level declarations, dumped.
std::string parse_decls(const std::string& decls) {
  Parsed p("package p\n\n" + decls + "\n");
  EXPECT_TRUE(p.diags.empty()) << decls << "\n" << p.diag_text();
  return sx_list(p.file->decls);
}

struct ShapeCase {
  const char* src;
  const char* tree;
};

// ---------------------------------------------------------------------------------------
// Tree shapes

class StmtShape : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(StmtShape, Dump) { EXPECT_EQ(parse_stmts(GetParam().src), GetParam().tree); }

const ShapeCase kStmtCases[] = {
    // simple statements
    {"x := 1", "(:= (x) (1))"},
    {"a, b = b, a", "(= (a b) (b a))"},
    {"x += 2 * y", "(+= (x) ((* 2 y)))"},
    {"x <<= 1; y &^= z", "(<<= (x) (1)) (&^= (y) (z))"},
    {"i++; j--", "(++ i) (-- j)"},
    {"ch <- v + 1", "(send ch (+ v 1))"},
    {"<-ch", "(expr (<- ch))"},
    {"f(a, b...)", "(expr (call f a b ...))"},
    {"f(\n\ta,\n\tb,\n)", "(expr (call f a b))"},
    {";", "(empty)"},
    // operator precedence and unary operators
    {"x := a + b*c - d", "(:= (x) ((- (+ a (* b c)) d)))"},
    {"x := a || b && c == d", "(:= (x) ((|| a (&& b (== c d)))))"},
    {"x := a << 2 | b &^ c % d", "(:= (x) ((| (<< a 2) (% (&^ b c) d))))"},
    {"x := -a.b[i].c(1)", "(:= (x) ((- (call (sel (index (sel a b) i) c) 1))))"},
    {"x := *p + &q + ^r + !s", "(:= (x) ((+ (+ (+ (* p) (& q)) (^ r)) (! s))))"},
    {"x := <-<-ch", "(:= (x) ((<- (<- ch))))"},
    {"x := <-chan int(nil)", "(:= (x) ((<- (call (chan int) nil))))"},
    {"x := (a + b) * c", "(:= (x) ((* (paren (+ a b)) c)))"},
    // literals
    {"s := \"a\" + `b` + 'c' + 1.5 + 0x1p-2 + 2i",
     "(:= (s) ((+ (+ (+ (+ (+ \"a\" `b`) 'c') 1.5) 0x1p-2) 2i)))"},
    {"p := Point{X: 1, Y: 2}", "(:= (p) ((lit Point (kv X 1) (kv Y 2))))"},
    {"p := &pkg.T{}", "(:= (p) ((& (lit (sel pkg T)))))"},
    {"m := map[string][]int{\"a\": {1, 2}, \"b\": nil}",
     "(:= (m) ((lit (map string ([] int)) (kv \"a\" (lit _ 1 2)) (kv \"b\" nil))))"},
    {"m := map[Point]string{{1, 2}: \"a\"}",
     "(:= (m) ((lit (map Point string) (kv (lit _ 1 2) \"a\"))))"},
    {"a := [...]int{1, 2, 3}", "(:= (a) ((lit (array ... int) 1 2 3)))"},
    {"a := [2][3]int{}", "(:= (a) ((lit (array 2 (array 3 int)))))"},
    {"ps := []*Point{{1, 2}, {3, 4}}", "(:= (ps) ((lit ([] (* Point)) (lit _ 1 2) (lit _ 3 4))))"},
    {"s := struct{ a int }{1}", "(:= (s) ((lit (struct (field [a] int)) 1)))"},
    {"x := f(T{1})[0]", "(:= (x) ((index (call f (lit T 1)) 0)))"},
    // func literals
    {"x := func(a, b int) (int, error) {\n\treturn a, nil\n}",
     "(:= (x) ((funclit (func ((field [a b] int)) ((field int) (field error))) "
     "(block (return a nil)))))"},
    {"func() {}()", "(expr (call (funclit (func () ()) (block))))"},
    // conversions and method expressions
    {"b := []byte(s)", "(:= (b) ((call ([] byte) s)))"},
    {"p := (*int)(nil)", "(:= (p) ((call (paren (* int)) nil)))"},
    {"c := (<-chan int)(ch)", "(:= (c) ((call (paren (<-chan int)) ch)))"},
    {"f := (*T).M", "(:= (f) ((sel (paren (* T)) M)))"},
    {"x := interface{}(1)", "(:= (x) ((call (interface) 1)))"},
    {"f := func(int) bool(nil)", "(:= (f) ((call (func ((field int)) ((field bool))) nil)))"},
    // index, slice, assertion, generic instantiation (parsed as an index)
    {"x = a[1:2]; x = a[:]; x = a[1:2:3]; x = a[:n]",
     "(= (x) ((slice a 1 2))) (= (x) ((slice a _ _))) (= (x) ((slice3 a 1 2 3))) "
     "(= (x) ((slice a _ n)))"},
    {"v, ok := x.(fmt.Stringer)", "(:= (v ok) ((assert x (sel fmt Stringer))))"},
    {"y := F[int](x)", "(:= (y) ((call (index F int) x)))"},
    {"x := make([]*T, 0, n)", "(:= (x) ((call make ([] (* T)) 0 n)))"},
    {"x := new(struct{})", "(:= (x) ((call new (struct))))"},
    // if
    {"if x := f(); x > 0 {\n} else if y {\n} else {\n}",
     "(if (:= (x) ((call f))) (> x 0) (block) (if _ y (block) (block)))"},
    {"if v, ok := m[k]; ok {\n\treturn\n}", "(if (:= (v ok) ((index m k))) ok (block (return)) _)"},
    {"if x == (T{}) {\n}", "(if _ (== x (paren (lit T))) (block) _)"},
    {"if ok := f(T{1}); ok {\n}", "(if (:= (ok) ((call f (lit T 1)))) ok (block) _)"},
    {"if s == struct{ a int }{1} {\n}", "(if _ (== s (lit (struct (field [a] int)) 1)) (block) _)"},
    {"if f := func() bool { return T{} == x }; f() {\n}",
     "(if (:= (f) ((funclit (func () ((field bool))) (block (return (== (lit T) x)))))) "
     "(call f) (block) _)"},
    // for
    {"for {\n}", "(for _ _ _ (block))"},
    {"for i := 0; i < n; i++ {\n}", "(for (:= (i) (0)) (< i n) (++ i) (block))"},
    {"for ; ; {\n}", "(for _ _ _ (block))"},
    {"for x < 3 {\n}", "(for _ (< x 3) _ (block))"},
    {"for i := 0; ; i++ {\n}", "(for (:= (i) (0)) _ (++ i) (block))"},
    {"for range ch {\n}", "(range _ _ _ ch (block))"},
    {"for i := range 10 {\n}", "(range i _ := 10 (block))"},
    {"for k, v := range m {\n}", "(range k v := m (block))"},
    {"for k, v = range m {\n}", "(range k v = m (block))"},
    {"for _, v := range []int{1, 2} {\n}", "(range _ v := (lit ([] int) 1 2) (block))"},
    // switch
    {"switch x := f(); x {\ncase 1, 2:\n\ta()\n\tfallthrough\ncase 3:\ndefault:\n\tb()\n}",
     "(switch (:= (x) ((call f))) x (case (1 2) (expr (call a)) (fallthrough)) (case (3)) "
     "(default (expr (call b))))"},
    {"switch {\ncase x > 1:\n}", "(switch _ _ (case ((> x 1))))"},
    {"switch x := 1; {\n}", "(switch (:= (x) (1)) _)"},
    {"switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}",
     "(typeswitch _ (:= (v) ((assert x type))) (case (int string)) (case (nil)) (default))"},
    {"switch x.(type) {\ncase *T, []int, map[string]int, func(), chan int:\n}",
     "(typeswitch _ (expr (assert x type)) "
     "(case ((* T) ([] int) (map string int) (func () ()) (chan int))))"},
    {"switch y := 0; v := y.(type) {\n}", "(typeswitch (:= (y) (0)) (:= (v) ((assert y type))))"},
    // select
    {"select {\ncase ch <- 1:\ncase v := <-ch:\ncase v, ok = <-ch:\ncase <-done:\n\treturn\n"
     "default:\n}",
     "(select (comm (send ch 1)) (comm (:= (v) ((<- ch)))) (comm (= (v ok) ((<- ch)))) "
     "(comm (expr (<- done)) (return)) (comm _))"},
    // labels and branches
    {"outer:\n\tfor {\n\t\tbreak outer\n\t\tcontinue outer\n\t\tbreak\n\t}",
     "(label outer (for _ _ _ (block (break outer) (continue outer) (break))))"},
    {"L:\n", "(label L (empty))"},
    {"L: x++", "(label L (++ x))"},
    // go, defer, return
    {"go func() {\n}()\ndefer f.Close()",
     "(go (call (funclit (func () ()) (block)))) (defer (call (sel f Close)))"},
    {"return a, b", "(return a b)"},
    {"return", "(return)"},
    // declarations and blocks
    {"var x, y int = 1, 2\nconst c = iota\ntype T struct{}",
     "(var (spec [x y] int [1 2] 0)) (const (spec [c] _ [iota] 0)) (type (typespec T (struct)))"},
    {"var (\n\ta = 1\n\tb string\n)", "(var (spec [a] _ [1] 0) (spec [b] string [] 0))"},
    {"{\n\tx := 1\n}", "(block (:= (x) (1)))"},
    // channel types
    {"var a chan int\nvar b <-chan int\nvar c chan<- int\nvar d chan (<-chan int)\n"
     "var e chan<- chan int\nvar g <-chan <-chan int",
     "(var (spec [a] (chan int) [] 0)) (var (spec [b] (<-chan int) [] 0)) "
     "(var (spec [c] (chan<- int) [] 0)) (var (spec [d] (chan (paren (<-chan int))) [] 0)) "
     "(var (spec [e] (chan<- (chan int)) [] 0)) (var (spec [g] (<-chan (<-chan int)) [] 0))"},
    {"x := make(<-chan <-chan int)", "(:= (x) ((call make (<-chan (<-chan int)))))"},
};

INSTANTIATE_TEST_SUITE_P(Parser, StmtShape, ::testing::ValuesIn(kStmtCases));

class DeclShape : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(DeclShape, Dump) { EXPECT_EQ(parse_decls(GetParam().src), GetParam().tree); }

const ShapeCase kDeclCases[] = {
    {"import \"fmt\"", "(import (importspec \"fmt\"))"},
    {"import (\n\tf \"fmt\"\n\t. \"math\"\n\t_ \"os\"\n)",
     "(import (importspec f \"fmt\") (importspec . \"math\") (importspec _ \"os\"))"},
    {"import ()", "(import)"},
    {"const (\n\tA = iota\n\tB\n\tC int = 5\n\t_\n)",
     "(const (spec [A] _ [iota] 0) (spec [B] _ [] 1) (spec [C] int [5] 2) (spec [_] _ [] 3))"},
    {"var (\n\ta = 1\n\tb = 2\n)", "(var (spec [a] _ [1] 0) (spec [b] _ [2] 0))"},
    {"type (\n\tA = B\n\tT struct {\n\t\ta, b int "
     "`json:\"a\"`\n\t\tE\n\t\t*P\n\t\tpkg.Q\n\t\t*pkg.R "
     "\"tag\"\n\t}\n)",
     "(type (typespec A = B) (typespec T (struct (field [a b] int `json:\"a\"`) (field E) "
     "(field (* P)) (field (sel pkg Q)) (field (* (sel pkg R)) \"tag\"))))"},
    {"type I interface {\n\tM(x int) string\n\tio.Reader\n\tStringer\n}",
     "(type (typespec I (interface (field [M] (func ((field [x] int)) ((field string)))) "
     "(field (sel io Reader)) (field Stringer))))"},
    {"type E interface{}", "(type (typespec E (interface)))"},
    {"func (r *T) M(a int) {}",
     "(funcdecl (field [r] (* T)) M (func ((field [a] int)) ()) (block))"},
    {"func (T) N() (n int, err error) { return }",
     "(funcdecl (field T) N (func () ((field [n] int) (field [err] error))) (block (return)))"},
    {"func native(x int) int", "(funcdecl _ native (func ((field [x] int)) ((field int))) _)"},
    {"func f(a, b int, c ...string) {}",
     "(funcdecl _ f (func ((field [a b] int) (field [c] (... string))) ()) (block))"},
    {"func g(int, string) {}", "(funcdecl _ g (func ((field int) (field string)) ()) (block))"},
    {"func h(p.T, []int, ...any) {}",
     "(funcdecl _ h (func ((field (sel p T)) (field ([] int)) (field (... any))) ()) (block))"},
    {"func k(a [4]int, b []T, c map[K]V, d *T, e func(), f chan int) {}",
     "(funcdecl _ k (func ((field [a] (array 4 int)) (field [b] ([] T)) (field [c] (map K V)) "
     "(field [d] (* T)) (field [e] (func () ())) (field [f] (chan int))) ()) (block))"},
    {"func r() (int) { return 1 }", "(funcdecl _ r (func () ((field int))) (block (return 1)))"},
    {"type A [N]int\ntype S []string\ntype M map[string]*T\ntype F func(...int) error",
     "(type (typespec A (array N int))) (type (typespec S ([] string))) "
     "(type (typespec M (map string (* T)))) "
     "(type (typespec F (func ((field (... int))) ((field error)))))"},
    {"type B [2 * N]byte", "(type (typespec B (array (* 2 N) byte)))"},
    {"var x = [2][3]int{}", "(var (spec [x] _ [(lit (array 2 (array 3 int)))] 0))"},
    {"var f func(int, ...string) bool",
     "(var (spec [f] (func ((field int) (field (... string))) ((field bool))) [] 0))"},
    {"var s struct {\n\ta [4]int\n\tb, c []T\n}",
     "(var (spec [s] (struct (field [a] (array 4 int)) (field [b c] ([] T))) [] 0))"},
};

INSTANTIATE_TEST_SUITE_P(Parser, DeclShape, ::testing::ValuesIn(kDeclCases));

TEST(Parser, WholeFile) {
  Parsed p(
      "package main\n\nimport \"fmt\"\n\ntype T struct{ n int }\n\nfunc (t *T) Inc() { t.n++ }\n\n"
      "func main() {\n\tt := &T{}\n\tt.Inc()\n\tfmt.Println(t.n)\n}\n");
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
  EXPECT_EQ(sx(p.file),
            "(file main (import (importspec \"fmt\")) (type (typespec T (struct (field [n] int)))) "
            "(funcdecl (field [t] (* T)) Inc (func () ()) (block (++ (sel t n)))) "
            "(funcdecl _ main (func () ()) (block (:= (t) ((& (lit T)))) (expr (call (sel t Inc))) "
            "(expr (call (sel fmt Println) (sel t n))))))");
  ASSERT_EQ(p.file->imports.size(), 1u);
  EXPECT_EQ(p.file->imports[0]->path->value, "\"fmt\"");
  EXPECT_EQ(p.file->imports[0], as<GenDecl>(p.file->decls[0])->specs[0]);
  EXPECT_EQ(p.file->range.begin, 0u);
  EXPECT_EQ(p.file->range.end, p.src.text().size());
}

TEST(Parser, GroupedImportsGoToFileImports) {
  Parsed p("package p\nimport (\n\t\"a\"\n\tb \"b\"\n)\nimport \"c\"\n");
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
  ASSERT_EQ(p.file->imports.size(), 3u);
  EXPECT_EQ(p.file->decls.size(), 2u);
  EXPECT_EQ(p.file->imports[1]->name->name, "b");
  EXPECT_EQ(p.file->imports[2]->path->value, "\"c\"");
}

TEST(Parser, BasicLitKinds) {
  Parsed p("package p\nvar a, b, c, d, e = 1, 2.5, 3i, 'x', \"s\"\n");
  auto* spec = as<ValueSpec>(as<GenDecl>(p.file->decls[0])->specs[0]);
  ASSERT_EQ(spec->values.size(), 5u);
  Tok want[] = {Tok::Int, Tok::Float, Tok::Imag, Tok::Char, Tok::String};
  for (size_t i = 0; i < 5; i++) EXPECT_EQ(as<BasicLit>(spec->values[i])->lit_kind, want[i]);
}

TEST(Parser, FieldTypesAreShared) {
  // In "a, b int" both names share one Field and one type node.
  Parsed p("package p\nfunc f(a, b int, c int) {}\n");
  auto* f = as<FuncDecl>(p.file->decls[0]);
  ASSERT_EQ(f->sig->params.size(), 2u);
  EXPECT_EQ(f->sig->params[0]->names.size(), 2u);
  EXPECT_EQ(f->sig->params[1]->names.size(), 1u);
}

TEST(Parser, NodeKindNames) {
  EXPECT_STREQ(node_kind_name(NodeKind::BadExpr), "BadExpr");
  EXPECT_STREQ(node_kind_name(NodeKind::TypeSwitchStmt), "TypeSwitchStmt");
  EXPECT_STREQ(node_kind_name(NodeKind::File), "File");
}

// ---------------------------------------------------------------------------------------
// Ranges

struct RangeCase {
  const char* body;  // function body, or a whole file if it starts with "package"
  NodeKind kind;     // the first node of this kind (pre-order) is checked
  const char* text;  // its expected source text
};

class NodeRange : public ::testing::TestWithParam<RangeCase> {};

TEST_P(NodeRange, Text) {
  const RangeCase& c = GetParam();
  std::string src = c.body;
  bool whole_file = src.rfind("package", 0) == 0;
  if (!whole_file) src = "package p\n\nfunc f() {\n" + src + "\n}\n";
  Parsed p(src);
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
  const Node* n = p.find(c.kind, whole_file);
  ASSERT_NE(n, nullptr) << node_kind_name(c.kind) << " in " << c.body;
  EXPECT_EQ(p.text(n), c.text) << node_kind_name(c.kind) << " in " << c.body;
}

const RangeCase kRangeCases[] = {
    {"x := a + b*c", NodeKind::AssignStmt, "x := a + b*c"},
    {"x := a + b*c", NodeKind::BinaryExpr, "a + b*c"},
    {"x := a + b*c", NodeKind::Ident, "x"},
    {"fmt.Println(a,\n\tb)", NodeKind::CallExpr, "fmt.Println(a,\n\tb)"},
    {"fmt.Println(a,\n\tb)", NodeKind::ExprStmt, "fmt.Println(a,\n\tb)"},
    {"fmt.Println(a)", NodeKind::SelectorExpr, "fmt.Println"},
    {"f(xs...)", NodeKind::CallExpr, "f(xs...)"},
    {"if x {\n} else {\n}", NodeKind::IfStmt, "if x {\n} else {\n}"},
    {"if x {\n} else if y {\n}", NodeKind::IfStmt, "if x {\n} else if y {\n}"},
    {"if x {\n\ty()\n}", NodeKind::BlockStmt, "{\n\ty()\n}"},
    {"for i := 0; i < 3; i++ {\n}", NodeKind::ForStmt, "for i := 0; i < 3; i++ {\n}"},
    {"for k := range m {\n}", NodeKind::RangeStmt, "for k := range m {\n}"},
    {"switch x {\ncase 1:\n\tf()\n}", NodeKind::CaseClause, "case 1:\n\tf()"},
    {"switch x {\ncase 1:\n}", NodeKind::CaseClause, "case 1:"},
    {"switch x {\ncase 1:\n}", NodeKind::SwitchStmt, "switch x {\ncase 1:\n}"},
    {"switch v := x.(type) {\n}", NodeKind::TypeSwitchStmt, "switch v := x.(type) {\n}"},
    {"switch v := x.(type) {\n}", NodeKind::TypeAssertExpr, "x.(type)"},
    {"select {\ncase <-c:\n\tf()\n}", NodeKind::CommClause, "case <-c:\n\tf()"},
    {"select {\ncase <-c:\n}", NodeKind::SelectStmt, "select {\ncase <-c:\n}"},
    {"_ = x.(T)", NodeKind::TypeAssertExpr, "x.(T)"},
    {"_ = a[1:2]", NodeKind::SliceExpr, "a[1:2]"},
    {"_ = a[i]", NodeKind::IndexExpr, "a[i]"},
    {"p := &T{1}", NodeKind::UnaryExpr, "&T{1}"},
    {"p := &T{1}", NodeKind::CompositeLit, "T{1}"},
    {"p := T{A: 1}", NodeKind::KeyValueExpr, "A: 1"},
    {"p := [][]int{{1}}", NodeKind::ArrayType, "[][]int"},
    {"m := map[string]int{}", NodeKind::MapType, "map[string]int"},
    {"var c <-chan int", NodeKind::ChanType, "<-chan int"},
    {"var c chan<- int", NodeKind::ChanType, "chan<- int"},
    {"var c <-chan <-chan int", NodeKind::ChanType, "<-chan <-chan int"},
    {"x := <-c", NodeKind::UnaryExpr, "<-c"},
    {"f := func() {}", NodeKind::FuncLit, "func() {}"},
    {"f := func(a int) bool { return true }", NodeKind::FuncType, "func(a int) bool"},
    {"L:\n\tx++", NodeKind::LabeledStmt, "L:\n\tx++"},
    {"L:\n\tx++", NodeKind::IncDecStmt, "x++"},
    {"return 1, 2", NodeKind::ReturnStmt, "return 1, 2"},
    {"go f()", NodeKind::GoStmt, "go f()"},
    {"defer f()", NodeKind::DeferStmt, "defer f()"},
    {"for {\n\tbreak L\n}", NodeKind::BranchStmt, "break L"},
    {"for {\n\tcontinue\n}", NodeKind::BranchStmt, "continue"},
    {"ch <- 1", NodeKind::SendStmt, "ch <- 1"},
    {"var x, y int = 1, 2", NodeKind::DeclStmt, "var x, y int = 1, 2"},
    {"var x, y int = 1, 2", NodeKind::ValueSpec, "x, y int = 1, 2"},
    {"var (\n\ta int\n)", NodeKind::GenDecl, "var (\n\ta int\n)"},
    {"x := struct{ a int }{}", NodeKind::StructType, "struct{ a int }"},
    {"x := struct{ a int }{}", NodeKind::Field, "a int"},
    {"var s struct{ a int `t` }", NodeKind::Field, "a int `t`"},
    {"x := (a + b)", NodeKind::ParenExpr, "(a + b)"},
    {"x := *p", NodeKind::StarExpr, "*p"},
    {"x := 'a'", NodeKind::BasicLit, "'a'"},
    {"x := [...]int{1}", NodeKind::Ellipsis, "..."},
    {"type T struct{}", NodeKind::TypeSpec, "T struct{}"},
    {"var i interface{ M() }", NodeKind::InterfaceType, "interface{ M() }"},
    {"var i interface{ M(x int) string }", NodeKind::FuncType, "(x int) string"},
    {"package p\nfunc f(a ...int) {}", NodeKind::FuncDecl, "func f(a ...int) {}"},
    {"package p\nfunc f(a ...int) {}", NodeKind::FuncType, "func f(a ...int)"},
    {"package p\nfunc f(a ...int) {}", NodeKind::Ellipsis, "...int"},
    {"package p\nfunc f(a, b int) {}", NodeKind::Field, "a, b int"},
    {"package p\nfunc (t *T) M() {}", NodeKind::Field, "t *T"},
    {"package p\nfunc native() int", NodeKind::FuncDecl, "func native() int"},
    {"package p\nimport f \"fmt\"", NodeKind::ImportSpec, "f \"fmt\""},
    {"package p\nimport (\n\t\"a\"\n)", NodeKind::GenDecl, "import (\n\t\"a\"\n)"},
    {"package p\nconst c = 1 // comment\n", NodeKind::GenDecl, "const c = 1"},
};

INSTANTIATE_TEST_SUITE_P(Parser, NodeRange, ::testing::ValuesIn(kRangeCases));

// Every node lies within its parent, and ranges are never inverted.
TEST(Parser, ChildRangesNest) {
  Parsed p(
      "package p\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n\tE\n}\n\n"
      "func (t *T) M(xs ...int) (n int, err error) {\n\tfor i, x := range xs {\n"
      "\t\tif x > 0 && i%2 == 0 {\n\t\t\tn += x\n\t\t} else {\n\t\t\tcontinue\n\t\t}\n\t}\n"
      "\tswitch v := interface{}(n).(type) {\n\tcase int:\n\t\tfmt.Println(v)\n\t}\n"
      "\tselect {\n\tcase c <- 1:\n\tdefault:\n\t}\n\tm := map[string][]T{\"a\": {{a: 1}}}\n"
      "\t_ = m\n\tgo func() { defer recover() }()\n\treturn\n}\n");
  ASSERT_TRUE(p.diags.empty()) << p.diag_text();
  int count = 0;
  auto rec = [&](auto& self, const Node* n, const Node* parent) -> void {
    count++;
    EXPECT_LE(n->range.begin, n->range.end) << node_kind_name(n->kind);
    EXPECT_LE(n->range.end, p.src.text().size());
    if (parent) {
      EXPECT_GE(n->range.begin, parent->range.begin)
          << node_kind_name(n->kind) << " in " << node_kind_name(parent->kind);
      EXPECT_LE(n->range.end, parent->range.end)
          << node_kind_name(n->kind) << " in " << node_kind_name(parent->kind);
    }
    for_each_child(n, [&](const Node* c) { self(self, c, n); });
  };
  rec(rec, p.file, nullptr);
  EXPECT_GT(count, 100);
}

// ---------------------------------------------------------------------------------------
// Syntax errors: message and line:col of the first diagnostic, worded like gc.

struct ErrorCase {
  const char* src;
  const char* message;
  const char* pos;  // "line:col"
};

class SyntaxErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SyntaxErrors, FirstError) {
  const ErrorCase& c = GetParam();
  Parsed p(c.src);
  ASSERT_FALSE(p.diags.empty()) << c.src;
  const Diagnostic& d = p.diags.list()[0];
  EXPECT_EQ(d.kind, DiagKind::Syntax);
  EXPECT_EQ(d.message, c.message) << c.src << "\n" << p.diag_text();
  LineCol lc = p.src.position(d.range.begin);
  EXPECT_EQ(std::to_string(lc.line) + ":" + std::to_string(lc.col), c.pos) << c.src;
}

const ErrorCase kErrorCases[] = {
    {"package main\nfunc main() {\n\tx := 1 +\n}\n",
     "syntax error: unexpected }, expected expression", "4:1"},
    {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     "syntax error: cannot use x := 1 as value", "3:7"},
    {"package main\nfunc main() {\n\tif x = 2 {\n\t}\n}\n",
     "syntax error: cannot use assignment x = 2 as value", "3:7"},
    {"package main\nfunc main() {\n\tif x = a + b {\n\t}\n}\n",
     "syntax error: cannot use assignment x = (a + b) as value", "3:7"},
    {"package main\nfunc main() {\n\tfor x++ {\n\t}\n}\n", "syntax error: cannot use x++ as value",
     "3:7"},
    {"package main\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
     "syntax error: unexpected newline, expected { after for clause", "3:25"},
    {"package main\nfunc main()\n{\n}\n", "syntax error: unexpected semicolon or newline before {",
     "3:1"},
    {"package main\nx := 1\n", "syntax error: non-declaration statement outside function body",
     "2:1"},
    {"package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
     "syntax error: unexpected newline in argument list; possibly missing comma or )", "4:17"},
    {"package main\nfunc main() {\n\tvar x = []int{1, 2\n\t}\n}\n",
     "syntax error: unexpected newline in composite literal; possibly missing comma or }", "3:20"},
    {"package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
     "syntax error: unexpected keyword else, expected }", "5:2"},
    {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
     "syntax error: missing condition in if statement", "3:5"},
    {"package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
     "syntax error: unexpected newline, expected { after if clause", "3:6"},
    {"package main\nfunc main() {\n\tif x; {\n\t}\n}\n",
     "syntax error: missing condition in if statement", "3:6"},
    {"package main\nfunc main() {\n\tif true {\n\t} else return\n}\n",
     "syntax error: else must be followed by if or statement block", "4:9"},
    {"package main\nfunc main() {\n\tx := [3]int{}\n\t_ = x[1:2:]\n}\n",
     "final index required in 3-index slice", "4:12"},
    {"package main\nfunc main() {\n\t_ = y[1::3]\n}\n", "middle index required in 3-index slice",
     "3:10"},
    {"package main\nfunc f(a int, b) {}\n", "syntax error: mixed named and unnamed parameters",
     "2:15"},
    {"package main\nfunc f(a, b int, []int) {}\n",
     "syntax error: mixed named and unnamed parameters", "2:18"},
    {"package main\nfunc f(a ...int, b int) {}\n", "can only use ... with final parameter", "2:10"},
    {"package main\nvar f func(x int) (...int)\n", "invalid use of ...", "2:20"},
    {"package main\nfunc main() {\n\tswitch x {\n\tfoo:\n\t}\n}\n",
     "syntax error: unexpected name foo, expected case or default or }", "4:2"},
    {"package main\nfunc main() {\n\tswitch x\n\tcase 1:\n\t}\n}\n",
     "syntax error: unexpected keyword case, expected expression", "4:2"},
    {"package main\nfunc main() {\n\tgo f\n}\n", "expression in go must be function call", "3:5"},
    {"package main\nfunc main() {\n\tdefer (g())\n}\n",
     "expression in defer must not be parenthesized", "3:8"},
    {"package main\nfunc main() {\n\tx = 1 2\n}\n",
     "syntax error: unexpected literal 2 at end of statement", "3:8"},
    {"package main\nfunc main() {\n\ta, b\n}\n",
     "syntax error: unexpected newline, expected := or = or comma", "3:6"},
    {"package main\ntype T struct {\n\ta int,\n}\n",
     "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
     "3:7"},
    {"package main\ntype T struct {\n\t(U)\n}\n", "syntax error: cannot parenthesize embedded type",
     "3:2"},
    {"package main\nfunc main() {\n\tif x == 1 {\n}\n", "syntax error: unexpected EOF, expected }",
     "5:1"},
    {"package main\nfunc main() {\n\tfor ;; x := 1 {\n\t}\n}\n",
     "syntax error: cannot declare in post statement of for loop", "3:11"},
    {"package main\nfunc main() {\n\tvar x interface{}\n\t_ = x.(type)\n}\n",
     "use of .(type) outside type switch", "4:6"},
    {"package main\nfunc main() {\n\tswitch (x.(type)) {\n\t}\n}\n",
     "use of .(type) outside type switch", "3:10"},
    {"package main\nfunc main() {\n\tswitch y = x.(type) {\n\t}\n}\n",
     "syntax error: cannot use assignment y = x.(type) as value", "3:11"},
    {"package main\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n",
     "syntax error: imports must appear before other declarations", "4:1"},
    {"package main\nimport 42\n", "syntax error: import path must be a string", "2:8"},
    {"package main\nimport\n", "syntax error: missing import path", "3:1"},
    {"func main() {}\n", "syntax error: package statement must be first", "1:1"},
    {"package\n", "syntax error: unexpected EOF, expected name", "2:1"},
    {"package main\nfunc main() {\n\tfor i, v := range x {\n\t\tprintln(i v)\n\t}\n}\n",
     "syntax error: unexpected name v in argument list; possibly missing comma or )", "4:13"},
    {"package main\nfunc main() {\n\tswitch {\n\tcase 1:\n\t\tL:\n\tcase 2:\n\t}\n}\n",
     "syntax error: missing statement after label", "5:4"},
    {"package main\nfunc main() {\n\tselect {\n\tcase x:\n\t}\n}\n",
     "select case must be receive, send or assign recv", "4:7"},
    {"package main\nfunc main() {\n\tfor a, b, c := range x {\n\t}\n}\n",
     "range clause permits at most two iteration variables", "3:12"},
    {"package main\nfunc (a, b T) f() {}\n", "method has multiple receivers", "2:6"},
    {"package main\nfunc () f() {}\n", "method has no receiver", "2:6"},
    {"package main\nfunc (t T) () {}\n", "syntax error: unexpected (, expected name", "2:12"},
    {"package main\nfunc main() {\n\tx := 'ab'\n}\n", "more than one character in rune literal",
     "3:7"},
    {"package main\nfunc main() {\n\tx := 1 @ 2\n}\n", "illegal character U+0040 '@'", "3:9"},
    {"package main\nfunc main() {\n\t_ = ~x\n}\n",
     "cannot use ~ outside of interface or type constraint", "3:6"},
    {"package main\nvar x = (<-chan<- int)(nil)\n", "syntax error: unexpected int, expected chan",
     "2:22"},
    {"package main\nvar x <-chan<- int\n",
     "syntax error: unexpected name int, expected keyword chan", "2:16"},
    {"package main\nfunc main() {\n\tvar x int := 1\n}\n",
     "syntax error: unexpected :=, expected =", "3:12"},
    {"package main\nfunc main() {\n\tif var x = 1; x {\n\t}\n}\n",
     "syntax error: var declaration not allowed in if initializer", "3:9"},
    {"package main\nvar x = a.\n", "syntax error: unexpected EOF, expected name or (", "3:1"},
    {"package main\nvar x = a[]\n", "syntax error: unexpected ], expected operand", "2:11"},
    {"package main\nfunc main() {\n\tx := T{} {\n}\n",
     "syntax error: unexpected { at end of statement", "3:11"},
    {"package main\nfunc f() {\n\tfor x := range y\n\t{\n\t}\n}\n",
     "syntax error: unexpected newline, expected { after for clause", "3:18"},
};

INSTANTIATE_TEST_SUITE_P(Parser, SyntaxErrors, ::testing::ValuesIn(kErrorCases));

TEST(Parser, ValidEdgeCases) {
  // Accepted by Go; the parser must not complain.
  const char* ok[] = {
      "package p\nfunc f() {\n\tL:\n}\n",
      "package p\nfunc f() {\n\tif x := (T{}); x.ok {\n\t}\n}\n",
      "package p\nfunc f() {\n\tfor _, x := range [...]int{1} {\n\t\t_ = x\n\t}\n}\n",
      "package p\nfunc f() {\n\tswitch x := (T{}); x {\n\t}\n}\n",
      "package p\nfunc f() {\n\tif x == struct{}{} {\n\t}\n}\n",
      "package p\nvar x = []int{\n\t1,\n\t2,\n}\n",
      "package p\nvar _ = f(\n\t1,\n)\n",
      "package p\nfunc f(\n\ta int,\n) (\n\tb int,\n) {\n\treturn\n}\n",
      "package p\nfunc f() { ; ; }\n",
      "package p;import \"fmt\";func f() { fmt.Println() };",
      "package p\n\nconst (\n)\n",
      "package p\ntype T struct {\n}\n",
      "package p\nvar s = []struct{ a, b int }{{1, 2}, {a: 3}}\n",
      "package p\nfunc f() {\n\tx := func() int { return 1 }()\n\t_ = x\n}\n",
      "package p\nfunc f(m map[string]int) {\n\tfor k := range m {\n\t\tdelete(m, k)\n\t}\n}\n",
      "\xEF\xBB\xBFpackage p\n",
      "package p // comment\n/* block */\n",
  };
  for (const char* src : ok) {
    Parsed p(src);
    EXPECT_TRUE(p.diags.empty()) << src << "\n" << p.diag_text();
  }
}

TEST(Parser, RecoversAndReportsSeveralErrors) {
  // The same diagnostics as gc (modulo its older wording).
  Parsed p(
      "package main\nfunc f() {\n\ta := (1 +\n}\nfunc g() {\n\tb := 2 3\n}\nx := 1\n"
      "func h() {\n\tif x == T{} {\n\t}\n}\n");
  EXPECT_EQ(p.diag_text(),
            "t.go:4:1: Syntax: syntax error: unexpected }, expected expression\n"
            "t.go:5:6: Syntax: syntax error: unexpected name g, expected (\n"
            "t.go:8:1: Syntax: syntax error: non-declaration statement outside function body\n"
            "t.go:10:14: Syntax: syntax error: unexpected { at end of statement\n"
            "t.go:12:1: Syntax: syntax error: non-declaration statement outside function body\n");
  Parsed q(
      "package main\nfunc f() {\n\tb := 2 3\n\tc := [}\n\tswitch {\n\tcase 1:\n\t\tL:\n"
      "\tcase 2:\n\t}\n}\nvar v = )\nfunc g() {}\n");
  EXPECT_EQ(q.diag_text(),
            "t.go:3:9: Syntax: syntax error: unexpected literal 3 at end of statement\n"
            "t.go:4:8: Syntax: syntax error: unexpected }, expected expression\n"
            "t.go:7:4: Syntax: syntax error: missing statement after label\n"
            "t.go:11:9: Syntax: syntax error: unexpected ), expected expression\n");
  // The declarations after the errors are still parsed.
  ASSERT_FALSE(q.file->decls.empty());
  EXPECT_EQ(sx(q.file->decls.back()), "(funcdecl _ g (func () ()) (block))");
}

TEST(Parser, OneSyntaxErrorPerLine) {
  Parsed p("package main\nfunc f() {\n\tx := ) ] )\n}\n");
  EXPECT_EQ(p.diags.size(), 1u) << p.diag_text();
}

TEST(Parser, MissingPackageClauseStopsEarly) {
  Parsed p("var x = 1\nfunc f() {}\n");
  EXPECT_EQ(p.diags.size(), 1u);
  ASSERT_NE(p.file, nullptr);
  ASSERT_NE(p.file->package_name, nullptr);
  EXPECT_TRUE(p.file->decls.empty());
}

// ---------------------------------------------------------------------------------------
// Unsupported constructs

struct UnsupportedCase {
  const char* src;
  const char* message;
  const char* text;  // source text of the diagnostic's range
};

class Unsupported : public ::testing::TestWithParam<UnsupportedCase> {};

TEST_P(Unsupported, Reported) {
  const UnsupportedCase& c = GetParam();
  Parsed p(c.src);
  ASSERT_EQ(p.diags.size(), 1u) << c.src << "\n" << p.diag_text();
  const Diagnostic& d = p.diags.list()[0];
  EXPECT_EQ(d.kind, DiagKind::Unsupported);
  EXPECT_EQ(d.message, c.message);
  EXPECT_EQ(p.src.text().substr(d.range.begin, d.range.end - d.range.begin), c.text);
}

const UnsupportedCase kUnsupportedCases[] = {
    {"package p\nfunc F[T any](x T) T { return x }\n", "generic type parameters are not supported",
     "[T any]"},
    {"package p\nfunc M[K comparable, V interface{ ~int | ~string }](m map[K]V) {}\n",
     "generic type parameters are not supported", "[K comparable, V interface{ ~int | ~string }]"},
    {"package p\ntype L[T any] struct{ next *L[T] }\n", "generic type parameters are not supported",
     "[T any]"},
    {"package p\ntype P[K comparable, V any] = map[K]V\n",
     "generic type parameters are not supported", "[K comparable, V any]"},
    {"package p\ntype S[T []int] struct{}\n", "generic type parameters are not supported",
     "[T []int]"},
    {"package p\nfunc (l *L[T]) Len() int { return 0 }\n",
     "generic type parameters are not supported", "L[T]"},
    {"package p\nfunc f() {\n\tgoto L\nL:\n}\n", "goto statements are not supported", "goto L"},
    {"package p\nvar x = m[a, b]\n", "generic instantiation is not supported", "m[a, b]"},
    {"package p\nvar x Pair[int, string]\n", "generic instantiation is not supported",
     "Pair[int, string]"},
    {"package p\nfunc f(p Pair[int, string]) {}\n", "generic instantiation is not supported",
     "Pair[int, string]"},
    {"package p\ntype C interface{ ~int | string }\n",
     "interface type constraints are not supported", "~int | string"},
    {"package p\ntype C interface{ int }\ntype D interface{ []byte }\n",
     "interface type constraints are not supported", "[]byte"},
    {"package p\ntype I interface{ M[T any]() }\n", "generic type parameters are not supported",
     "[T any]"},
};

INSTANTIATE_TEST_SUITE_P(Parser, Unsupported, ::testing::ValuesIn(kUnsupportedCases));

TEST(Parser, GenericDeclarationsStillParse) {
  Parsed p("package p\ntype L[T any] struct{ v T }\nfunc F[T any](x T) T { return x }\n");
  ASSERT_EQ(p.file->decls.size(), 2u);
  auto* ts = as<TypeSpec>(as<GenDecl>(p.file->decls[0])->specs[0]);
  EXPECT_TRUE(ts->has_type_params);
  EXPECT_EQ(sx(ts), "(typespec L[] (struct (field [v] T)))");
  EXPECT_EQ(sx(p.file->decls[1]),
            "(funcdecl _ F (func ((field [x] T)) ((field T))) (block (return x)))");
}

// ---------------------------------------------------------------------------------------
// Robustness: no crash, hang or inconsistent output on damaged input.

const char* kSample =
    "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n"
    "type Shape interface {\n\tArea() float64\n\tfmt.Stringer\n}\n\n"
    "type Rect struct {\n\tW, H float64 `json:\"w\"`\n\t*Base\n}\n\n"
    "const (\n\tA = iota\n\tB\n)\n\n"
    "var table = map[string][]int{\"a\": {1, 2}, \"b\": nil}\n\n"
    "func (r *Rect) Area() float64 { return r.W * r.H }\n\n"
    "func apply(xs []int, f func(int) int, rest ...int) (out []int, err error) {\n"
    "\tfor i, x := range xs {\n\t\tif i%2 == 0 && x > 0 {\n\t\t\tout = append(out, f(x))\n"
    "\t\t} else if x < 0 {\n\t\t\tcontinue\n\t\t} else {\n\t\t\tbreak\n\t\t}\n\t}\n"
    "\treturn out[:len(out):cap(out)], nil\n}\n\n"
    "func main() {\n\tch := make(chan int, 3)\n\tdone := make(chan struct{})\n"
    "\tgo func() {\n\t\tdefer close(done)\n\t\tfor v := range ch {\n\t\t\tfmt.Println(v)\n\t\t}\n"
    "\t}()\nouter:\n\tfor i := 0; i < 3; i++ {\n\t\tselect {\n\t\tcase ch <- i:\n"
    "\t\tcase v, ok := <-ch:\n\t\t\t_, _ = v, ok\n\t\tdefault:\n\t\t\tbreak outer\n\t\t}\n\t}\n"
    "\tvar s Shape = &Rect{W: 1, H: 2}\n\tswitch t := s.(type) {\n\tcase *Rect:\n"
    "\t\tfmt.Printf(\"%v %q\\n\", t, strings.Repeat(`x`, 2))\n\tdefault:\n\t\tpanic('x')\n\t}\n"
    "\tif x := (Rect{}); x.W == 0 {\n\t\tx.W++\n\t}\n\tclose(ch)\n\t<-done\n}\n";

void check_sane(const std::string& text) {
  SourceFile src("t.go", text);
  AstPool pool;
  Diagnostics diags;
  File* f = parse_file(src, pool, diags);
  ASSERT_NE(f, nullptr);
  ASSERT_NE(f->package_name, nullptr);
  for (const Diagnostic& d : diags.list()) {
    ASSERT_LE(d.range.begin, d.range.end);
    ASSERT_LE(d.range.end, text.size());
    ASSERT_FALSE(d.message.empty());
  }
  int depth = 0;
  auto rec = [&](auto& self, const Node* n) -> void {
    ASSERT_LE(n->range.begin, n->range.end) << node_kind_name(n->kind);
    ASSERT_LE(n->range.end, text.size()) << node_kind_name(n->kind);
    if (++depth < 2000) for_each_child(n, [&](const Node* c) { self(self, c); });
    depth--;
  };
  rec(rec, f);
}

TEST(Robustness, SampleParsesCleanly) {
  Parsed p(kSample);
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
}

TEST(Robustness, EveryTruncation) {
  std::string s = kSample;
  for (size_t n = 0; n <= s.size(); n++) check_sane(s.substr(0, n));
}

TEST(Robustness, EveryDeletedByte) {
  std::string s = kSample;
  for (size_t i = 0; i < s.size(); i++) check_sane(s.substr(0, i) + s.substr(i + 1));
}

TEST(Robustness, RandomMutations) {
  const char* pieces[] = {
      "(",       ")",     "[",    "]",      "{",         "}",    ",",     ";",    ":",
      ":=",      "=",     ".",    "...",    "<-",        "*",    "&",     "func", "if",
      "for",     "range", "type", "struct", "interface", "chan", "map",   "\n",   "x",
      "1",       "\"",    "'",    "`",      "/*",        "//",   "case",  "var",  "[T any]",
      ".(type)", "\xff",  "@",    "0x",     "1e",        "go",   "switch"};
  std::mt19937 rng(12345);
  std::string base = kSample;
  for (int iter = 0; iter < 3000; iter++) {
    std::string s = base;
    int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits; e++) {
      size_t pos = rng() % (s.size() + 1);
      switch (rng() % 3) {
        case 0:
          s.insert(pos, pieces[rng() % (sizeof pieces / sizeof pieces[0])]);
          break;
        case 1:
          s.erase(pos, rng() % 8);
          break;
        default: {
          size_t from = rng() % (s.size() + 1);
          s.insert(pos, s.substr(from, rng() % 16));
        }
      }
    }
    check_sane(s);
  }
}

TEST(Robustness, Garbage) {
  std::string all;
  for (int i = 0; i < 256; i++) all.push_back(char(i));
  check_sane(all);
  check_sane("package p\n" + all);
  check_sane(std::string(5000, '('));
  check_sane("package p\nvar x = " + std::string(5000, '{'));
  check_sane("package p\nfunc f() {" + std::string(5000, '}'));
  check_sane("package p\nfunc f() " + std::string(3000, '['));
  check_sane("package p\ntype T[" + std::string(3000, '['));
}

TEST(Robustness, DeepNestingIsRejectedNotFatal) {
  for (const char* open : {"(", "[]", "*", "!", "- ", "f(", "{", "func() {", "a["}) {
    std::string o = open, text;
    if (o == "{" || o == "func() {") {
      text = "package p\nfunc f() {\n";
      for (int i = 0; i < 5000; i++) text += o == "{" ? "{" : "_ = func() {";
    } else {
      text = "package p\nvar x = ";
      for (int i = 0; i < 5000; i++) text += o;
      text += "1";
    }
    Parsed p(text);
    bool found = false;
    for (const Diagnostic& d : p.diags.list()) {
      found |= d.message.find("nesting too deep") != std::string::npos;
    }
    EXPECT_TRUE(found) << open << "\n" << p.diag_text().substr(0, 500);
  }
  // Moderate nesting (Go's own test suite nests 250 deep) is fine.
  std::string text = "package p\nvar x ";
  for (int i = 0; i < 250; i++) text += "[]";
  Parsed p(text + "int\n");
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
}

TEST(Robustness, LongChainsDoNotRecurse) {
  // Binary operator chains, else-if chains and statement lists are parsed iteratively.
  std::string text = "package p\nvar x = 1";
  for (int i = 0; i < 20000; i++) text += " + 1";
  text += "\nfunc f() {\n\tif a {\n\t}";
  for (int i = 0; i < 5000; i++) text += " else if a {\n\t}";
  text += "\n}\n";
  Parsed p(text);
  EXPECT_TRUE(p.diags.empty()) << p.diag_text().substr(0, 500);
}

TEST(Performance, TwoThousandLines) {
  std::string text = "package p\n\nimport \"fmt\"\n\n";
  for (int i = 0; text.size() < 60000 || i % 10 != 0; i++) {
    text += "func f" + std::to_string(i) +
            "(xs []int, m map[string]int) (int, error) {\n\ttotal := 0\n"
            "\tfor i, x := range xs {\n\t\tif x%2 == 0 && i > 0 {\n\t\t\ttotal += x * m[\"k\"]\n"
            "\t\t} else {\n\t\t\tfmt.Println(i, x, \"odd\")\n\t\t}\n\t}\n"
            "\treturn total, nil\n}\n\n";
  }
  int lines = 0;
  for (char c : text) lines += c == '\n';
  ASSERT_GE(lines, 2000);
  auto t0 = std::chrono::steady_clock::now();
  Parsed p(text);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_TRUE(p.diags.empty());
  // Well under 10 ms in an optimized build; the bound here only catches pathological
  // (e.g. quadratic) regressions in sanitizer builds.
  EXPECT_LT(ms, 500.0) << lines << " lines";
  RecordProperty("parse_ms", std::to_string(ms));
}

}  // namespace
}  // namespace gs
