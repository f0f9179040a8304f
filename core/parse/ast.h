// The syntax tree, modelled on Go's go/ast. Nodes live in an AstPool; the checker fills the
// annotation fields (types, constants, resolved objects) in place, then the compiler reads them.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "lex/token.h"
#include "source/source.h"

namespace gs {

struct Type;       // check/types.h
struct Object;     // check/scope.h
struct Constant;   // check/constant.h
struct Selection;  // check/types.h
struct FuncInfo;   // check/scope.h: per-function facts the compiler needs

#define GS_NODE_KINDS(X)                                                                           \
  /* expressions */                                                                                \
  X(BadExpr)                                                                                       \
  X(Ident)                                                                                         \
  X(BasicLit)                                                                                      \
  X(CompositeLit)                                                                                  \
  X(FuncLit)                                                                                       \
  X(ParenExpr)                                                                                     \
  X(SelectorExpr)                                                                                  \
  X(IndexExpr)                                                                                     \
  X(SliceExpr) X(TypeAssertExpr) X(CallExpr) X(StarExpr) X(UnaryExpr) X(BinaryExpr)                \
      X(KeyValueExpr) X(Ellipsis) /* type expressions */                                           \
      X(ArrayType) X(StructType) X(FuncType) X(InterfaceType) X(MapType)                           \
          X(ChanType) /* statements */                                                             \
      X(BadStmt) X(DeclStmt) X(EmptyStmt) X(LabeledStmt) X(ExprStmt) X(SendStmt) X(IncDecStmt)     \
          X(AssignStmt) X(GoStmt) X(DeferStmt) X(ReturnStmt) X(BranchStmt) X(BlockStmt) X(IfStmt)  \
              X(CaseClause) X(SwitchStmt) X(TypeSwitchStmt) X(CommClause) X(SelectStmt) X(ForStmt) \
                  X(RangeStmt) /* declarations and other */                                        \
      X(Field) X(ImportSpec) X(ValueSpec) X(TypeSpec) X(GenDecl) X(FuncDecl) X(File)

enum class NodeKind : uint8_t {
#define GS_NODE_ENUM(name) name,
  GS_NODE_KINDS(GS_NODE_ENUM)
#undef GS_NODE_ENUM
};

const char* node_kind_name(NodeKind k);

struct Node {
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;
  NodeKind kind;
  Range range;  // [begin, end) of the whole construct
};

// Checked cast: returns nullptr when the node is of another kind.
template <class T>
T* as(Node* n) {
  return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* as(const Node* n) {
  return n && n->kind == T::kKind ? static_cast<const T*>(n) : nullptr;
}

#define GS_NODE_CTOR(Name, Base)                    \
  static constexpr NodeKind kKind = NodeKind::Name; \
  Name() : Base(kKind) {}

// What an expression denotes, decided by the checker.
enum class ExprMode : uint8_t {
  Invalid,   // erroneous; an error was already reported
  NoValue,   // call of a function without results
  Builtin,   // name of a builtin function (only valid as call target)
  TypeExpr,  // denotes a type
  Constant,  // compile-time constant (cval set)
  Variable,  // addressable value
  MapIndex,  // m[k]: assignable, not addressable, comma-ok capable
  Value,     // any other value
  CommaOk,   // value that may also produce a second bool (recv, type assert)
  Package,   // an imported package name (only valid before '.')
};

struct Expr : Node {
  using Node::Node;
  // Checker annotations.
  const Type* type = nullptr;
  ExprMode mode = ExprMode::Invalid;
  const Constant* cval = nullptr;
};

struct Stmt : Node {
  using Node::Node;
};

struct BlockStmt;
struct FuncType;
struct Field;

struct BadExpr : Expr {
  GS_NODE_CTOR(BadExpr, Expr)
};

struct Ident : Expr {
  GS_NODE_CTOR(Ident, Expr)
  std::string name;
  Object* obj = nullptr;  // checker: the object this name denotes or declares
};

struct BasicLit : Expr {
  GS_NODE_CTOR(BasicLit, Expr)
  Tok lit_kind = Tok::Int;  // Int, Float, Imag, Char or String
  std::string value;        // raw source text, e.g. "0x1F", "'a'", "\"hi\\n\""
};

struct CompositeLit : Expr {
  GS_NODE_CTOR(CompositeLit, Expr)
  Expr* type_expr = nullptr;  // nullptr when elided inside an outer literal
  std::vector<Expr*> elts;    // elements; KeyValueExpr for keyed ones
};

struct FuncLit : Expr {
  GS_NODE_CTOR(FuncLit, Expr)
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  FuncInfo* info = nullptr;  // checker
};

struct ParenExpr : Expr {
  GS_NODE_CTOR(ParenExpr, Expr)
  Expr* x = nullptr;
};

struct SelectorExpr : Expr {
  GS_NODE_CTOR(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
  const Selection* selection = nullptr;  // checker; nullptr for package-qualified names
};

struct IndexExpr : Expr {
  GS_NODE_CTOR(IndexExpr, Expr)
  Expr* x = nullptr;
  Expr* index = nullptr;
  std::vector<Expr*> rest;  // type arguments after the first: F[A, B]
  // Checker: x[index] instantiates a generic function (the compiler reads x, whose Ident or
  // selector now denotes the instance).
  bool instance = false;
};

struct SliceExpr : Expr {
  GS_NODE_CTOR(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
};

struct TypeAssertExpr : Expr {
  GS_NODE_CTOR(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* type_expr = nullptr;  // nullptr for x.(type) in a type switch
};

struct CallExpr : Expr {
  GS_NODE_CTOR(CallExpr, Expr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool has_ellipsis = false;  // f(xs...)
  uint32_t lparen = 0;        // where gc puts a call (tracebacks report its line)
  // Checker: kind of call.
  enum class CallKind : uint8_t {
    Unknown,
    Func,
    Method,
    Conversion,
    Builtin
  } call_kind = CallKind::Unknown;
  int builtin = -1;  // check/builtins.h id when call_kind == Builtin
};

struct StarExpr : Expr {
  GS_NODE_CTOR(StarExpr, Expr)
  Expr* x = nullptr;  // *x: pointer type or dereference
};

struct UnaryExpr : Expr {
  GS_NODE_CTOR(UnaryExpr, Expr)
  Tok op = Tok::Illegal;  // Add, Sub, Not, Xor, And (&x), Arrow (<-x), Tilde (~T in a union)
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  GS_NODE_CTOR(BinaryExpr, Expr)
  Tok op = Tok::Illegal;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

struct KeyValueExpr : Expr {
  GS_NODE_CTOR(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

// "...T" in a parameter list, or "[...]T" array length (elt == nullptr there).
struct Ellipsis : Expr {
  GS_NODE_CTOR(Ellipsis, Expr)
  Expr* elt = nullptr;
};

struct ArrayType : Expr {
  GS_NODE_CTOR(ArrayType, Expr)
  Expr* len = nullptr;  // nullptr for a slice type; Ellipsis for [...]T
  Expr* elem = nullptr;
};

// A field, parameter, result, or interface method/embedding.
struct Field : Node {
  GS_NODE_CTOR(Field, Node)
  std::vector<Ident*> names;  // empty for anonymous params, embedded fields, embedded interfaces
  Expr* type = nullptr;       // for interface methods: a FuncType
  BasicLit* tag = nullptr;    // struct tag
};

struct StructType : Expr {
  GS_NODE_CTOR(StructType, Expr)
  std::vector<Field*> fields;
};

struct FuncType : Expr {
  GS_NODE_CTOR(FuncType, Expr)
  std::vector<Field*> params;
  std::vector<Field*> results;
};

struct InterfaceType : Expr {
  GS_NODE_CTOR(InterfaceType, Expr)
  std::vector<Field*> methods;  // named: methods; unnamed: embedded interfaces
};

struct MapType : Expr {
  GS_NODE_CTOR(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  GS_NODE_CTOR(ChanType, Expr)
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

// ---- statements ----

struct BadStmt : Stmt {
  GS_NODE_CTOR(BadStmt, Stmt)
};

struct GenDecl;
struct DeclStmt : Stmt {
  GS_NODE_CTOR(DeclStmt, Stmt)
  GenDecl* decl = nullptr;
};

struct EmptyStmt : Stmt {
  GS_NODE_CTOR(EmptyStmt, Stmt)
};

struct LabeledStmt : Stmt {
  GS_NODE_CTOR(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  GS_NODE_CTOR(ExprStmt, Stmt)
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  GS_NODE_CTOR(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
  GS_NODE_CTOR(IncDecStmt, Stmt)
  Expr* x = nullptr;
  Tok tok = Tok::Inc;  // Inc or Dec
};

struct AssignStmt : Stmt {
  GS_NODE_CTOR(AssignStmt, Stmt)
  std::vector<Expr*> lhs;
  Tok tok = Tok::Assign;  // Assign, Define, or an op-assign token
  std::vector<Expr*> rhs;
};

struct GoStmt : Stmt {
  GS_NODE_CTOR(GoStmt, Stmt)
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  GS_NODE_CTOR(DeferStmt, Stmt)
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  GS_NODE_CTOR(ReturnStmt, Stmt)
  std::vector<Expr*> results;
};

struct BranchStmt : Stmt {
  GS_NODE_CTOR(BranchStmt, Stmt)
  Tok tok = Tok::Break;  // Break, Continue, Goto, Fallthrough
  Ident* label = nullptr;
  Stmt* target = nullptr;  // checker: the statement broken out of / continued
};

struct BlockStmt : Stmt {
  GS_NODE_CTOR(BlockStmt, Stmt)
  std::vector<Stmt*> list;
};

struct IfStmt : Stmt {
  GS_NODE_CTOR(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_ = nullptr;  // IfStmt or BlockStmt
};

// One case of an expression switch or type switch.
struct CaseClause : Stmt {
  GS_NODE_CTOR(CaseClause, Stmt)
  bool is_default = false;
  std::vector<Expr*> list;  // expressions or types
  std::vector<Stmt*> body;
  Object* implicit = nullptr;  // checker: the per-clause variable of a type switch
};

struct SwitchStmt : Stmt {
  GS_NODE_CTOR(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;        // nullptr for a tagless switch
  BlockStmt* body = nullptr;  // list of CaseClause
};

struct TypeSwitchStmt : Stmt {
  GS_NODE_CTOR(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  // "x := y.(type)" (AssignStmt with Define) or "y.(type)" (ExprStmt).
  Stmt* assign = nullptr;
  BlockStmt* body = nullptr;  // list of CaseClause
};

struct CommClause : Stmt {
  GS_NODE_CTOR(CommClause, Stmt)
  Stmt* comm =
      nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = / := <-c); nullptr = default
  std::vector<Stmt*> body;
};

struct SelectStmt : Stmt {
  GS_NODE_CTOR(SelectStmt, Stmt)
  BlockStmt* body = nullptr;  // list of CommClause
};

struct ForStmt : Stmt {
  GS_NODE_CTOR(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

struct RangeStmt : Stmt {
  GS_NODE_CTOR(RangeStmt, Stmt)
  Expr* key = nullptr;     // may be nullptr
  Expr* value = nullptr;   // may be nullptr
  Tok tok = Tok::Illegal;  // Define, Assign, or Illegal for "for range x"
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  // Checker, range over a function: the body is the yield function body_func; state (a
  // boxed int of the enclosing function) says why it returned false (1 break, 2 return,
  // 3+i exits[i], a break or continue to a statement outside) or that the loop ended (-1).
  FuncInfo* body_func = nullptr;
  Object* state = nullptr;
  std::vector<struct BranchStmt*> exits;
};

// ---- declarations ----

struct ImportSpec : Node {
  GS_NODE_CTOR(ImportSpec, Node)
  Ident* name = nullptr;      // local name, "_" or "."; nullptr if absent
  BasicLit* path = nullptr;   // string literal
  Object* pkg_obj = nullptr;  // checker: the package name object (for "imported and not used")
};

struct ValueSpec : Node {
  GS_NODE_CTOR(ValueSpec, Node)
  std::vector<Ident*> names;
  Expr* type = nullptr;       // may be nullptr
  std::vector<Expr*> values;  // may be empty (const: repeat previous spec's; var: zero)
  int iota = 0;               // index of the spec within its const group
};

struct TypeSpec : Node {
  GS_NODE_CTOR(TypeSpec, Node)
  Ident* name = nullptr;
  std::vector<Field*> tparams;  // type parameters: names and constraint (TypeConstraint)
  bool alias = false;           // type A = B
  Expr* type = nullptr;
};

struct GenDecl : Node {
  GS_NODE_CTOR(GenDecl, Node)
  Tok tok = Tok::Var;        // Import, Const, Type, Var
  std::vector<Node*> specs;  // ImportSpec, ValueSpec or TypeSpec
};

struct FuncDecl : Node {
  GS_NODE_CTOR(FuncDecl, Node)
  Field* recv = nullptr;  // nullptr for plain functions
  Ident* name = nullptr;
  std::vector<Field*> tparams;  // type parameters of a generic function
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;  // nullptr: implemented natively (standard library only)
  FuncInfo* info = nullptr;   // checker
};

struct File : Node {
  GS_NODE_CTOR(File, Node)
  Ident* package_name = nullptr;
  std::vector<ImportSpec*> imports;
  std::vector<Node*> decls;  // GenDecl or FuncDecl, in source order (imports included)
};

// Owns every node of one or more parsed files.
class AstPool {
 public:
  template <class T>
  T* make(Range r = {}) {
    auto node = std::make_unique<T>();
    node->range = r;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

#undef GS_NODE_CTOR

// The expression inside any parentheses: (((x))) is x.
inline Expr* unparen(Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

// Whether the checked expression e contains a function or method call or a channel receive
// (outside function literals and constants): such an expression cannot be left unevaluated
// (len of an array is constant only without them) or reordered freely.
bool contains_call(const Expr* e);

// The receiver's base type expression of a method declaration (T in func (x *T[P]) M());
// sets *ptr for a pointer receiver and appends the type parameter names it declares (P).
Expr* receiver_base(Field* recv, bool* ptr, std::vector<Ident*>* tparams);

}  // namespace gs
