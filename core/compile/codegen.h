// Internal to the compiler: the program builder (run-time types, function table, constants)
// and the per-function code generator. Split over compile_*.cc files by concern.
#pragma once
#include <unordered_map>

#include "check/builtins.h"
#include "check/lookup.h"
#include "compile/compiler.h"
#include "compile/layout.h"

namespace gs {

class ProgramBuilder;

// The function object a call expression names statically (f, pkg.F), if any.
Object* static_callee(Expr* fun);

// Where an assignable value lives.
// Elem: an element of a slice or array whose bounds check is due when it is stored (the
// second phase of a parallel assignment: `m[2], s[1] = 2, 2` stores m[2] before s[1] may
// panic).
struct Loc {
  enum class Kind : uint8_t { Reg, Mem, Global, MapEntry, Elem, Blank } kind = Kind::Blank;
  int reg = 0;  // Reg: first slot; Mem, Elem: slot holding the base pointer; MapEntry: map
  int off = 0;  // Mem: slot offset from the pointer; Global: global slot; Elem: length slot
  int key = 0;  // MapEntry: key slots; Elem: index slot
  const Type* type = nullptr;
  // Mem: a field of *reg (taking its address dereferences reg: nil must panic even at
  // offset 0, as for &p.f with a nil p).
  bool field_of_ptr = false;
};

class FuncCompiler {
 public:
  FuncCompiler(ProgramBuilder& pb, FuncProto* proto, FuncInfo* info, int file);
  void compile_body(BlockStmt* body);
  // Entry point code: package variable initialization, init functions, main.main.
  // Package variable initialization in dependency order, then the init functions.
  void compile_package_init(Package* p);
  // The program's entry: calls `first` (the library packages' initializations), initializes
  // `packages`, then calls main.main.
  void compile_entry(const std::vector<FuncProto*>& first, const std::vector<Package*>& packages);

  // --- emission (compile_func.cc) ---
  int emit(Op op, int a = 0, int b = 0, int c = 0, int n = 0);
  void patch(int at, int target) { proto_->code[at].a = target; }
  int here() const { return int(proto_->code.size()); }
  int alloc(int n);
  void too_large(int64_t slots);  // reports (once per function) a value wider than the VM's
  void set_pos(const Node* n) {   // a call is at its "(", as in gc
    if (n)
      pos_ =
          n->kind == NodeKind::CallExpr ? static_cast<const CallExpr*>(n)->lparen : n->range.begin;
  }
  void load_int(int dst, int64_t v);
  void load_const(int dst, const Constant& c, const Type* t);
  void copy(int dst, int src, int n);

  // --- variables (compile_func.cc) ---
  Loc var_loc(Object* obj);
  int box_ptr(Object* obj);  // slot holding the box pointer of a boxed variable
  void declare_local(Object* obj);
  void load(const Loc& l, int dst);
  void store(const Loc& l, int src);
  Loc checked_elem(const Loc& l);  // an Elem's bounds check, then its Mem location
  int addr_of(Expr* e);            // slot holding a pointer to the addressable expression
  // deferred_checks: index bounds are checked at the store (Loc::Kind::Elem).
  Loc lvalue(Expr* e, bool deferred_checks = false);

  // --- expressions (compile_expr.cc) ---
  int expr(Expr* e);                        // value in fresh or variable slots (read-only)
  void expr_to(Expr* e, int dst);           // value written to dst
  int coerce(Expr* e, const Type* target);  // value converted to target (interfaces)
  void coerce_to(Expr* e, const Type* target, int dst);
  void convert_value(int src, const Type* from, const Type* to, int dst);
  void binary(BinaryExpr* be, int dst);
  // One operator of a chain; x is the slot of the left operand's value, or -1 to compute it.
  void binary_node(BinaryExpr* be, int x, int dst);
  void concat_chain(const std::vector<BinaryExpr*>& spine, int dst);  // string a + b + c...

  void compare(Tok op, int x, int y, const Type* t, int dst);
  void arith(Tok op, int x, int y, const Type* t, int dst);
  // gc turns x * -1, -1 * x and x / -1 (floats) into -x by its SSA rules, which flips the
  // sign bit of a NaN that the multiplication would keep: the operand to negate, or nullptr.
  static Expr* negated_operand(Tok op, Expr* x, Expr* y, const Type* t);
  void unary(UnaryExpr* ue, int dst);
  void composite_lit(CompositeLit* cl, int dst);
  void fill_composite(CompositeLit* cl, const Type* t, const Loc& base);
  void selector(SelectorExpr* se, int dst);
  void index(IndexExpr* ie, int dst, int ok_dst);
  void slice_expr(SliceExpr* se, int dst);
  void func_lit(FuncLit* fl, int dst);
  void type_assert(TypeAssertExpr* ta, int dst, bool commaok);
  void recv(UnaryExpr* ue, int dst, bool commaok);
  void conversion(CallExpr* ce, int dst);
  void wrap_int(int reg, const Type* t);
  void func_value(Object* fn, int dst);
  void method_value(SelectorExpr* se, int dst);
  // Walks embedded fields of a Selection path from x; returns the location of the holder.
  Loc walk_path(Expr* x, const std::vector<int>& path, size_t count);

