// gc's evaluation order. The spec fixes only the order of calls, method calls, receives and
// the logical operators; gc (cmd/compile/internal/walk/order.go) evaluates, within one
// context, every "ordered" node first, left to right, each into a temporary — calls and
// builtins (len, cap, append, make, new, min, max, copy, ...), receives, slice expressions,
// type assertions to non-pointer types, && and ||, []byte(s) and []rune(s) — and reads every
// other operand — variables, fields, elements, map entries, dereferences, other conversions,
// arithmetic on them — afterwards. So `c.n + inc()` sees inc's update of c.n, as in Go.
// Not modelled: gc also orders conversions to interfaces of non-addressable struct and
// array values (a struct-valued map entry passed to fmt.Println, say).
//
// Contexts: a statement's expressions (an assignment's left index operands and right side
// together, a return's results, ...), a call's callee and arguments, and the right operand
// of && and ||, which runs only sometimes. Function literal bodies are compiled apart.
//
// Invariants: hoisted_ holds the result slot of every ordered node compiled ahead and not
// yet consumed; the slots sit below every mark a later part of the context resets top_ to,
// so they survive until consumed; call(), expr() and expr_to() consume them.
#include "compile/codegen.h"

namespace gs {

bool FuncCompiler::is_ordered(const Expr* e) {
  switch (e->kind) {
    case NodeKind::CallExpr: {  // calls and builtins; of conversions, only []byte/[]rune(s)
      auto* ce = static_cast<const CallExpr*>(e);
      if (ce->call_kind != CallExpr::CallKind::Conversion) return true;
      return under(ce->type)->kind == Kind::Slice && !ce->args.empty() &&
             is_string(ce->args[0]->type);
    }
    case NodeKind::SliceExpr:
      return true;
    case NodeKind::TypeAssertExpr: {  // unless the result fits the interface's data word
      Kind k = under(e->type)->kind;
      return k != Kind::Pointer && k != Kind::Chan && k != Kind::Map && k != Kind::Func;
    }
    case NodeKind::BinaryExpr: {
      Tok op = static_cast<const BinaryExpr*>(e)->op;
      return op == Tok::LAnd || op == Tok::LOr;
    }
    case NodeKind::UnaryExpr:
      return static_cast<const UnaryExpr*>(e)->op == Tok::Arrow;
    default:
      return false;
  }
}

int FuncCompiler::take_hoisted(const Expr* e) {
  if (hoisted_.empty()) return -1;
  auto it = hoisted_.find(e);
  if (it == hoisted_.end()) return -1;
  int r = it->second;
  hoisted_.erase(it);
  return r;
}

void FuncCompiler::hoist(Expr* root, bool include_root) {
  // Evaluation order is depth-first, left to right; an explicit stack keeps long operator
  // chains off the native stack.
  std::vector<Expr*> todo{root};
  std::vector<Expr*> kids;
  while (!todo.empty()) {
    Expr* e = todo.back();
    todo.pop_back();
    if (!e || (e->mode == ExprMode::Constant && e->cval) || e->mode == ExprMode::TypeExpr ||
        hoisted_.count(e))
      continue;  // (a hoisted node's operands were evaluated with it)
    if (is_ordered(e) && (e != root || include_root)) {
      int r;
      if (auto* ce = as<CallExpr>(e)) {
        r = call(ce);
      } else {
        r = alloc(slots_of(e->type));
        expr_to(e, r);
      }
      hoisted_[e] = r;
      continue;
    }
    kids.clear();
    switch (e->kind) {
      case NodeKind::ParenExpr:
        kids.push_back(static_cast<ParenExpr*>(e)->x);
        break;
      case NodeKind::SelectorExpr:
        kids.push_back(static_cast<SelectorExpr*>(e)->x);
        break;
      case NodeKind::IndexExpr:
        kids.push_back(static_cast<IndexExpr*>(e)->x);
        kids.push_back(static_cast<IndexExpr*>(e)->index);
        break;
      case NodeKind::SliceExpr: {
        auto* se = static_cast<SliceExpr*>(e);
        kids.insert(kids.end(), {se->x, se->low, se->high, se->max});
        break;
      }
      case NodeKind::StarExpr:
        kids.push_back(static_cast<StarExpr*>(e)->x);
        break;
      case NodeKind::UnaryExpr:
        kids.push_back(static_cast<UnaryExpr*>(e)->x);
        break;
      case NodeKind::BinaryExpr: {
        auto* be = static_cast<BinaryExpr*>(e);
        kids.push_back(be->x);
        if (be->op != Tok::LAnd && be->op != Tok::LOr) kids.push_back(be->y);
        break;
      }
      case NodeKind::TypeAssertExpr:
        kids.push_back(static_cast<TypeAssertExpr*>(e)->x);
        break;
      case NodeKind::CallExpr:  // a conversion: its operand
        kids.insert(kids.end(), static_cast<CallExpr*>(e)->args.begin(),
                    static_cast<CallExpr*>(e)->args.end());
        break;
      case NodeKind::CompositeLit:
        for (Expr* el : static_cast<CompositeLit*>(e)->elts) {
          if (auto* kv = as<KeyValueExpr>(el)) {
            if (!as<Ident>(kv->key) || !under(static_cast<CompositeLit*>(e)->type) ||
                under(static_cast<CompositeLit*>(e)->type)->kind != Kind::Struct)
              kids.push_back(kv->key);  // map keys and indices; not struct field names
            kids.push_back(kv->value);
          } else {
            kids.push_back(el);
          }
        }
        break;
      default:
        break;  // names, literals, function literals (their bodies run later)
    }
    todo.insert(todo.end(), kids.rbegin(), kids.rend());
  }
}

void FuncCompiler::order_context(const std::vector<Expr*>& exprs) {
  for (Expr* e : exprs) hoist(e, exprs.size() > 1);
}

void FuncCompiler::order_call(CallExpr* ce) {
  std::vector<Expr*> parts;
  Expr* fun = unparen(ce->fun);
  if (ce->call_kind == CallExpr::CallKind::Method)
    parts.push_back(static_cast<SelectorExpr*>(fun)->x);  // the receiver
  else if (ce->call_kind == CallExpr::CallKind::Func && !static_callee(fun))
    parts.push_back(fun);  // a function value: read after the arguments' calls
  parts.insert(parts.end(), ce->args.begin(), ce->args.end());
  for (Expr* p : parts) hoist(p, true);
}

}  // namespace gs
