// The vet checks walk the user's syntax tree with the checker's annotations.
#include "analysis/vet.h"

#include <functional>
#include <set>

#include "check/scope.h"
#include "parse/walk.h"

namespace gs {

namespace {

// "sync.Mutex" when t is or contains (by value) a type that must not be copied.
std::string lock_path(const Type* t, int depth = 0) {
  if (!t || depth > 8) return "";
  if (t->kind == Kind::Named && t->pkg) {
    static const std::set<std::string> sync_types = {"Mutex", "RWMutex", "WaitGroup", "Cond",
                                                     "Once",  "Map",     "Pool"};
    static const std::set<std::string> atomic_types = {"Int32",  "Int64", "Uint32",
                                                       "Uint64", "Bool",  "Value"};
    if ((t->pkg->path == "sync" && sync_types.count(t->name)) ||
        (t->pkg->path == "sync/atomic" && atomic_types.count(t->name)))
      return t->pkg->path + "." + t->name;
  }
  const Type* u = under(t);
  if (u->kind == Kind::Struct) {
    for (auto& f : u->fields) {
      std::string inner = lock_path(f.type, depth + 1);
      if (!inner.empty())
        return type_string(t, true) == inner ? inner : type_string(t, true) + " contains " + inner;
    }
  }
  if (u->kind == Kind::Array) {
    std::string inner = lock_path(u->elem, depth + 1);
    if (!inner.empty()) return type_string(t, true) + " contains " + inner;
  }
  return "";
}

// Expressions whose value is an existing variable (copying it copies the lock).
bool is_existing_value(Expr* e) {
  e = unparen(e);
  return as<Ident>(e) || as<SelectorExpr>(e) || as<IndexExpr>(e) || as<StarExpr>(e);
}

struct Vet {
  const Build& b;
  int go_version;
  std::vector<VetFinding> out;

  void add(Range r, const char* check, std::string msg) {
    out.push_back({r, check, std::move(msg)});
  }

  // "wg.Add", "pkg.T.M": the selector chain of a call's function (a loop: chains are long).
  std::string func_name(Expr* fun) {
    std::vector<const std::string*> sels;  // innermost last
    for (fun = unparen(fun); auto* se = as<SelectorExpr>(fun); fun = unparen(se->x))
      sels.push_back(&se->sel->name);
    auto* id = as<Ident>(fun);
    std::string name = id ? id->name : "func";
    for (auto it = sels.rbegin(); it != sels.rend(); ++it) name += "." + **it;
    return name;
  }

  void copylocks_sig(const std::string& name, Field* recv, FuncType* sig) {
    auto check_field = [&](Field* f) {
      if (!f || !f->type || !f->type->type) return;
      std::string p = lock_path(f->type->type);
      if (!p.empty()) add(f->range, "copylocks", name + " passes lock by value: " + p);
    };
    check_field(recv);
    for (Field* f : sig->params) check_field(f);
    for (Field* f : sig->results) {
      if (!f->type || !f->type->type) continue;
      std::string p = lock_path(f->type->type);
      if (!p.empty()) add(f->range, "copylocks", name + " returns lock by value: " + p);
    }
  }

  void copylocks(Node* body) {
    walk(body, [&](Node* n) {
      if (auto* asg = as<AssignStmt>(n)) {
        for (size_t i = 0; i < asg->rhs.size() && i < asg->lhs.size(); i++) {
          Expr* r = asg->rhs[i];
          if (!is_existing_value(r) || !r->type) continue;
          std::string p = lock_path(r->type);
          if (!p.empty())
            add(r->range, "copylocks",
                "assignment copies lock value to " +
                    b.files[0]->text().substr(asg->lhs[i]->range.begin,
                                              asg->lhs[i]->range.end - asg->lhs[i]->range.begin) +
                    ": " + p);
        }
      } else if (auto* rs = as<ReturnStmt>(n)) {
        for (Expr* r : rs->results)
          if (is_existing_value(r) && r->type && !lock_path(r->type).empty())
            add(r->range, "copylocks", "return copies lock value: " + lock_path(r->type));
      } else if (auto* ce = as<CallExpr>(n)) {
        if (ce->call_kind != CallExpr::CallKind::Func &&
            ce->call_kind != CallExpr::CallKind::Method)
          return;
        for (Expr* a : ce->args)
          if (is_existing_value(a) && a->type && !is_interface(a->type) &&
              !lock_path(a->type).empty())
            add(a->range, "copylocks",
                "call of " + func_name(ce->fun) + " copies lock value: " + lock_path(a->type));
      } else if (auto* rs = as<RangeStmt>(n)) {
        if (rs->value && rs->value->type && !lock_path(rs->value->type).empty() &&
            rs->tok != Tok::Illegal)
          add(rs->value->range, "copylocks",
              "range var " +
                  b.files[0]->text().substr(rs->value->range.begin,
                                            rs->value->range.end - rs->value->range.begin) +
                  " copies lock: " + lock_path(rs->value->type));
      }
    });
  }

