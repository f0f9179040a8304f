// Type predicates, printing and the interning table.
#include "check/types.h"

#include <cstdio>

#include "check/scope.h"

namespace gs {

bool is_untyped(const Type* t) {
  return t && t->kind >= Kind::UntypedBool && t->kind <= Kind::UntypedNil;
}

bool is_integer(const Type* t) {
  t = under(t);
  if (!t) return false;
  return (t->kind >= Kind::Int && t->kind <= Kind::Uintptr) || t->kind == Kind::UntypedInt ||
         t->kind == Kind::UntypedRune;
}

bool is_unsigned(const Type* t) {
  t = under(t);
  return t && t->kind >= Kind::Uint && t->kind <= Kind::Uintptr;
}

bool is_float(const Type* t) {
  t = under(t);
  return t &&
         (t->kind == Kind::Float32 || t->kind == Kind::Float64 || t->kind == Kind::UntypedFloat);
}

bool is_complex(const Type* t) {
  t = under(t);
  return t && (t->kind == Kind::Complex64 || t->kind == Kind::Complex128);
}

bool is_numeric(const Type* t) { return is_integer(t) || is_float(t) || is_complex(t); }

bool is_string(const Type* t) {
  t = under(t);
  return t && (t->kind == Kind::String || t->kind == Kind::UntypedString);
}

bool is_boolean(const Type* t) {
  t = under(t);
  return t && (t->kind == Kind::Bool || t->kind == Kind::UntypedBool);
}

bool is_interface(const Type* t) {
  t = under(t);
  return t && t->kind == Kind::Interface;
}

bool is_named(const Type* t) {
  return t && (t->kind == Kind::Named || t->kind <= Kind::UnsafePointer);
}

bool is_typed_nilable(const Type* t) {
  t = under(t);
  if (!t) return false;
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::Interface:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

bool is_comparable(const Type* t) {
  t = under(t);
  if (!t) return false;
  switch (t->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      return false;
    case Kind::Array:
      return is_comparable(t->elem);
    case Kind::Struct:
      for (auto& f : t->fields)
        if (!is_comparable(f.type)) return false;
      return true;
    default:
      return true;
  }
}

bool contains_array(const Type* t, int depth) {
  const Type* u = under(t);
  if (!u || depth > 16) return false;
  if (u->kind == Kind::Array) return true;
  if (u->kind == Kind::Struct)
    for (auto& f : u->fields)
      if (contains_array(f.type, depth + 1)) return true;
  return false;
}

bool is_ordered(const Type* t) { return is_integer(t) || is_float(t) || is_string(t); }

int kind_bits(Kind k) {
  switch (k) {
    case Kind::Int8:
    case Kind::Uint8:
      return 8;
    case Kind::Int16:
    case Kind::Uint16:
      return 16;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
      return 32;
    default:
      return 64;
  }
}

static const char* basic_name(Kind k) {
  switch (k) {
    case Kind::Invalid:
      return "invalid type";
    case Kind::Bool:
      return "bool";
    case Kind::Int:
      return "int";
    case Kind::Int8:
      return "int8";
    case Kind::Int16:
      return "int16";
    case Kind::Int32:
      return "int32";
    case Kind::Int64:
      return "int64";
    case Kind::Uint:
      return "uint";
    case Kind::Uint8:
      return "uint8";
    case Kind::Uint16:
      return "uint16";
    case Kind::Uint32:
      return "uint32";
    case Kind::Uint64:
      return "uint64";
    case Kind::Uintptr:
      return "uintptr";
    case Kind::Float32:
      return "float32";
    case Kind::Float64:
      return "float64";
    case Kind::Complex64:
      return "complex64";
    case Kind::Complex128:
      return "complex128";
    case Kind::String:
      return "string";
    case Kind::UnsafePointer:
      return "unsafe.Pointer";
    case Kind::UntypedBool:
      return "untyped bool";
    case Kind::UntypedInt:
      return "untyped int";
    case Kind::UntypedRune:
      return "untyped rune";
    case Kind::UntypedFloat:
      return "untyped float";
    case Kind::UntypedString:
      return "untyped string";
    case Kind::UntypedNil:
      return "untyped nil";
    default:
      return "?";
  }
}

static void write_sig(std::string& out, const Type* f, bool qualify) {
  out += "(";
  for (size_t i = 0; i < f->params.size(); i++) {
    if (i) out += ", ";
    if (f->variadic && i + 1 == f->params.size()) {
      out += "...";
      out += type_string(f->params[i]->elem, qualify);
    } else {
      out += type_string(f->params[i], qualify);
    }
  }
  out += ")";
  if (f->results.size() == 1) {
    out += " " + type_string(f->results[0], qualify);
  } else if (f->results.size() > 1) {
    out += " (";
    for (size_t i = 0; i < f->results.size(); i++) {
      if (i) out += ", ";
      out += type_string(f->results[i], qualify);
    }
    out += ")";
  }
}

std::string type_string(const Type* t, bool qualify) {
  if (!t) return "invalid type";
  switch (t->kind) {
    case Kind::Named: {
      // Predeclared named types (error, any's target) print bare; user types as "T" in
      // compile errors and "main.T" for %T.
      std::string name = t->name;
      if (!t->targs.empty()) {
        name += "[";
        for (size_t i = 0; i < t->targs.size(); i++)
          name += (i ? (qualify ? "," : ", ") : "") + type_string(t->targs[i], qualify);
        name += "]";
      }
      if (!t->pkg) return name;
      if (qualify || t->pkg->path != "main") return t->pkg->name + "." + name;
      return name;
    }
    case Kind::TypeParam:
      return t->name;
    case Kind::Array:
      return "[" + std::to_string(t->len) + "]" + type_string(t->elem, qualify);
    case Kind::Slice:
      return "[]" + type_string(t->elem, qualify);
    case Kind::Pointer:
      return "*" + type_string(t->elem, qualify);
    case Kind::Map:
      return "map[" + type_string(t->key, qualify) + "]" + type_string(t->elem, qualify);
    case Kind::Chan: {
      std::string prefix = t->dir == ChanDir::Send   ? "chan<- "
                           : t->dir == ChanDir::Recv ? "<-chan "
                                                     : "chan ";
      // chan (<-chan int) needs parentheses to stay unambiguous.
      const Type* e = t->elem;
      std::string es = type_string(e, qualify);
      if (t->dir == ChanDir::Both && e->kind == Kind::Chan && e->dir == ChanDir::Recv)
        es = "(" + es + ")";
      return prefix + es;
    }
    case Kind::Func: {
      std::string out = "func";
      write_sig(out, t, qualify);
      return out;
    }
    case Kind::Struct: {
      if (t->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) out += "; ";
        const StructField& f = t->fields[i];
        if (f.embedded) {
          out += type_string(f.type, qualify);
        } else {
          out += f.name + " " + type_string(f.type, qualify);
        }
        if (!f.tag.empty()) {
          out += " \"";
          for (char c : f.tag) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += "\"";
        }
      }
      return out + " }";
    }
    case Kind::Interface: {
      std::vector<std::string> elems;
      if (t->comparable) elems.push_back("comparable");
      if (t->has_terms) {
        std::string u;
        for (size_t i = 0; i < t->terms.size(); i++)
          u += (i ? " | " : "") + std::string(t->terms[i].tilde ? "~" : "") +
               type_string(t->terms[i].type, qualify);
        elems.push_back(u);
      }
      for (const Method& m : t->methods) {
        std::string e = m.name;
        write_sig(e, m.sig, qualify);
        elems.push_back(e);
      }
      if (elems.empty()) return qualify ? "interface {}" : "interface{}";
      std::string out = "interface { ";
      for (size_t i = 0; i < elems.size(); i++) out += (i ? "; " : "") + elems[i];
      return out + " }";
    }
    case Kind::Tuple: {
      std::string out = "(";
      for (size_t i = 0; i < t->results.size(); i++) {
        if (i) out += ", ";
        out += type_string(t->results[i], qualify);
      }
      return out + ")";
    }
    default:
      return basic_name(t->kind);
  }
}

TypeTable::TypeTable(const TypeTable* parent) : parent_(parent) {
  if (parent) {
    basics_ = parent->basics_;
    error_type = parent->error_type;
    empty_interface = parent->empty_interface;
    return;
  }
  for (int k = 0; k <= int(Kind::UntypedNil); k++) {
    auto t = std::make_unique<Type>();
    t->kind = Kind(k);
    t->owner = this;
    basics_.push_back(t.get());
    owned_.push_back(std::move(t));
  }
  empty_interface = interface({});
}

const Type* TypeTable::find(const std::string& key) const {
  for (const TypeTable* t = this; t; t = t->parent_) {
    auto it = t->interned_.find(key);
    if (it != t->interned_.end()) return it->second;
  }
  return nullptr;
}

static std::string ptr_key(const void* p) {
  char buf[24];
  snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

const Type* TypeTable::intern(std::string key, Type t) {
  if (const Type* found = find(key)) return found;
  t.owner = this;
  auto owned = std::make_unique<Type>(std::move(t));
  const Type* raw = owned.get();
  owned_.push_back(std::move(owned));
  interned_.emplace(std::move(key), raw);
  return raw;
}

const Type* TypeTable::slice(const Type* elem) {
  Type t;
  t.kind = Kind::Slice;
  t.elem = elem;
  return intern("S" + ptr_key(elem), std::move(t));
}

const Type* TypeTable::array(const Type* elem, int64_t len) {
  Type t;
  t.kind = Kind::Array;
  t.elem = elem;
  t.len = len;
  return intern("A" + std::to_string(len) + ptr_key(elem), std::move(t));
}

const Type* TypeTable::pointer(const Type* elem) {
  Type t;
  t.kind = Kind::Pointer;
  t.elem = elem;
  return intern("P" + ptr_key(elem), std::move(t));
}

const Type* TypeTable::map(const Type* key, const Type* value) {
  Type t;
  t.kind = Kind::Map;
  t.key = key;
  t.elem = value;
  return intern("M" + ptr_key(key) + ptr_key(value), std::move(t));
}

const Type* TypeTable::chan(const Type* elem, ChanDir dir) {
  Type t;
  t.kind = Kind::Chan;
  t.elem = elem;
  t.dir = dir;
  return intern("C" + std::to_string(int(dir)) + ptr_key(elem), std::move(t));
}

const Type* TypeTable::func(std::vector<const Type*> params, std::vector<const Type*> results,
                            bool variadic) {
  std::string key = variadic ? "Fv(" : "F(";
  for (auto* p : params) key += ptr_key(p) + ",";
  key += ")";
  for (auto* r : results) key += ptr_key(r) + ",";
  Type t;
  t.kind = Kind::Func;
  t.params = std::move(params);
  t.results = std::move(results);
  t.variadic = variadic;
  return intern(std::move(key), std::move(t));
}

const Type* TypeTable::tuple(std::vector<const Type*> elems) {
  std::string key = "T";
  for (auto* e : elems) key += ptr_key(e) + ",";
  Type t;
  t.kind = Kind::Tuple;
  t.results = std::move(elems);
  return intern(std::move(key), std::move(t));
}

const Type* TypeTable::strukt(std::vector<StructField> fields) {
  std::string key = "R{";
  for (auto& f : fields) {
    key += f.name + (f.embedded ? "!" : ":") + ptr_key(f.type) + "`" + f.tag + "`";
    if (f.pkg && !f.name.empty() && !(f.name[0] >= 'A' && f.name[0] <= 'Z')) key += ptr_key(f.pkg);
    key += ";";
  }
  Type t;
  t.kind = Kind::Struct;
  t.fields = std::move(fields);
  return intern(std::move(key), std::move(t));
}

const Type* TypeTable::interface(std::vector<Method> methods) {
  return constraint(std::move(methods), false, {}, false);
}

const Type* TypeTable::constraint(std::vector<Method> methods, bool has_terms,
                                  std::vector<Term> terms, bool comparable) {
  std::string key = "I{";
  for (auto& m : methods) {
    key += m.name + ptr_key(m.sig);
    if (m.pkg && !(m.name[0] >= 'A' && m.name[0] <= 'Z')) key += ptr_key(m.pkg);
    key += ";";
  }
  if (has_terms) {
    key += "|";
    for (const Term& term : terms) key += (term.tilde ? "~" : "") + ptr_key(term.type) + "|";
  }
  if (comparable) key += "comparable";
  Type t;
  t.kind = Kind::Interface;
  t.methods = std::move(methods);
  t.has_terms = has_terms;
  t.terms = std::move(terms);
  t.comparable = comparable;
  return intern(std::move(key), std::move(t));
}

Type* TypeTable::new_type_param(std::string name, Object* obj) {
  auto t = std::make_unique<Type>();
  t->kind = Kind::TypeParam;
  t->owner = this;
  t->name = std::move(name);
  t->obj = obj;
  Type* raw = t.get();
  owned_.push_back(std::move(t));
  return raw;
}

Type* TypeTable::new_named(std::string name, Package* pkg, Object* obj) {
  auto t = std::make_unique<Type>();
  t->kind = Kind::Named;
  t->owner = this;
  t->name = std::move(name);
  t->pkg = pkg;
  t->obj = obj;
  Type* raw = t.get();
  owned_.push_back(std::move(t));
  return raw;
}

}  // namespace gs
