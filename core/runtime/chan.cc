// Channel operations and select, as in Go's runtime/chan.go and select.go.
//
// Invariants:
//  - recvq non-empty implies the buffer is empty; sendq non-empty implies it is full.
//  - A waiter of a select is removed from every queue when one of its cases completes.
//  - The waker completes the operation (copies the value into the waiter's stack, sets ok
//    and the chosen case) before making the waiter runnable.
#include <cstring>

#include "analysis/race.h"
#include "vm/machine.h"

namespace gs {

namespace {
void dequeue_select(SelectWait* sel) {
  for (Chan* c : sel->chans) {
    for (auto* q : {&c->recvq, &c->sendq}) {
      for (auto it = q->begin(); it != q->end();) {
        if (it->sel == sel)
          it = q->erase(it);
        else
          ++it;
      }
    }
  }
}

// Marks a waiter's operation as completed by the caller.
void complete(Waiter& w) {
  if (!w.sel) return;
  w.sel->done = true;
  w.g->stack[w.g->select_result].i = w.select_case;
  dequeue_select(w.sel);
}

bool pop_waiter(std::deque<Waiter>& q, Waiter& out) {
  if (q.empty()) return false;
  out = q.front();
  q.pop_front();
  return true;
}
}  // namespace

// Trace events for a value leaving sender s and (possibly later) reaching receiver r.
// Happens-before for the race detector, per the Go memory model: the send of message m
// happens before its receive; for a buffered channel of capacity C the receive of message
// m happens before the completion of send m + C (the next use of its buffer slot); for
// an unbuffered channel the receive happens before the matching send completes; a close
// happens before a receive that observes it. Keys are synthetic addresses per channel.
static const void* chan_key(const Chan* c, uint64_t kind, uint64_t index) {
  return reinterpret_cast<const void*>(uintptr_t((uint64_t(1) << 63) | (uint64_t(c->id) << 32) |
                                                 (kind << 30) | (index & 0x3fffffff)));
}
enum : uint64_t { kMsgKey = 0, kSlotKey = 1, kAckKey = 2, kCloseKey = 3 };

void Machine::race_chan_send(Goroutine& s, Chan* c) {
  int64_t m = c->sent;
  if (c->cap > 0) race_acquire(s, chan_key(c, kSlotKey, uint64_t(m % c->cap)));
  race_release(s, chan_key(c, kMsgKey, uint64_t(m)));
}

void Machine::race_chan_recv(Goroutine& r, Chan* c) {
  int64_t m = c->received;
  race_acquire(r, chan_key(c, kMsgKey, uint64_t(m)));
  race_->drop(chan_key(c, kMsgKey, uint64_t(m)));
  if (c->cap > 0) race_release(r, chan_key(c, kSlotKey, uint64_t(m % c->cap)));
}

void Machine::race_chan_closed_recv(Goroutine& r, Chan* c) {
  race_acquire(r, chan_key(c, kCloseKey, 0));
}

void Machine::race_chan_close(Goroutine& g, Chan* c) { race_release(g, chan_key(c, kCloseKey, 0)); }

// A direct hand-off between a sender and a waiting receiver (or the reverse).
void Machine::race_handoff(Goroutine& s, Goroutine& r, Chan* c) {
  int64_t m = c->sent;
  race_chan_send(s, c);
  race_chan_recv(r, c);
  if (c->cap == 0) {
    race_release(r, chan_key(c, kAckKey, uint64_t(m)));
    race_acquire(s, chan_key(c, kAckKey, uint64_t(m)));
    race_->drop(chan_key(c, kAckKey, uint64_t(m)));
  }
}

void Machine::trace_send(Goroutine& s, Chan* c) {
  int64_t msg = c->sent++;
  if (trace_.enabled) emit_at(Ev::ChanSend, &s, c->id, msg, c->count);
}

void Machine::trace_recv(Goroutine& r, Chan* c, bool closed) {
  int64_t msg = closed ? -1 : c->received++;
  if (trace_.enabled) emit_at(Ev::ChanRecv, &r, c->id, msg, c->count);
}

bool Machine::chan_send(Goroutine& g, Chan* c, uint32_t val_off) {
  changed();
  work_ += kChanOpCost;
  if (!c) {
    park(g, WaitReason::ChanSendNil);  // blocks forever
    return false;
  }
  int w = c->width;
  Waiter r;
  if (pop_waiter(c->recvq, r)) {
    Goroutine& rg = *r.g;
    if (w) std::memcpy(&rg.stack[r.val], &g.stack[val_off], sizeof(Slot) * size_t(w));
    if (r.ok >= 0) rg.stack[size_t(r.ok)].u = 1;
    if (race_) race_handoff(g, rg, c);
    trace_send(g, c);
    trace_recv(rg, c, false);
    complete(r);
    ready(rg);
    return true;
  }
  if (c->count < c->cap) {
    c->buf.insert(c->buf.end(), &g.stack[val_off], &g.stack[val_off] + w);
    c->count++;
    if (race_) race_chan_send(g, c);
    trace_send(g, c);
    return true;
  }
  c->sendq.push_back(Waiter{&g, val_off});
  g.wait_object = c->id;
  park(g, WaitReason::ChanSend);
  return false;
}

void Machine::chan_send_nonblocking(Chan* c, const Slot* v) {
  changed();
  Waiter r;
  if (pop_waiter(c->recvq, r)) {
    Goroutine& rg = *r.g;
    if (c->width) std::memcpy(&rg.stack[r.val], v, sizeof(Slot) * size_t(c->width));
    if (r.ok >= 0) rg.stack[size_t(r.ok)].u = 1;
    c->sent++;
    trace_recv(rg, c, false);
    complete(r);
    ready(rg);
    return;
  }
  if (c->count < c->cap) {
    c->buf.insert(c->buf.end(), v, v + c->width);
    c->count++;
    c->sent++;
  }
}

bool Machine::chan_recv(Goroutine& g, Chan* c, uint32_t dst_off, int32_t ok_off) {
  changed();
  work_ += kChanOpCost;
  if (!c) {
    park(g, WaitReason::ChanRecvNil);  // blocks forever
    return false;
  }
  int w = c->width;
  Slot* dst = &g.stack[dst_off];
  Waiter s;
  if (pop_waiter(c->sendq, s)) {
    Goroutine& sg = *s.g;
    if (c->cap == 0) {
      if (w) std::memcpy(dst, &sg.stack[s.val], sizeof(Slot) * size_t(w));
      if (race_) race_handoff(sg, g, c);
      trace_send(sg, c);
      trace_recv(g, c, false);
    } else {
      // Full buffer: take the head, the sender's value goes to the tail.
      for (int i = 0; i < w; i++) dst[i] = c->buf[size_t(i)];
      c->buf.erase(c->buf.begin(), c->buf.begin() + w);
      if (race_) race_chan_recv(g, c);
      trace_recv(g, c, false);
      c->buf.insert(c->buf.end(), &sg.stack[s.val], &sg.stack[s.val] + w);
      if (race_) race_chan_send(sg, c);
      trace_send(sg, c);
    }
    if (ok_off >= 0) g.stack[size_t(ok_off)].u = 1;
    complete(s);
    ready(sg);
    return true;
  }
  if (c->count > 0) {
    for (int i = 0; i < w; i++) dst[i] = c->buf[size_t(i)];
    c->buf.erase(c->buf.begin(), c->buf.begin() + w);
    c->count--;
    if (c->parked_ticker) wake_parked_ticker(c);
    if (race_) race_chan_recv(g, c);
    trace_recv(g, c, false);
    if (ok_off >= 0) g.stack[size_t(ok_off)].u = 1;
    return true;
  }
  if (c->closed) {
    if (w) std::memset(dst, 0, sizeof(Slot) * size_t(w));
    if (ok_off >= 0) g.stack[size_t(ok_off)].u = 0;
    if (race_) race_chan_closed_recv(g, c);
    trace_recv(g, c, true);
    return true;
  }
  c->recvq.push_back(Waiter{&g, dst_off, ok_off});
  g.wait_object = c->id;
  park(g, WaitReason::ChanRecv);
  return false;
}

void Machine::chan_close(Goroutine& g, Chan* c) {
  changed();
  work_ += kChanOpCost;
  c->closed = true;
  if (race_) race_chan_close(g, c);
  if (trace_.enabled) emit_at(Ev::ChanClose, &g, c->id);
  Waiter w;
  while (pop_waiter(c->recvq, w)) {
    Goroutine& rg = *w.g;
    if (c->width) std::memset(&rg.stack[w.val], 0, sizeof(Slot) * size_t(c->width));
    if (w.ok >= 0) rg.stack[size_t(w.ok)].u = 0;
    if (race_) race_chan_closed_recv(rg, c);
    trace_recv(rg, c, true);
    complete(w);
    ready(rg);
  }
  while (pop_waiter(c->sendq, w)) {
    // The sender panics with "send on closed channel" when it runs again.
    w.g->wake_closed_send = true;
    complete(w);
    ready(*w.g);
  }
}

bool Machine::select(Goroutine& g, const SelectDesc& d, uint32_t base, int64_t* chosen) {
  size_t n = d.cases.size();
  if (n == 0 && !d.has_default) {
    park(g, WaitReason::SelectNoCases);
    return false;
  }
  std::vector<size_t> ready_cases;
  for (size_t i = 0; i < n; i++) {
    const SelectCase& cs = d.cases[i];
    auto* c = static_cast<Chan*>(g.stack[base + uint32_t(cs.chan)].p);
    if (!c) continue;
    bool ok = cs.send ? (c->closed || !c->recvq.empty() || c->count < c->cap)
                      : (!c->sendq.empty() || c->count > 0 || c->closed);
    if (ok) ready_cases.push_back(i);
  }
  if (!ready_cases.empty()) {
    // Uniformly random among the ready cases, as Go's select.
    size_t k = ready_cases[size_t(decisions_.choose(ready_cases.size()))];
    const SelectCase& cs = d.cases[k];
    auto* c = static_cast<Chan*>(g.stack[base + uint32_t(cs.chan)].p);
    *chosen = int64_t(k);
    if (cs.send) {
      if (c->closed) {
        *chosen = -2;
        runtime_panic(g, "send on closed channel", RuntimeError::Plain);
        return true;
      }
      chan_send(g, c, base + uint32_t(cs.value));
    } else {
      chan_recv(g, c, base + uint32_t(cs.value), cs.ok >= 0 ? int32_t(base) + cs.ok : -1);
    }
    return true;
  }
  if (d.has_default) {
    *chosen = int64_t(n);
    return true;
  }
  g.select_wait = std::make_unique<SelectWait>();
  SelectWait* sel = g.select_wait.get();
  sel->g = &g;
  for (size_t i = 0; i < n; i++) {
    const SelectCase& cs = d.cases[i];
    auto* c = static_cast<Chan*>(g.stack[base + uint32_t(cs.chan)].p);
    if (!c) continue;
    Waiter w{&g, base + uint32_t(cs.value), cs.ok >= 0 ? int32_t(base) + cs.ok : -1, sel, int(i)};
    (cs.send ? c->sendq : c->recvq).push_back(w);
    sel->chans.push_back(c);
  }
  g.wait_object = sel->chans.empty() ? 0 : sel->chans[0]->id;
  park(g, WaitReason::Select);
  // go_block names one channel; the UI needs all (which goroutines wait on a ctx.Done()).
  if (trace_.enabled)
    for (const Chan* c : sel->chans) emit(Ev::SelectWait, g.id, g.wait_file, g.wait_pos, c->id);
  return false;
}

}  // namespace gs
