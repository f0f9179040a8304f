// The garbage collector: conservative mark and sweep over the VM's heap cells.
//
// Pass 1 sorts the cells by address. Pass 2 marks: every slot of every root (goroutine
// stacks, deferred calls, panic values, globals, closures of timers, channel buffers, map
// entries, iterator snapshots) that points into a cell — interior pointers included, since
// slices, strings and field pointers point inside cells — marks that cell, whose slots are
// then scanned the same way. Pass 3 frees unmarked cells.
// Conservative: an integer that happens to look like an address keeps a cell alive, never
// the reverse. Maps and channels themselves are never freed (they are roots).
#include <algorithm>
#include <cstdlib>

#include "analysis/race.h"
#include "vm/machine.h"

namespace gs {

void Machine::collect() {
  collections_++;
  std::sort(allocations_.begin(), allocations_.end(),
            [](const Cell& a, const Cell& b) { return a.p < b.p; });
  std::vector<bool> marked(allocations_.size());
  std::vector<size_t> work;
  auto find = [&](uint64_t w) -> int64_t {
    auto it =
        std::upper_bound(allocations_.begin(), allocations_.end(), w,
                         [](uint64_t v, const Cell& c) { return v < uint64_t(uintptr_t(c.p)); });
    if (it == allocations_.begin()) return -1;
    --it;
    uint64_t start = uint64_t(uintptr_t(it->p));
    // One past the end counts too: a slice s[len(s):] of a full cell points there.
    if (w <= start + it->bytes) return int64_t(it - allocations_.begin());
    return -1;
  };
  auto mark_word = [&](uint64_t w) {
    if (w < 4096) return;
    int64_t i = find(w);
    if (i >= 0 && !marked[size_t(i)]) {
      marked[size_t(i)] = true;
      work.push_back(size_t(i));
    }
  };
  auto scan = [&](const Slot* s, size_t n) {
    for (size_t i = 0; i < n; i++) mark_word(s[i].u);
  };
  // Roots.
  for (auto& g : all_) {
    if (g->state == GState::Dead) continue;
    scan(g->stack.data(), g->stack.size());
    for (const Frame& f : g->frames) mark_word(uint64_t(uintptr_t(f.closure)));
    for (const DeferRec& d : g->defers) {
      mark_word(uint64_t(uintptr_t(d.fn)));
      scan(d.args.data(), d.args.size());
    }
    for (const PanicRec& p : g->panics) scan(p.value, 2);
  }
  mark_word(uint64_t(uintptr_t(globals_)));
  for (auto& [text, box] : static_errors_) mark_word(uint64_t(uintptr_t(box)));
  for (Closure* c : static_closures_) mark_word(uint64_t(uintptr_t(c)));
  for (auto& [key, t] : timers_) mark_word(uint64_t(uintptr_t(t.func)));
  for (auto& [id, t] : stopped_timers_) mark_word(uint64_t(uintptr_t(t.func)));
  for (auto& c : chans_)
    for (const Slot& s : c->buf) mark_word(s.u);
  for (auto& m : maps_)
    for (size_t i = 0; i < m->entry_count(); i++)
      if (m->entry_alive(i)) scan(m->entry(i), size_t(m->kw + m->vw));
  for (auto& it : iters_) scan(it->keys.data(), it->keys.size());
  // Transitive marking.
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    const Cell& c = allocations_[i];
    scan(reinterpret_cast<const Slot*>(c.p), c.bytes / sizeof(Slot));
  }
  // Sweep. The race detector forgets the shadows of freed memory (addresses get reused).
  size_t out = 0;
  int64_t live = 0;
  std::vector<Cell> freed;
  for (size_t i = 0; i < allocations_.size(); i++) {
    if (marked[i]) {
      live += int64_t(allocations_[i].bytes);
      allocations_[out++] = allocations_[i];
    } else if (race_) {
      freed.push_back(allocations_[i]);
    } else {
      std::free(allocations_[i].p);
    }
  }
  if (race_ && !freed.empty()) {
    race_->forget_if([&](const void* a) {
      auto it = std::upper_bound(freed.begin(), freed.end(), a, [](const void* v, const Cell& c) {
        return v < static_cast<const void*>(c.p);
      });
      if (it == freed.begin()) return true;
      --it;
      return !(a >= static_cast<const void*>(it->p) &&
               a < static_cast<const void*>(it->p + it->bytes));
    });
    for (const Cell& c : freed) std::free(c.p);
  }
  allocations_.resize(out);
  heap_bytes_ = live;
  next_gc_ = std::max<int64_t>(8 << 20, live * 2);
}

}  // namespace gs
