// sync natives: Mutex, RWMutex, WaitGroup and Cond keep their state in the Go struct's
// slots (so copying a sync value copies its state, as in Go) and their waiters in queues
// keyed by the struct's address. Unlock hands the lock directly to the first waiter.
#include "runtime/natives.h"

namespace gs {

namespace {
using S = NativeStatus;

Slot* recv(Slot* f, int i = 0) { return static_cast<Slot*>(f[i].p); }

std::deque<Goroutine*>& queue(Machine& m, void* key) { return m.sync_queues()[key]; }

Goroutine* pop(Machine& m, void* key) {
  auto it = m.sync_queues().find(key);
  if (it == m.sync_queues().end() || it->second.empty()) return nullptr;
  Goroutine* g = it->second.front();
  it->second.pop_front();
  if (it->second.empty()) m.sync_queues().erase(it);
  return g;
}

S block(Machine& m, Goroutine& g, void* key, WaitReason r) {
  queue(m, key).push_back(&g);
  g.wait_key = key;
  g.wait_object = m.object_id(key);
  m.park(g, r);
  return S::Blocked;
}

// Lock bookkeeping for the trace and the analyses: who holds which mutex, and where.
void acquired(Machine& m, Goroutine& g, const void* p, int mode) {
  m.race_acquire(g, p);
  if (mode == 0 && !g.frames.empty())
    m.lock_holders()[p] = {g.id, {g.frames.back().fn->file, m.frame_pos(g.frames.back(), true)}};
  m.emit_at(Ev::LockAcquire, &g, m.object_id(p), mode);
}

void released(Machine& m, Goroutine& g, const void* p, int mode) {
  m.race_release(g, p);
  if (mode == 0) m.lock_holders().erase(p);
  m.emit_at(Ev::LockRelease, &g, m.object_id(p), mode);
}

// A goroutine locking a mutex it already holds waits until another goroutine unlocks it:
// almost always a self-deadlock (e.g. a String method locking the caller's mutex).
void check_self_deadlock(Machine& m, Goroutine& g, const void* p) {
  auto it = m.lock_holders().find(p);
  if (it == m.lock_holders().end() || it->second.first != g.id || g.frames.empty()) return;
  auto site = [&](int file, uint32_t pos) {
    const SourceFile* sf =
        size_t(file) < m.prog.files.size() ? m.prog.files[size_t(file)] : nullptr;
    return sf ? sf->name() + ":" + std::to_string(sf->position(pos).line) : std::string("?");
  };
  Finding f;
  f.kind = Finding::Kind::SelfDeadlock;
  f.g = g.id;
  f.wait_file = g.frames.back().fn->file;
  f.wait_pos = m.frame_pos(g.frames.back(), true);
  f.other_file = it->second.second.first;
  f.other_pos = it->second.second.second;
  f.text = "goroutine " + std::to_string(g.id) + " locks a sync.Mutex at " +
           site(f.wait_file, f.wait_pos) + " that it already holds (locked at " +
           site(f.other_file, f.other_pos) + "): it waits for itself";
  m.report(std::move(f));
}

S nil_check(Machine& m, Goroutine& g, Slot* p) {
  m.runtime_panic(g, "invalid memory address or nil pointer dereference");
  (void)p;
  return m.finished() ? S::Exit : S::Unwinding;
}

// Mutex: slot 0 = locked.
S mutex_Lock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 1);  // a busy-wait's state (vm/spin.cc)
  if (p[0].i == 0) {
    p[0].i = 1;
    acquired(m, g, p, 0);
    return S::Done;
  }
  check_self_deadlock(m, g, p);
  return block(m, g, p, WaitReason::MutexLock);
}

S mutex_Unlock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 1);
  if (p[0].i == 0) {
    m.fatal("sync: unlock of unlocked mutex", false);
    return S::Exit;
  }
  released(m, g, p, 0);
  if (Goroutine* w = pop(m, p)) {
    m.ready(*w);  // ownership passes to w; stays locked
    acquired(m, *w, p, 0);
  } else {
    p[0].i = 0;
  }
  return S::Done;
}

S mutex_TryLock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f, 1);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 1);
  f[0].u = p[0].i == 0;
  if (p[0].i == 0) {
    p[0].i = 1;
    acquired(m, g, p, 0);
  }
  return S::Done;
}

// RWMutex: slot 0 = writer holds, 1 = active readers, 2 = waiting writers.
// Writers queue at the struct's address, readers at address + 1 slot.
S rw_Lock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 3);  // a busy-wait's state (vm/spin.cc)
  if (p[0].i == 0 && p[1].i == 0) {
    p[0].i = 1;
    m.race_acquire(g, p);
    return S::Done;
  }
  // Go's Lock takes the writers' mutex first, then waits for the readers: behind another
  // writer (holding or waiting), a goroutine waits in sync.Mutex.Lock.
  bool behind_writer = p[0].i != 0 || p[2].i != 0;
  p[2].i++;
  return block(m, g, p, behind_writer ? WaitReason::MutexLock : WaitReason::RWMutexLock);
}

