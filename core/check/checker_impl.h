// Private state of the checker, shared by its implementation files:
// check_decl.cc (package level), check_type.cc (type expressions, method sets),
// check_expr.cc (expressions), check_call.cc (calls, builtins, conversions),
// check_stmt.cc (statements, function bodies).
#pragma once
#include <deque>
#include <map>

#include "check/checker.h"

namespace gs {

// Whether binary operator op (not a shift or comparison) applies to operands of type t:
// shared by x op y and x op= y.
bool operator_defined(Tok op, const Type* t);
size_t tparam_count(const std::vector<Field*>& fields);  // the names declared
// Type arguments nested deeper than this come from an instantiation cycle (F[T] -> F[*T]).
constexpr int kMaxTypeArgDepth = 32;
// Whether constant c is representable by a value of the (typed) basic type t; *rounded is
// then the value as t holds it (an integer, a float rounded to float64/float32).
bool fits_type(const Constant& c, const Type* t, Constant* rounded);

// Generics (check_generic.cc).
bool is_generic(const Object* o);  // a generic function or type (not an instance)
bool mentions_type_param(const Type* t, int depth);

struct Checker::Impl {
  Impl(Checker& owner, TypeTable& types, Diagnostics& diags, AstPool& ast,
       const std::vector<SourceFile*>& files, CheckOptions opts, const Impl* base);

  Checker& owner;
  TypeTable& types;
  Diagnostics& diags;
  AstPool& ast;                          // instances' copies of generic declarations live here
  const Impl* base;                      // the checker of the shared standard library, or nullptr
  const std::vector<SourceFile*> files;  // a copy: the caller's vector may not outlive us
  CheckOptions opts;

  // Storage for everything the checker allocates.
  std::deque<Object> objects;
  std::deque<Scope> scopes;
  std::deque<FuncInfo> funcinfos;
  std::deque<Constant> constants;
  std::deque<Selection> selections;

  Scope* universe = nullptr;
  Package* pkg = nullptr;  // package being checked
  int file = 0;            // file being checked
  Scope* file_scope = nullptr;
  std::unordered_map<File*, Scope*> file_scopes;

  // Function-body context.
  FuncInfo* func = nullptr;
  Scope* scope = nullptr;
  const Constant* iota = nullptr;  // inside a const spec
  // Package-level object whose declaration is being checked (dependency recording).
  Object* decl_obj = nullptr;
  std::unordered_map<Object*, std::vector<Object*>> deps;  // package-level dependencies
  std::vector<FuncDecl*> pending_bodies;
  // Defined types whose underlying type is that of a type still being resolved.
  std::vector<std::pair<Type*, const Type*>> pending_underlying;

  // --- helpers (check_decl.cc) ---
  void error(Range r, DiagKind kind, std::string msg);
  void error(const Node* n, DiagKind kind, std::string msg) { error(n->range, kind, msg); }
  std::string src(const Node* n) const;  // source text of a node
  std::string src_text(int file, Range r) const;
  Object* new_object(ObjKind kind, const std::string& name, Range pos, const Type* type);
  Scope* new_scope(Scope* parent);
  const Constant* new_constant(Constant c);
  void declare(Scope* s, Object* obj);
  void setup_universe();
  void collect(Package* p, const std::unordered_map<std::string, Package*>& imports);
  void check_obj(Object* obj);  // on-demand package-level declaration checking
  void check_const_spec(Object* obj);
  void check_var_spec(ValueSpec* spec);
  void check_type_spec(Object* obj);
  void check_func_decl(Object* obj);
  void compute_init_order(Package* p);
  void record_dep(Object* obj);

  // --- types (check_type.cc) ---
  const Type* type_expr(Expr* e);
  const Type* func_type(FuncType* ft, Field* recv, FuncInfo* info);
  const Type* struct_type(StructType* st);
  const Type* interface_type(InterfaceType* it);
  // Finds field or method `name` in type t (promoted through embedding).
  // Returns nullptr and sets *ambiguous / *not_found otherwise.
  const Selection* lookup(const Type* t, const std::string& name, bool* ambiguous);
  // The method named `name` declared on named type t (ensures the signature is checked).
  Object* declared_method(const Type* named, const std::string& name);
  // If t does not implement iface, a reason like "(missing method M)".
  bool implements(const Type* t, const Type* iface, std::string* why);
  const Type* method_sig(Object* method);

  // --- expressions (check_expr.cc) ---
  // Checks e; hint is the expected type for untyped literals/composite literal elision.
  void expr(Expr* e, const Type* hint = nullptr);
  void expr_or_type(Expr* e);
  // f(g()) where f is a builtin and g has several results (gc allows it for copy, print,
  // complex...): reports it as unsupported; a already checked with multi_expr.
  bool reject_multi_value_arg(CallExpr* ce, const char* name);
  // Reports e, an index, make size or literal key converted to int, when it is a negative
  // constant ("must not be negative"); true then.
  bool negative_index(Expr* e);
  void multi_expr(Expr* e);  // allows tuple results (call with several results)
  // Reports (and invalidates) an already checked expression that is not a value.
  void require_value(Expr* e);
  void ident(Ident* id);
  void basic_lit(BasicLit* lit);
  void composite_lit(CompositeLit* cl, const Type* hint);
  void func_lit(FuncLit* fl);
  void selector(SelectorExpr* se);
  void index_expr(IndexExpr* ie);
  void slice_expr(SliceExpr* se);
  void type_assert(TypeAssertExpr* ta);
  void unary(UnaryExpr* ue, const Type* hint);
  void binary(BinaryExpr* be, const Type* hint);
  // One operator of a chain whose left operand is checked already (binary walks the chain).
  void binary_node(BinaryExpr* be, const Type* hint);
  void shift(BinaryExpr* be, const Type* hint);
  Range op_range(const BinaryExpr* be) const;  // the operator's position
  void comparison(BinaryExpr* be);
  // Converts an untyped operand to target (or its default type when target is nullptr).
  // Reports an error and invalidates e when impossible.
  bool convert_untyped(Expr* e, const Type* target);
  void set_type_recursive(Expr* e, const Type* t);
  const Type* default_type(const Type* t);
  bool representable(Expr* e, const Constant& c, const Type* t, Constant* rounded);
  // Checks that e (already checked) can be assigned to a variable of type t.
  bool assignable(Expr* e, const Type* t, const std::string& context);
  bool assignable_type(const Type* v, const Type* t);
  std::string describe(const Expr* e);  // "x (variable of type int)"
  void mark_addressed(Expr* e);         // &x, x.M() with pointer receiver: box the root var
  Object* root_var(Expr* e);
  void single_value(Expr* e);

