// Go types as the checker sees them. Composite types are interned by the TypeTable, so two
// types are identical exactly when their pointers are equal (Named types are unique per decl).
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "parse/ast.h"

namespace gs {

struct Package;
struct RType;  // vm/program.h: the run-time type descriptor built from a Type
class TypeTable;

enum class Kind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedString,
  UntypedNil,
  Array,
  Slice,
  Struct,
  Pointer,
  Func,
  Interface,
  Map,
  Chan,
  Named,
  Tuple,
  TypeParam,  // a type parameter of a generic declaration (never reaches the compiler)
};

struct Type;

struct StructField {
  std::string name;
  const Type* type = nullptr;
  bool embedded = false;
  std::string tag;
  Package* pkg = nullptr;  // for unexported names: the declaring package
  Range pos;
};

struct Method {  // interface method
  std::string name;
  const Type* sig = nullptr;  // Func type without receiver
  Package* pkg = nullptr;     // for unexported names
};

// A term of a constraint's type set: T, or ~T (every type whose underlying type is T).
struct Term {
  bool tilde = false;
  const Type* type = nullptr;
};

struct Type {
  Kind kind = Kind::Invalid;
  // Array/Slice/Pointer/Map(value)/Chan: element type. Map: key.
  const Type* elem = nullptr;
  const Type* key = nullptr;
  int64_t len = 0;                   // Array
  ChanDir dir = ChanDir::Both;       // Chan
  std::vector<StructField> fields;   // Struct
  std::vector<const Type*> params;   // Func
  std::vector<const Type*> results;  // Func; also Tuple elements
  bool variadic = false;             // Func: last param is a slice of the variadic type
  std::vector<Method> methods;       // Interface: full method set, sorted by name
  // Interface used as a constraint: its type set is limited to terms (when has_terms; no
  // terms then means the empty set) and, when comparable, to comparable types.
  bool has_terms = false;
  std::vector<Term> terms;
  bool comparable = false;
  const Type* constraint = nullptr;  // TypeParam: its constraint (an interface)
  // Named instance of a generic type: the arguments (the generic's TypeName is obj->origin).
  std::vector<const Type*> targs;
  // Named types.
  std::string name;
  Package* pkg = nullptr;
  Object* obj = nullptr;              // the TypeName
  const Type* underlying_ = nullptr;  // resolved lazily for Named
  std::vector<Object*> decl_methods;  // Named: declared methods (Func objects)
  // Layout caches, filled by the compiler. rtype belongs to the Program compiled with the
  // table that owns this type (see TypeTable::owns); a program built on a shared standard
  // library keeps run-time types of the library's types in a map of its own instead.
  mutable int slots_ = -1;
  mutable RType* rtype = nullptr;
  const TypeTable* owner = nullptr;
};

// The type's underlying type (itself unless Named).
inline const Type* under(const Type* t) { return t && t->kind == Kind::Named ? t->underlying_ : t; }

bool is_untyped(const Type* t);
bool is_integer(const Type* t);  // typed or untyped (incl. rune)
bool is_unsigned(const Type* t);
bool is_float(const Type* t);
bool is_complex(const Type* t);
bool is_numeric(const Type* t);
bool is_string(const Type* t);
bool is_boolean(const Type* t);
bool is_interface(const Type* t);
bool is_named(const Type* t);
bool is_typed_nilable(const Type* t);  // pointer, slice, map, chan, func, interface
bool is_comparable(const Type* t);
bool is_ordered(const Type* t);
// Arrays (also inside structs) are kept in heap cells so they can be indexed dynamically:
// variables of such types are always boxed.
bool contains_array(const Type* t, int depth = 0);
// Size in bits of a sized integer/float kind (int/uint/uintptr: 64).
int kind_bits(Kind k);

// Go syntax of a type, as compile errors print it ("[]int", "map[string]main.T" is printed
// with package qualifiers only when qualify is set: %T style).
std::string type_string(const Type* t, bool qualify = false);

// Invariants: a type is interned once per key in the whole chain of tables (a child looks in
// its parent first), so pointer identity is type identity across them; a parent is never
// changed once it has children (the shared standard library, api/std_cache.h).
class TypeTable {
 public:
  explicit TypeTable(const TypeTable* parent = nullptr);
  bool owns(const Type* t) const { return t->owner == this; }
  const TypeTable* parent() const { return parent_; }
  const Type* basic(Kind k) const { return basics_[int(k)]; }
  const Type* invalid() const { return basic(Kind::Invalid); }
  const Type* slice(const Type* elem);
  const Type* array(const Type* elem, int64_t len);
  const Type* pointer(const Type* elem);
  const Type* map(const Type* key, const Type* value);
  const Type* chan(const Type* elem, ChanDir dir);
  const Type* func(std::vector<const Type*> params, std::vector<const Type*> results,
                   bool variadic);
  const Type* tuple(std::vector<const Type*> elems);
  const Type* strukt(std::vector<StructField> fields);
  // Methods are sorted and deduplicated by the caller (check_types.cc).
  const Type* interface(std::vector<Method> methods);
  // A constraint interface: methods plus a type set (terms deduplicated by the caller).
  const Type* constraint(std::vector<Method> methods, bool has_terms, std::vector<Term> terms,
                         bool comparable);
  // Each type parameter is a type of its own (identical only to itself).
  Type* new_type_param(std::string name, Object* obj);
  Type* new_named(std::string name, Package* pkg, Object* obj);
  // Predeclared named types set up by the universe.
  const Type* error_type = nullptr;
  const Type* empty_interface = nullptr;

 private:
  const Type* intern(std::string key, Type t);
  const Type* find(const std::string& key) const;
  const TypeTable* parent_;
  std::vector<const Type*> basics_;
  std::unordered_map<std::string, const Type*> interned_;
  std::vector<std::unique_ptr<Type>> owned_;
};

}  // namespace gs
