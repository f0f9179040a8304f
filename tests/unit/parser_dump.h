// Test helpers of the parser tests: child traversal, an S-expression dump of the AST, and
// parsing snippets (a statement list, declarations, a whole file) with their diagnostics.
#pragma once
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "parse/parser.h"

namespace gs::parser_test {

// ---------------------------------------------------------------------------------------
// Test helpers: child traversal and an S-expression dump of the AST.

// Calls f(child) for each non-null child of n, in source order.
template <class F>
inline void for_each_child(const Node* n, F&& f) {
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
      v(as<IndexExpr>(n)->x), v(as<IndexExpr>(n)->index), vl(as<IndexExpr>(n)->rest);
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

inline std::string sx(const Node* n);

template <class T>
inline std::string sx_list(const std::vector<T*>& l) {
  std::string s;
  for (const T* x : l) {
    if (!s.empty()) s += ' ';
    s += sx(x);
  }
  return s;
}

// One element per list item, each preceded by a space.
template <class T>
inline std::string sx_items(const std::vector<T*>& l) {
  std::string s;
  for (const T* x : l) {
    s += ' ';
    s += sx(x);
  }
  return s;
}

inline std::string sx_names(const std::vector<Ident*>& names) { return "[" + sx_list(names) + "]"; }

// A type parameter list, "[(field [T] any) ...]", or nothing.
inline std::string tparams_sx(const std::vector<Field*>& tparams) {
  return tparams.empty() ? "" : "[" + sx_list(tparams) + "]";
}

// The S-expression form of a node; "_" for nullptr. Binary and unary operators print as
// (op x y) and (op x); statements and types as (keyword ...).
inline std::string sx(const Node* n) {
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
      return "(index " + sx(x->x) + " " + sx(x->index) + sx_items(x->rest) + ")";
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
      return "(typespec " + sx(x->name) + tparams_sx(x->tparams) + (x->alias ? " = " : " ") +
             sx(x->type) + ")";
    }
    case NodeKind::GenDecl: {
      auto* x = as<GenDecl>(n);
      return std::string("(") + tok_spelling(x->tok) + sx_items(x->specs) + ")";
    }
    case NodeKind::FuncDecl: {
      auto* x = as<FuncDecl>(n);
      return "(funcdecl " + sx(x->recv) + " " + sx(x->name) + tparams_sx(x->tparams) + " " +
             sx(x->sig) + " " + sx(x->body) + ")";
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
inline std::string parse_stmts(const std::string& body, std::string* diags = nullptr) {
  Parsed p("package p\n\nfunc f() {\n" + body + "\n}\n");
  if (diags) *diags = p.diag_text();
  EXPECT_TRUE(p.diags.empty() || diags) << body << "\n" << p.diag_text();
  auto* f = as<FuncDecl>(p.file->decls.empty() ? nullptr : p.file->decls.back());
  if (!f || !f->body) return "<no body>";
  return sx_list(f->body->list);
}

// Top-level declarations, dumped.
inline std::string parse_decls(const std::string& decls) {
  Parsed p("package p\n\n" + decls + "\n");
  EXPECT_TRUE(p.diags.empty()) << decls << "\n" << p.diag_text();
  return sx_list(p.file->decls);
}

struct ShapeCase {
  const char* src;
  const char* tree;
};

}  // namespace gs::parser_test