S rw_Unlock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 3);
  if (p[0].i == 0) {
    m.fatal("sync: Unlock of unlocked RWMutex", false);
    return S::Exit;
  }
  p[0].i = 0;
  m.race_release(g, p);
  // Readers that arrived while the writer held the lock go first (as in Go).
  bool woke_reader = false;
  while (Goroutine* r = pop(m, p + 1)) {
    p[1].i++;
    m.ready(*r);
    m.race_acquire(*r, p);
    woke_reader = true;
  }
  if (!woke_reader)
    if (Goroutine* w = pop(m, p)) {
      p[2].i--;
      p[0].i = 1;
      m.ready(*w);
      m.race_acquire(*w, p);
    }
  return S::Done;
}

S rw_RLock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 3);
  // A pending writer blocks new readers (writer preference).
  if (p[0].i == 0 && p[2].i == 0) {
    p[1].i++;
    m.race_acquire(g, p);
    return S::Done;
  }
  return block(m, g, p + 1, WaitReason::RWMutexRLock);
}

S rw_RUnlock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 3);
  if (p[1].i <= 0) {
    m.fatal("sync: RUnlock of unlocked RWMutex", false);
    return S::Exit;
  }
  m.race_release(g, p);
  if (--p[1].i == 0)
    if (Goroutine* w = pop(m, p)) {
      p[2].i--;
      p[0].i = 1;
      m.ready(*w);
      m.race_acquire(*w, p);
    }
  return S::Done;
}

S rw_TryLock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f, 1);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 3);
  bool ok = p[0].i == 0 && p[1].i == 0;
  if (ok) p[0].i = 1;
  f[0].u = ok;
  return S::Done;
}

S rw_TryRLock(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f, 1);
  if (!p) return nil_check(m, g, p);
  m.spin_touch(p, 3);
  bool ok = p[0].i == 0 && p[2].i == 0;
  if (ok) p[1].i++;
  f[0].u = ok;
  return S::Done;
}

// WaitGroup: slot 0 = counter.
S wg_Add(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  p[0].i += f[1].i;
  m.emit_at(Ev::WaitGroupAdd, &g, m.object_id(p), f[1].i, p[0].i);
  if (p[0].i < 0) {
    m.string_panic(g, "sync: negative WaitGroup counter");
    return m.finished() ? S::Exit : S::Unwinding;
  }
  m.race_release(g, p);  // Done happens before the Wait it releases
  if (p[0].i == 0)
    while (Goroutine* w = pop(m, p)) {
      m.ready(*w);
      m.race_acquire(*w, p);
    }
  return S::Done;
}

S wg_Wait(Machine& m, Goroutine& g, Slot* f) {
  Slot* p = recv(f);
  if (!p) return nil_check(m, g, p);
  if (p[0].i == 0) {
    m.race_acquire(g, p);
    return S::Done;
  }
  return block(m, g, p, WaitReason::WaitGroupWait);
}

// Cond: slots 0-1 = L, 2 = tickets handed out, 3 = tickets notified.
S cond_add(Machine&, Goroutine&, Slot* f) {
  Slot* c = recv(f, 1);
  f[0].i = c[2].i++;
  return S::Done;
}

S cond_wait(Machine& m, Goroutine& g, Slot* f) {
  Slot* c = recv(f);
  int64_t t = f[1].i;
  if (t < c[3].i) {  // already signalled between Unlock and here
    m.race_acquire(g, c);
    return S::Done;
  }
  g.sync_ticket = t;
  return block(m, g, c, WaitReason::CondWait);
}

S cond_signal(Machine& m, Goroutine& self, Slot* f) {
  Slot* c = recv(f);
  m.race_release(self, c);
  if (c[3].i >= c[2].i) return S::Done;
  int64_t t = c[3].i++;
  auto it = m.sync_queues().find(c);
  if (it == m.sync_queues().end()) return S::Done;
  auto& q = it->second;
  for (auto w = q.begin(); w != q.end(); ++w)
    if ((*w)->sync_ticket == t) {
      Goroutine* g = *w;
      q.erase(w);
      m.ready(*g);
      m.race_acquire(*g, c);
      break;
    }
  if (q.empty()) m.sync_queues().erase(it);
  return S::Done;
}

S cond_broadcast(Machine& m, Goroutine& self, Slot* f) {
  Slot* c = recv(f);
  m.race_release(self, c);
  c[3].i = c[2].i;
  while (Goroutine* w = pop(m, c)) {
    m.ready(*w);
    m.race_acquire(*w, c);
  }
  return S::Done;
}

const NativeEntry kTable[] = {
    {"sync.(*Mutex).Lock", mutex_Lock, true},
    {"sync.(*Mutex).Unlock", mutex_Unlock, true},
    {"sync.(*Mutex).TryLock", mutex_TryLock, true},
    {"sync.(*RWMutex).Lock", rw_Lock, true},
    {"sync.(*RWMutex).Unlock", rw_Unlock, true},
    {"sync.(*RWMutex).RLock", rw_RLock, true},
    {"sync.(*RWMutex).RUnlock", rw_RUnlock, true},
    {"sync.(*RWMutex).TryLock", rw_TryLock, true},
    {"sync.(*RWMutex).TryRLock", rw_TryRLock, true},
    {"sync.(*WaitGroup).Add", wg_Add},
    {"sync.(*WaitGroup).Wait", wg_Wait},
    {"sync.condAdd", cond_add},
    {"sync.condWait", cond_wait},
    {"sync.condSignal", cond_signal},
    {"sync.condBroadcast", cond_broadcast},
};
}  // namespace

const NativeEntry* natives_sync(size_t* n) {
  *n = sizeof(kTable) / sizeof(kTable[0]);
  return kTable;
}

}  // namespace gs
