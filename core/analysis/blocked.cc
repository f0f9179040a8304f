// Blocked-forever analysis: which waiting goroutines can never be woken.
//
// Pass 1 marks, conservatively and transitively (like the garbage collector), everything
// reachable from what can still run: runnable goroutines, sleeping goroutines and timers
// (they will fire), and globals. Pass 2 repeats: a waiting goroutine whose channel or
// sync object is marked may be woken, so its stack becomes a root too. Goroutines left
// waiting on unmarked objects (or on nil channels, or in select {}) are blocked forever.
// Go's runtime only reports the whole-program deadlock, and never while a timer is pending.
#include <algorithm>
#include <unordered_set>

#include "vm/machine.h"

namespace gs {

namespace {
std::string site(const Machine& m, int file, uint32_t pos) {
  const SourceFile* sf =
      file >= 0 && size_t(file) < m.prog.files.size() ? m.prog.files[size_t(file)] : nullptr;
  return sf ? sf->name() + ":" + std::to_string(sf->position(pos).line) : std::string("?");
}
}  // namespace

std::string Machine::explain_wait(const Goroutine& g, bool forever) const {
  std::string who = "goroutine " + std::to_string(g.id);
  std::string at = site(*this, g.wait_file, g.wait_pos);
  auto chan_made = [&](int64_t id) -> std::string {
    for (auto& c : chans_)
      if (c->id == id) return " (made at " + site(*this, c->file, c->pos) + ")";
    return "";
  };
  switch (g.reason) {
    case WaitReason::ChanSend:
      return who + " is blocked at " + at + " sending on a channel" + chan_made(g.wait_object) +
             (forever ? " that no goroutine which can still run can receive from" : "");
    case WaitReason::ChanRecv:
      return who + " is blocked at " + at + " receiving from a channel" + chan_made(g.wait_object) +
             (forever ? " that no goroutine which can still run can send on or close" : "");
    case WaitReason::ChanSendNil:
    case WaitReason::ChanRecvNil:
      return who + " is blocked at " + at + " on a nil channel: it can never proceed";
    case WaitReason::SelectNoCases:
      return who + " is blocked at " + at + " in select {}: it can never proceed";
    case WaitReason::Select:
      return who + " is blocked at " + at + " in a select" +
             (forever ? " whose channels no goroutine which can still run can use" : "");
    case WaitReason::MutexLock: {
      auto it = lock_holders_.find(g.wait_key);
      std::string holder;
      if (it != lock_holders_.end())
        holder = it->second.first == g.id
                     ? " that it locked itself at " +
                           site(*this, it->second.second.first, it->second.second.second)
                     : " locked by goroutine " + std::to_string(it->second.first) + " at " +
                           site(*this, it->second.second.first, it->second.second.second);
      return who + " is blocked at " + at + " locking a sync.Mutex" + holder +
             (forever ? "; no goroutine which can still run will unlock it" : "");
    }
    case WaitReason::WaitGroupWait:
      return who + " is blocked at " + at + " in sync.WaitGroup.Wait" +
             (forever ? "; no goroutine which can still run will call Done" : "");
    default:
      return who + " is blocked at " + at + " (" + wait_reason_text(g.reason) + ")" +
             (forever ? " and nothing can wake it" : "");
  }
}

void Machine::check_blocked_forever() {
  std::sort(allocations_.begin(), allocations_.end(),
            [](const Cell& a, const Cell& b) { return a.p < b.p; });
  std::vector<bool> marked(allocations_.size());
  std::unordered_set<const Chan*> chans_marked;
  std::unordered_set<const MapObj*> maps_marked;
  std::unordered_set<uint64_t> chan_addrs, map_addrs;
  for (auto& c : chans_) chan_addrs.insert(uint64_t(uintptr_t(c.get())));
  for (auto& mp : maps_) map_addrs.insert(uint64_t(uintptr_t(mp.get())));
  std::vector<size_t> work;
  std::vector<const Chan*> chan_work;
  std::vector<const MapObj*> map_work;
  auto find = [&](uint64_t w) -> int64_t {
    auto it =
        std::upper_bound(allocations_.begin(), allocations_.end(), w,
                         [](uint64_t v, const Cell& c) { return v < uint64_t(uintptr_t(c.p)); });
    if (it == allocations_.begin()) return -1;
    --it;
    return w <= uint64_t(uintptr_t(it->p)) + it->bytes ? int64_t(it - allocations_.begin()) : -1;
  };
  auto mark_word = [&](uint64_t w) {
    if (w < 4096) return;
    if (chan_addrs.count(w)) {
      auto* c = reinterpret_cast<const Chan*>(uintptr_t(w));
      if (chans_marked.insert(c).second) chan_work.push_back(c);
      return;
    }
    if (map_addrs.count(w)) {
      auto* mp = reinterpret_cast<const MapObj*>(uintptr_t(w));
      if (maps_marked.insert(mp).second) map_work.push_back(mp);
      return;
    }
    int64_t i = find(w);
    if (i >= 0 && !marked[size_t(i)]) {
      marked[size_t(i)] = true;
      work.push_back(size_t(i));
    }
  };
  auto scan = [&](const Slot* s, size_t n) {
    for (size_t i = 0; i < n; i++) mark_word(s[i].u);
  };
  auto scan_goroutine = [&](const Goroutine& g) {
    // Only the live part of the stack: the frames' areas.
    size_t top = 0;
    for (const Frame& f : g.frames) top = std::max(top, size_t(f.base) + size_t(f.fn->frame_slots));
    scan(g.stack.data(), std::min(top, g.stack.size()));
    for (const Frame& f : g.frames) mark_word(uint64_t(uintptr_t(f.closure)));
    for (const DeferRec& d : g.defers) {
      mark_word(uint64_t(uintptr_t(d.fn)));
      scan(d.args.data(), d.args.size());
    }
  };
  auto drain = [&]() {
    while (!work.empty() || !chan_work.empty() || !map_work.empty()) {
      if (!work.empty()) {
        size_t i = work.back();
        work.pop_back();
        scan(reinterpret_cast<const Slot*>(allocations_[i].p),
             allocations_[i].bytes / sizeof(Slot));
      } else if (!chan_work.empty()) {
        const Chan* c = chan_work.back();
        chan_work.pop_back();
        for (const Slot& s : c->buf) mark_word(s.u);
      } else {
        const MapObj* mp = map_work.back();
        map_work.pop_back();
        for (size_t i = 0; i < mp->entry_count(); i++)
          if (mp->entry_alive(i)) scan(mp->entry(i), size_t(mp->kw + mp->vw));
      }
    }
  };
  auto reachable_key = [&](const void* key) {
    if (!key) return false;
    uint64_t w = uint64_t(uintptr_t(key));
    if (globals_ && w >= uint64_t(uintptr_t(globals_)) &&
        w < uint64_t(uintptr_t(globals_ + prog.global_slots)))
      return true;
    int64_t i = find(w);
    return i >= 0 && marked[size_t(i)];
  };
  // Roots: globals, what can run, what timers will wake or use.
  mark_word(uint64_t(uintptr_t(globals_)));
  std::vector<Goroutine*> waiting;
  std::unordered_set<const Goroutine*> timer_woken;
  for (auto& [k, t] : timers_) {
    if (t.sleeper) timer_woken.insert(t.sleeper);
    if (t.chan) mark_word(uint64_t(uintptr_t(t.chan)));
    mark_word(uint64_t(uintptr_t(t.func)));
  }
  for (auto& g : all_) {
    if (g->state == GState::Dead) continue;
    if (g->state == GState::Waiting && !timer_woken.count(g.get()))
      waiting.push_back(g.get());
    else
      scan_goroutine(*g);
  }
  drain();
  // Waiting goroutines whose objects are reachable may be woken: their stacks are roots.
  bool changed = true;
  std::unordered_set<const Goroutine*> wakeable;
  while (changed) {
    changed = false;
    for (Goroutine* g : waiting) {
      if (wakeable.count(g)) continue;
      bool can_wake = false;
      switch (g->reason) {
        case WaitReason::ChanSend:
        case WaitReason::ChanRecv:
          for (auto& c : chans_)
            if (c->id == g->wait_object) can_wake = chans_marked.count(c.get()) > 0;
          break;
        case WaitReason::Select:
          if (g->select_wait)
            for (Chan* c : g->select_wait->chans) can_wake |= chans_marked.count(c) > 0;
          break;
        case WaitReason::ChanSendNil:
        case WaitReason::ChanRecvNil:
        case WaitReason::SelectNoCases:
          break;
        default:
          can_wake = reachable_key(g->wait_key);
          break;
      }
      if (can_wake) {
        wakeable.insert(g);
        scan_goroutine(*g);
        drain();
        changed = true;
      }
    }
  }
  for (Goroutine* g : waiting) {
    if (wakeable.count(g) || g->reported_blocked) continue;
    g->reported_blocked = true;
    std::string why = explain_wait(*g, true);
    emit(Ev::GoBlockedForever, g->id, g->wait_file, g->wait_pos, int64_t(g->reason), g->wait_object,
         0, why);
    Finding f;
    f.kind = Finding::Kind::BlockedForever;
    f.g = g->id;
    f.create_file = g->create_file;
    f.create_pos = g->create_pos;
    f.wait_file = g->wait_file;
    f.wait_pos = g->wait_pos;
    f.text = "blocked forever: " + why;
    report(std::move(f));
  }
}

void Machine::report_leaks() {
  // Leaks are the goroutines blocked at exit, and those that never even started. One that
  // was woken and is about to finish is not reported (goleak too waits for those).
  std::vector<const Goroutine*> leaked;
  for (auto& g : all_) {
    if (g.get() == main_ || g->state == GState::Dead) continue;
    bool never_ran = g->frames.size() == 1 && g->frames[0].pc == 0;
    if (g->state == GState::Waiting || never_ran) leaked.push_back(g.get());
  }
  if (leaked.empty()) return;
  leaks_ = int(leaked.size());
  for (const Goroutine* g : leaked) {
    std::string top = "?";
    for (size_t i = g->frames.size(); i-- > 0;)
      if (!g->frames[i].fn->wrapper) {
        top = g->frames[i].fn->name;
        break;
      }
    std::string state = g->state == GState::Waiting ? wait_reason_text(g->reason) : "runnable";
    std::string msg = "leaked goroutine " + std::to_string(g->id) + " [" + state;
    if (g->state == GState::Waiting) {
      {
        int64_t ms = (now() - g->wait_since) / 1000000;
        msg += ", blocked for " + std::to_string(ms) + "ms";
      }
    }
    msg += "] with " + top + " on top of the stack:\n" + traceback(*g);
    if (g->creator_stack.size() > 1) {
      msg += "creator's stack:\n";
      for (auto& [fn, pos] : g->creator_stack)
        msg += "  " + frame_call(fn) + "\n\t" + site(*this, fn->file, pos) + "\n";
    }
    if (g->state == GState::Waiting) msg += explain_wait(*g, false) + "\n";
    emit(Ev::GoLeaked, g->id, g->wait_file, g->wait_pos, int64_t(g->reason), g->wait_object, 0,
         msg);
    Finding f;
    f.kind = Finding::Kind::Leak;
    f.g = g->id;
    f.create_file = g->create_file;
    f.create_pos = g->create_pos;
    f.wait_file = g->wait_file;
    f.wait_pos = g->wait_pos;
    f.text = msg;
    report(std::move(f));
  }
}

}  // namespace gs