  // ctx, cancel := context.WithCancel(...): cancel must be used before every return.
  void lostcancel(BlockStmt* body) {
    walk(body, [&](Node* n) {
      auto* asg = as<AssignStmt>(n);
      if (!asg || asg->lhs.size() != 2 || asg->rhs.size() != 1) return;
      auto* ce = as<CallExpr>(unparen(asg->rhs[0]));
      if (!ce) return;
      auto* se = as<SelectorExpr>(unparen(ce->fun));
      if (!se || !se->sel->obj || !se->sel->obj->pkg || se->sel->obj->pkg->path != "context")
        return;
      const std::string& fn = se->sel->name;
      if (fn != "WithCancel" && fn != "WithTimeout" && fn != "WithDeadline" &&
          fn != "WithCancelCause" && fn != "WithTimeoutCause" && fn != "WithDeadlineCause")
        return;
      auto* id = as<Ident>(asg->lhs[1]);
      if (!id) return;
      if (id->name == "_") {
        add(id->range, "lostcancel",
            "the cancel function returned by context." + fn +
                " should be called, not discarded, to avoid a context leak");
        return;
      }
      Object* cancel = id->obj;
      // The first use of cancel after the assignment, and any return before it.
      uint32_t first_use = UINT32_MAX;
      walk(body, [&](Node* m) {
        if (auto* use = as<Ident>(m);
            use && use->obj == cancel && use != id && use->range.begin > asg->range.end)
          first_use = std::min(first_use, use->range.begin);
      });
      ReturnStmt* early = nullptr;
      walk(body, [&](Node* m) {
        if (auto* r = as<ReturnStmt>(m);
            r && r->range.begin > asg->range.end && r->range.end <= first_use && !early)
          early = r;
      });
      if (first_use == UINT32_MAX || early) {
        add(id->range, "lostcancel",
            "the " + id->name + " function is not used on all paths (possible context leak)");
        if (early) {
          int line = b.files[0]->position(id->range.begin).line;
          add(early->range, "lostcancel",
              "this return statement may be reached without using the " + id->name +
                  " var defined on line " + std::to_string(line));
        }
      }
    });
  }

  // go func() { wg.Add(1); ... }(): the Add races with Wait.
  void waitgroup(Node* body) {
    walk(body, [&](Node* n) {
      auto* gs = as<GoStmt>(n);
      if (!gs) return;
      auto* fl = as<FuncLit>(unparen(gs->call->fun));
      if (!fl) return;
      for (Stmt* s : fl->body->list) {
        auto* es = as<ExprStmt>(s);
        auto* ce = es ? as<CallExpr>(unparen(es->x)) : nullptr;
        auto* se = ce ? as<SelectorExpr>(unparen(ce->fun)) : nullptr;
        if (!se || se->sel->name != "Add" || !se->x->type) continue;
        const Type* t = se->x->type;
        if (under(t)->kind == Kind::Pointer) t = under(t)->elem;
        if (t->kind == Kind::Named && t->pkg && t->pkg->path == "sync" && t->name == "WaitGroup")
          add(ce->range, "waitgroup",
              "WaitGroup.Add called inside the goroutine it counts; call it before the go "
              "statement, or Wait may return first");
      }
    });
  }

  // Go 1.21 semantics: the last statement of a loop body starting a goroutine (or deferring)
  // with a function literal that uses the loop variable.
  void loopclosure(Node* body) {
    if (go_version >= 122) return;
    walk(body, [&](Node* n) {
      std::vector<Object*> vars;
      BlockStmt* loop_body = nullptr;
      if (auto* fs = as<ForStmt>(n)) {
        if (auto* asg = as<AssignStmt>(fs->init); asg && asg->tok == Tok::Define)
          for (Expr* l : asg->lhs)
            if (auto* id = as<Ident>(l); id && id->obj) vars.push_back(id->obj);
        loop_body = fs->body;
      } else if (auto* rs = as<RangeStmt>(n); rs && rs->tok == Tok::Define) {
        for (Expr* e : {rs->key, rs->value})
          if (auto* id = as<Ident>(e); id && id->obj) vars.push_back(id->obj);
        loop_body = rs->body;
      }
      if (!loop_body || vars.empty() || loop_body->list.empty()) return;
      Stmt* last = loop_body->list.back();
      CallExpr* call = nullptr;
      if (auto* gs = as<GoStmt>(last)) call = gs->call;
      if (auto* ds = as<DeferStmt>(last)) call = ds->call;
      auto* fl = call ? as<FuncLit>(unparen(call->fun)) : nullptr;
      if (!fl) return;
      std::set<Object*> reported;
      walk(fl->body, [&](Node* m) {
        auto* id = as<Ident>(m);
        if (!id || !id->obj || reported.count(id->obj)) return;
        for (Object* v : vars)
          if (id->obj == v) {
            reported.insert(v);
            add(id->range, "loopclosure", "loop variable " + v->name + " captured by func literal");
          }
      });
    });
  }
};

}  // namespace

std::vector<VetFinding> vet(const Build& b, int go_version) {
  Vet v{b, go_version, {}};
  // The user's checked functions: declared ones and the instances of generic ones (whose
  // copies of one declaration report the same findings: kept once).
  if (!b.checker) return v.out;
  for (const FuncInfo* info : b.checker->funcs()) {
    auto* fd = as<FuncDecl>(info->node);
    if (!fd || !fd->body || info->file != 0) continue;
    v.copylocks_sig(fd->name->name, fd->recv, fd->sig);
    walk(fd->body, [&](Node* n) {
      if (auto* fl = as<FuncLit>(n)) v.copylocks_sig("func", nullptr, fl->sig);
    });
    v.copylocks(fd->body);
    v.lostcancel(fd->body);
    v.waitgroup(fd->body);
    v.loopclosure(fd->body);
  }
  auto before = [](const VetFinding& a, const VetFinding& c) {
    return a.range.begin != c.range.begin ? a.range.begin < c.range.begin : a.message < c.message;
  };
  std::sort(v.out.begin(), v.out.end(), before);
  v.out.erase(std::unique(v.out.begin(), v.out.end(),
                          [](const VetFinding& a, const VetFinding& c) {
                            return a.range.begin == c.range.begin && a.message == c.message;
                          }),
              v.out.end());
  return v.out;
}

}  // namespace gs