  // --- generics (check_generic.cc) ---
  // Instances by generic and type arguments; a program's checker also finds the library's.
  std::map<std::pair<const Object*, std::vector<const Type*>>, Object*> instances;
  std::vector<Object*> pending_methods;  // methods of instantiated types, to check
  static constexpr int kMaxInstanceDepth = 64;
  bool instantiation_cycle(Object* generic, const std::vector<const Type*>& targs,
                           const std::vector<Range>& at);
  int instance_depth_ = 0;
  bool instantiating_ = false;  // checking G in G[A]: a generic name is fine there
  std::string constraint_text(const Type* c);
  std::vector<Term> union_terms(Expr* e);
  const Type* constraint_of(Expr* e);
  void embed_type_set(const Type* elem, bool* has_terms, std::vector<Term>* terms,
                      bool* comparable);
  bool satisfies(const Type* t, const Type* c, std::string* why);
  std::vector<const Type*> declare_type_params(const std::vector<Field*>& fields, Scope* s);
  Scope* bind_type_params(const std::vector<Ident*>& names, const std::vector<const Type*>& targs,
                          Scope* parent);
  const Type* subst(const Type* t, const std::vector<const Type*>& from,
                    const std::vector<const Type*>& to);
  Object* find_instance(const Object* generic, const std::vector<const Type*>& targs) const;
  bool check_satisfied(Object* generic, const std::vector<const Type*>& targs,
                       const std::vector<Range>& at);
  // at: where to report unsatisfied constraints (empty: already checked).
  const Type* instantiate_type(Object* generic, const std::vector<const Type*>& targs,
                               const std::vector<Range>& at);
  Object* instantiate_func(Object* generic, const std::vector<const Type*>& targs,
                           const std::vector<Range>& at);
  std::vector<const Type*> type_args(IndexExpr* ie, std::vector<Range>* at);
  const Type* instance_type(IndexExpr* ie);
  Object* generic_func(Expr* e);
  void denote_instance(Expr* e, Object* inst);
  std::string declared_at(const Object* o) const;
  std::string where_text(int file, uint32_t offset) const;  // "./x.go:3:5"
  std::string tps_text(const std::vector<const Type*>& tps);
  bool infer(Object* g, CallExpr* ce, const std::vector<Expr*>& args,
             const std::vector<const Type*>& arg_types, std::vector<const Type*>& targs, Range at,
             const std::string& fname);
  const Type* generic_call(CallExpr* ce, Object* g, IndexExpr* explicit_args);

  // --- calls (check_call.cc) ---
  void call(CallExpr* ce, const Type* hint);
  void call_result(CallExpr* ce, const Type* sig);  // mode and type of a call of sig
  void builtin_call(CallExpr* ce, Builtin b, const Type* hint);
  void conversion(CallExpr* ce, const Type* t);
  bool convertible(Expr* x, const Type* t);
  // checked: the arguments were checked already (a generic call inferred from them).
  void arguments(CallExpr* ce, const Type* sig, const std::string& fname, bool checked = false);

  // --- statements (check_stmt.cc) ---
  void func_body(FuncInfo* info, BlockStmt* body);
  void stmt(Stmt* s);
  void stmt_list(const std::vector<Stmt*>& list);
  void block(BlockStmt* b);
  void assign_stmt(AssignStmt* as);
  void define_vars(AssignStmt* as);
  void assign_op(AssignStmt* as);
  const Type* lhs_type(Expr* lhs);
  void return_stmt(ReturnStmt* rs);
  void if_stmt(IfStmt* s);
  void switch_stmt(SwitchStmt* s);
  void type_switch(TypeSwitchStmt* s);
  void select_stmt(SelectStmt* s);
  void for_stmt(ForStmt* s);
  void range_stmt(RangeStmt* s);
  void range_func(RangeStmt* s, const std::string& label, const Type* ft);
  void note_range_exits(BranchStmt* s, size_t target);
  void go_defer(CallExpr* call, const char* what);
  void branch(BranchStmt* s);
  Object* declare_var(Ident* id, const Type* t);
  void open_scope();
  void close_scope();
  bool is_terminating(Stmt* s, const std::string& label);
  bool has_break(Stmt* s, Stmt* target, bool implicit);

  // Loop/label context for break/continue.
  struct BranchCtx {
    Stmt* stmt;
    std::string label;
    bool is_loop;  // for/range: continue allowed
  };
  std::vector<BranchCtx> branch_stack;
  std::string assign_context;  // set while assignable() converts an untyped constant
  // Labels of the current function and whether a branch used them.
  std::vector<std::pair<Ident*, bool>> labels;
  std::string pending_label;
};

}  // namespace gs
