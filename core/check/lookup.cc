// Breadth-first lookup of fields and methods through embedded structs.
#include "check/lookup.h"

#include <algorithm>
#include <set>

namespace gs {

namespace {
struct Candidate {
  const Type* type;       // type at this depth (Named or unnamed, never a pointer)
  std::vector<int> path;  // embedded field indices from the root
  bool indirect;          // a pointer was dereferenced on the way
};
}  // namespace

bool lookup_member(const Type* t, const std::string& name, Selection& out, bool& ambiguous) {
  ambiguous = false;
  bool indirect = false;
  if (t && under(t) && under(t)->kind == Kind::Pointer) {
    const Type* e = under(t)->elem;
    // A pointer to an interface has no methods (and no fields).
    if (under(e) && under(e)->kind == Kind::Interface) return false;
    t = e;
    indirect = true;
  }
  std::vector<Candidate> level{{t, {}, indirect}};
  std::set<const Type*> seen;
  while (!level.empty()) {
    int found = 0;
    Selection hit;
    std::vector<Candidate> next;
    for (const Candidate& c : level) {
      if (!c.type) continue;
      if (c.type->kind == Kind::Named) {
        if (seen.count(c.type)) continue;
        seen.insert(c.type);
        for (Object* m : c.type->decl_methods)
          if (m->name == name) {
            found++;
            hit = Selection{Selection::Kind::Method, c.path, m, -1, nullptr, c.indirect};
          }
      }
      const Type* u = under(c.type);
      if (!u) continue;
      if (u->kind == Kind::Struct) {
        for (size_t i = 0; i < u->fields.size(); i++) {
          const StructField& f = u->fields[i];
          if (f.name == name) {
            found++;
            hit = Selection{Selection::Kind::Field, c.path, nullptr, -1, nullptr, c.indirect};
            hit.path.push_back(int(i));
          }
          if (f.embedded) {
            const Type* ft = f.type;
            bool ind = c.indirect;
            if (under(ft) && under(ft)->kind == Kind::Pointer && ft->kind != Kind::Named) {
              ft = under(ft)->elem;
              ind = true;
            }
            std::vector<int> p = c.path;
            p.push_back(int(i));
            next.push_back({ft, std::move(p), ind});
          }
        }
      } else if (u->kind == Kind::Interface) {
        for (size_t i = 0; i < u->methods.size(); i++)
          if (u->methods[i].name == name) {
            found++;
            hit = Selection{
                Selection::Kind::InterfaceMethod, c.path, nullptr, int(i), nullptr, c.indirect};
          }
      }
    }
    if (found > 1) {
      ambiguous = true;
      return false;
    }
    if (found == 1) {
      out = hit;
      return true;
    }
    level = std::move(next);
  }
  return false;
}

static void collect_names(const Type* t, std::set<std::string>& names, std::set<const Type*>& seen,
                          int depth) {
  if (!t || depth > 32) return;
  if (under(t) && under(t)->kind == Kind::Pointer && t->kind != Kind::Named) t = under(t)->elem;
  if (!t || seen.count(t)) return;
  seen.insert(t);
  if (t->kind == Kind::Named)
    for (Object* m : t->decl_methods) names.insert(m->name);
  const Type* u = under(t);
  if (!u) return;
  if (u->kind == Kind::Interface)
    for (auto& m : u->methods) names.insert(m.name);
  if (u->kind == Kind::Struct)
    for (auto& f : u->fields)
      if (f.embedded) collect_names(f.type, names, seen, depth + 1);
}

bool needs_addressable_receiver(const Type* t, const Selection& sel) {
  if (sel.kind != Selection::Kind::Method || !sel.method->ptr_recv) return false;
  if (under(t) && under(t)->kind == Kind::Pointer) return false;
  return !sel.indirect;
}

std::vector<std::string> method_set_names(const Type* t) {
  std::set<std::string> names;
  std::set<const Type*> seen;
  bool is_ptr = under(t) && under(t)->kind == Kind::Pointer && t->kind != Kind::Named;
  if (under(t) && under(t)->kind == Kind::Interface) {
    std::vector<std::string> out;
    for (auto& m : under(t)->methods) out.push_back(m.name);
    return out;
  }
  collect_names(t, names, seen, 0);
  std::vector<std::string> out;
  for (const std::string& n : names) {
    Selection sel;
    bool amb;
    if (!lookup_member(t, n, sel, amb)) continue;
    if (sel.kind == Selection::Kind::Field) continue;
    if (!is_ptr && needs_addressable_receiver(t, sel)) continue;
    out.push_back(n);
  }
  return out;
}

}  // namespace gs
