// Timers on the virtual clock: time.Sleep, timer and ticker channels, AfterFunc. The
// scheduler fires a timer when a P's clock passes it, or jumps to it when all goroutines wait.
#include "vm/machine.h"

namespace gs {

int64_t Machine::add_timer(int64_t when, int64_t period, Goroutine* sleeper, Chan* ch,
                           Closure* fn) {
  Timer t;
  t.when = when;
  t.seq = timer_seq_++;
  t.period = period;
  t.sleeper = sleeper;
  t.chan = ch;
  if (ch) ch->timer = true;
  t.func = fn;
  t.id = next_timer_id_++;
  t.creator = current_ ? current_->id : 0;
  auto key = std::make_pair(when, t.seq);
  timers_.emplace(key, t);
  timer_index_[t.id] = key;
  if (trace_.enabled) emit_at(Ev::TimerSet, current_, t.id, when - start_ns_);
  return t.id;
}

// Drops the value a fired timer left in its channel; true if there was one: for Stop and
// Reset that timer had not really expired yet (Go 1.23+ reports it as stopped).
// A ticker parked on that value stays stopped (Reset arms it itself).
static bool drop_fired_value(Chan* c) {
  if (!c || c->count == 0) return false;
  c->buf.clear();
  c->count = 0;
  c->parked_ticker = 0;
  return true;
}

// when + period without overflow: a tick past the end of time never comes.
static int64_t tick_after(int64_t when, int64_t period, int64_t periods) {
  int64_t step, next;
  if (__builtin_mul_overflow(period, periods, &step) || __builtin_add_overflow(when, step, &next))
    return INT64_MAX;
  return next;
}

bool Machine::stop_timer(int64_t id) {
  auto it = timer_index_.find(id);
  if (it == timer_index_.end()) {
    auto old = stopped_timers_.find(id);
    return old != stopped_timers_.end() && drop_fired_value(old->second.chan);
  }
  Timer& t = timers_[it->second];
  drop_fired_value(t.chan);  // a ticker's tick not received yet
  stopped_timers_[id] = t;
  timers_.erase(it->second);
  timer_index_.erase(it);
  return true;
}

bool Machine::reset_timer(int64_t id, int64_t when, int64_t period) {
  // The timer keeps its identity but gets a new position in time order.
  auto it = timer_index_.find(id);
  bool was_active = it != timer_index_.end();
  Timer t;
  if (was_active) {
    t = timers_[it->second];
    timers_.erase(it->second);
  } else {
    auto old = stopped_timers_.find(id);
    if (old == stopped_timers_.end()) return false;
    t = old->second;
  }
  if (drop_fired_value(t.chan)) was_active = true;
  t.period = period;
  arm(t, when);
  return was_active;
}

void Machine::arm(Timer t, int64_t when) {
  t.when = when;
  t.seq = timer_seq_++;
  auto key = std::make_pair(when, t.seq);
  timers_.emplace(key, t);
  timer_index_[t.id] = key;
}

void Machine::wake_parked_ticker(Chan* c) {
  auto it = stopped_timers_.find(c->parked_ticker);
  c->parked_ticker = 0;
  if (it == stopped_timers_.end()) return;
  // The next tick is the first of its phase after now: the ones in between were dropped.
  // A P a little behind the one that fired the tick may receive it "before" its time.
  const Timer& t = it->second;
  arm(t, tick_after(t.when, t.period, 1 + std::max<int64_t>(0, now() - t.when) / t.period));
}

void Machine::fire_timers(int64_t upto) {
  while (!timers_.empty() && timers_.begin()->first.first <= upto) {
    Timer t = timers_.begin()->second;
    timers_.erase(timers_.begin());
    timer_index_.erase(t.id);
    stopped_timers_[t.id] = t;
    // What the timer does happens at its own time, whatever P noticed it; the goroutines it
    // wakes start a little later.
    int64_t at = t.when;
    set_clock(at);
    wake_delay_ = kTimerLatencyNs;
    emit(Ev::TimerFire, 0, -1, 0, t.id);
    if (t.sleeper) {
      ready(*t.sleeper);
    } else if (t.chan && t.period > 0 && t.chan->count > 0) {
      t.chan->parked_ticker = t.id;  // the last tick is still there: this one is dropped
    } else if (t.chan) {
      // A timer channel has a buffer of one: the send never blocks (ticks are dropped).
      // The value is time.Now() as Go sends it: time.Time{sec since year 1, nsec, mono}
      // (core/stdlib/time.go), so it carries a monotonic reading.
      // Timer channels are made only by time.go, with element type Time (3 slots).
      Slot v[3];
      v[0].i = at / 1000000000 + 62135596800LL;
      v[1].i = at % 1000000000;
      v[2].u = 1;
      // A ticker goes on (its tick waits in the channel: not reset_timer, which drops it).
      if (t.period > 0) arm(t, tick_after(t.when, t.period, 1));
      chan_send_nonblocking(t.chan, v);
    } else if (t.func) {
      spawn_creator_ = t.creator;  // AfterFunc's function happens after AfterFunc was called
      spawn(t.func, nullptr, 0, 0, nullptr);
      spawn_creator_ = 0;
    }
    wake_delay_ = 0;
  }
}

}  // namespace gs