  // --- gc's evaluation order (order.cc) ---
  // Calls, receives, and && / || with a call on the right: evaluated in order, ahead of
  // the plain operands of their context.
  static bool is_ordered(const Expr* e);
  // Compiles the ordered nodes of e (e itself too when include_root) into temporaries.
  void hoist(Expr* e, bool include_root);
  // A context of several expressions: their ordered nodes, roots included.
  void order_context(const std::vector<Expr*>& exprs);
  // The context of a call: its receiver or function value, then its arguments.
  void order_call(CallExpr* ce);
  int take_hoisted(const Expr* e);  // the slot of a hoisted node (consumed), or -1
  // While one lives, expressions belong to an open context: expr_to does not start one.
  struct OrderScope {
    explicit OrderScope(FuncCompiler& fc) : fc(fc) { fc.context_depth_++; }
    ~OrderScope() { fc.context_depth_--; }
    FuncCompiler& fc;
  };

  // --- calls (compile_call.cc) ---
  // Compiles a call; returns the slot where its results start.
  int call(CallExpr* ce);
  int builtin(CallExpr* ce, Builtin b);
  void args_into(CallExpr* ce, const Type* sig, int at);
  void go_defer(CallExpr* ce, bool is_go);
  int callee_closure(CallExpr* ce);  // closure value of the call target (go/defer)

  // --- statements (compile_stmt.cc) ---
  void stmt(Stmt* s);
  void block(const std::vector<Stmt*>& list);
  void assign(AssignStmt* as);
  void assign_multi(const std::vector<Expr*>& lhs, Expr* rhs, bool define);
  static bool comma_ok(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
  Loc target(Expr* lhs, bool define, bool several);
  void assign_to(const Loc& l, int src, const Type* src_type);
  void if_stmt(IfStmt* s);
  void for_stmt(ForStmt* s);
  void range_stmt(RangeStmt* s);
  void range_func(RangeStmt* s);
  // In a range-over-func body: sets the loop's state and returns false from the body.
  void range_body_exit(int state);
  void return_stored();  // the results are set: return (or leave the range body for that)
  void switch_stmt(SwitchStmt* s);
  void type_switch(TypeSwitchStmt* s);
  void select_stmt(SelectStmt* s);
  void return_stmt(ReturnStmt* s);
  void branch(BranchStmt* s);
  void cond_jump(Expr* cond, bool jump_if, std::vector<int>& jumps);

  ProgramBuilder& pb_;
  FuncProto* proto_;
  FuncInfo* info_;
  int file_;
  uint32_t pos_ = 0;
  int top_ = 0;
  std::unordered_map<Object*, int> cap_index_;                 // captured variable -> closure slot
  std::unordered_map<const CallExpr*, int> stack_store_flag_;  // append -> its flag slot
  struct LoopCtx {
    Stmt* stmt;
    std::vector<int> breaks;
    std::vector<int> continues;
  };
  std::vector<LoopCtx> loops_;
  std::unordered_map<const Expr*, int> hoisted_;  // see order.cc
  int context_depth_ = 0;
  bool too_large_reported_ = false;
  // While set, expr() copies variables into temporaries instead of returning their slots:
  // the left operands of a tuple assignment must not see the assignment's own updates.
  bool copy_vars_ = false;
  // Boxed loop variables of the innermost 3-clause for loops (Go 1.22 per-iteration copies).
};

class ProgramBuilder {
 public:
  ProgramBuilder(TypeTable& types, Diagnostics& diags, CompileOptions opts,
                 const std::vector<const SourceFile*>& files, const CompiledLibrary* base);
  // A program whose entry initializes `packages` and runs main.main; with `library`, an
  // entry that only initializes them (the entry of a CompiledLibrary).
  std::unique_ptr<Program> build(const std::vector<Package*>& packages,
                                 const std::vector<FuncInfo*>& funcs, bool library);

  RType* rtype(const Type* t);
  int type_index(const Type* t) { return rtype(t)->index; }
  FuncProto* proto_of(FuncInfo* info);
  FuncProto* proto_of_func(Object* fn);
  int string_const(const std::string& s);  // index of the first of 2 constant slots
  int select_desc(SelectDesc d);
  // Wrappers: a method called through an interface holding a value of type t.
  FuncProto* iface_wrapper(const Type* t, const std::string& method);
  // The function value of method expression T.M when T's receiver needs adapting.
  FuncProto* method_expr(const Type* t, const std::string& name);
  // A closure body that calls `method` on a receiver captured in its closure slots.
  FuncProto* bound_method(const Type* recv, const Selection& sel, const std::string& name);
  FuncProto* new_proto(const std::string& name, int file);
  // Compiler-generated functions by key (here or in the base library).
  FuncProto* find_wrapper(const std::string& key) const;
  static std::string type_key(const Type* t) { return std::to_string(uintptr_t(t)); }
  // The method id of method `name` as found in type t's method set (or interface).
  int method_key(const Type* t, const std::string& name);
  void error(int file, Range r, DiagKind k, std::string msg);

  TypeTable& types;
  Diagnostics& diags;
  CompileOptions opts;
  const CompiledLibrary* base;  // nullptr, or the library this program extends
  std::unique_ptr<Program> prog;
  std::unordered_map<FuncInfo*, FuncProto*> protos;
  std::unordered_map<std::string, FuncProto*> wrappers;
  std::unordered_map<Object*, int> global_slot;
  const std::vector<const SourceFile*>& files;
  std::vector<RType*> pending_methods;  // rtypes whose method tables are not built yet
  // Run-time types of the base library's types that the library itself never needed: the
  // base's Type objects are shared, so their rtype field cannot point into this program.
  std::unordered_map<const Type*, RType*> base_type_rtypes;
  std::vector<std::pair<const Package*, FuncProto*>> library_inits;  // build(..., true)

 private:
  RType* new_rtype(const Type* t);
  void build_methods(RType* rt);
};

}  // namespace gs
