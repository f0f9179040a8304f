// Vector clocks and the access check.
#include "analysis/race.h"

namespace gs {

RaceDetector::VC& RaceDetector::vc(int64_t g) {
  if (size_t(g) >= vcs_.size()) vcs_.resize(size_t(g) + 1);
  VC& v = vcs_[size_t(g)];
  if (size_t(g) >= v.size()) v.resize(size_t(g) + 1);
  if (v[size_t(g)] == 0) v[size_t(g)] = 1;
  return v;
}

void RaceDetector::join(VC& into, const VC& from) {
  if (into.size() < from.size()) into.resize(from.size());
  for (size_t i = 0; i < from.size(); i++)
    if (from[i] > into[i]) into[i] = from[i];
}

void RaceDetector::fork(int64_t parent, int64_t child) {
  VC copy = vc(parent);
  VC& c = vc(child);
  join(c, copy);
  c[size_t(child)]++;
  vc(parent)[size_t(parent)]++;
}

void RaceDetector::release(int64_t g, const void* key) {
  VC& v = vc(g);
  join(sync_[key], v);
  v[size_t(g)]++;
}

void RaceDetector::acquire(int64_t g, const void* key) {
  auto it = sync_.find(key);
  if (it == sync_.end()) return;
  VC copy = it->second;  // vc(g) may resize vcs_
  join(vc(g), copy);
}

void RaceDetector::access(int64_t g, const void* addr, bool write, const FuncProto* fn,
                          uint32_t pos) {
  VC& v = vc(g);
  Shadow& s = shadow_[addr];
  Site now{g, v[size_t(g)], fn, pos};
  auto conflict = [&](const Site& prev, bool prev_write) {
    if (prev.g == 0 || prev.g == g || prev.clock <= at(v, prev.g)) return;  // ordered
    auto key = std::make_pair(std::make_pair(static_cast<const void*>(prev.fn), prev.pos),
                              std::make_pair(static_cast<const void*>(fn), pos));
    auto rkey = std::make_pair(key.second, key.first);
    if (reported_.count(key) || reported_.count(rkey)) return;
    reported_.insert(key);
    races_.push_back(Race{write, now, prev_write, prev, addr});
  };
  conflict(s.write, true);
  if (write) {
    for (const Site& r : s.reads) conflict(r, false);
    s.write = now;
    s.reads.clear();
  } else {
    for (Site& r : s.reads)
      if (r.g == g) {
        r = now;
        return;
      }
    s.reads.push_back(now);
  }
}

}  // namespace gs
