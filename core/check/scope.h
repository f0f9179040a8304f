// Named entities (objects), lexical scopes, packages, and the per-function facts the checker
// records for the compiler (locals, captured variables, which variables live on the heap).
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "check/constant.h"
#include "check/types.h"

namespace gs {

enum class ObjKind : uint8_t { Const, TypeName, Var, Func, PkgName, Builtin, Nil, Label };

struct FuncInfo;
struct RangeStmt;
class Scope;

struct Object {
  ObjKind kind = ObjKind::Var;
  std::string name;
  Range pos;     // the declaring identifier
  int file = 0;  // SourceFile::index
  const Type* type = nullptr;
  Package* pkg = nullptr;  // nullptr for universe objects
  // Const
  Constant value;
  // Var
  bool is_global = false;
  bool is_param = false;  // parameter or result
  bool is_field = false;
  bool used = false;          // read somewhere (for "declared and not used")
  bool boxed = false;         // lives in a heap cell: address taken or captured by a closure
  bool is_loop_var = false;   // declared by a for/range clause (per-iteration under Go 1.22)
  FuncInfo* owner = nullptr;  // function declaring this local
  int slot = -1;              // compiler: frame slot (locals) or global slot index
  // Func
  FuncDecl* decl = nullptr;
  FuncInfo* func = nullptr;
  const Type* recv_named = nullptr;  // methods: the receiver's named type
  bool ptr_recv = false;
  int func_index = -1;  // compiler: index into Program::funcs
  // Builtin
  int builtin = -1;
  // Package-level declarations are checked on demand (dependency order).
  Node* spec = nullptr;  // ValueSpec/TypeSpec/FuncDecl declaring it
  int spec_index = 0;    // position in ValueSpec.names
  enum class State : uint8_t { Unchecked, Checking, Done } state = State::Done;
  int decl_order = 0;  // package-level declaration order
  // PkgName
  Package* imported = nullptr;
  // Generics. A generic function or type has type parameters (tparams: TypeParam types, in
  // order). An instance (a function, a method of an instantiated type, or the TypeName of an
  // instantiated type) has the generic as its origin, the type arguments, and the scope that
  // binds the type parameters' names to them, in which its own copy of the declaration
  // (parse/reparse_*) is checked.
  std::vector<const Type*> tparams;
  Object* origin = nullptr;
  std::vector<const Type*> targs;
  Scope* bindings = nullptr;
  // TypeName binding a type parameter's name in an instance: conversions to it are not
  // constant (T(1) << 70 is computed at run time, as in the generic code).
  bool binds_tparam = false;
};

class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}
  Scope* parent() const { return parent_; }
  Object* lookup_local(const std::string& name) const {
    auto it = names_.find(name);
    return it == names_.end() ? nullptr : it->second;
  }
  Object* lookup(const std::string& name) const {
    for (const Scope* s = this; s; s = s->parent_)
      if (Object* o = s->lookup_local(name)) return o;
    return nullptr;
  }
  // Returns the previous object when the name is already declared in this scope.
  Object* insert(Object* obj) {
    auto [it, fresh] = names_.emplace(obj->name, obj);
    return fresh ? nullptr : it->second;
  }
  FuncInfo* func = nullptr;  // innermost function owning this scope (nullptr at package level)

 private:
  Scope* parent_;
  std::unordered_map<std::string, Object*> names_;
};

struct Package {
  std::string path;  // import path, "main" for the user's package
  std::string name;
  Scope* scope = nullptr;
  std::vector<File*> files;             // one file per package in goroscope
  int file_index = 0;                   // SourceFile::index of that file
  Scope* file_scope = nullptr;          // its imports, inside scope
  std::vector<Object*> objects;         // package-level objects in declaration order
  std::vector<Object*> var_init_order;  // package vars in initialization order
  std::vector<FuncDecl*> inits;         // init functions in source order
  std::vector<Package*> imports;
  bool is_std = false;
  int init_literal_count = 0;  // function literals at package level: pkg.init.funcN
};

// Facts about one function body (declared function, method or function literal).
struct FuncInfo {
  FuncInfo* outer = nullptr;     // enclosing function for literals
  Node* node = nullptr;          // FuncDecl or FuncLit
  const Type* sig = nullptr;     // Func type (receiver excluded)
  Object* recv = nullptr;        // receiver variable, if any
  std::vector<Object*> params;   // parameter variables (unnamed ones get placeholder objects)
  std::vector<Object*> results;  // result variables (placeholders when unnamed)
  bool named_results = false;
  std::vector<Object*> locals;    // every other local variable, in declaration order
  std::vector<Object*> captures;  // outer variables used inside (all boxed)
  bool has_defer = false;
  bool calls_recover = false;
  std::string name;       // "main.main", "main.(*T).M", "main.main.func1"
  int file = 0;           // SourceFile::index of the body
  int literal_count = 0;  // for naming nested literals
  int range_count = 0;    // for naming range-over-func bodies (main.F-range1)
  // The body of a range-over-func loop, compiled as the yield function: the loop (node).
  RangeStmt* range_loop = nullptr;
};

// The meaning of x.sel, when x is not a package name.
struct Selection {
  enum class Kind : uint8_t { Field, Method, MethodExpr, InterfaceMethod } kind;
  // Embedded field indices walked from x's (possibly pointer) struct type to the final holder;
  // for Field the last index is the selected field itself.
  std::vector<int> path;
  Object* method = nullptr;    // Method/MethodExpr on a concrete type
  int iface_index = -1;        // InterfaceMethod: index into the interface's method list
  const Type* recv = nullptr;  // type of x (MethodExpr: the receiver type T or *T)
  bool indirect = false;       // a pointer was dereferenced along the path (or x itself)
};

}  // namespace gs
