// Vector clocks and the access check.
#include "analysis/race.h"

#include <algorithm>

namespace gs {

uint32_t RaceDetector::VC::at(int64_t g) const {
  if (dense_) return size_t(g) < d_.size() ? d_[size_t(g)] : 0;
  auto it = std::lower_bound(e_.begin(), e_.end(), std::make_pair(g, uint32_t(0)));
  return it != e_.end() && it->first == g ? it->second : 0;
}

void RaceDetector::VC::raise(int64_t g, uint32_t c) {
  if (size_t(g) >= d_.size()) d_.resize(size_t(g) + 1 + d_.size() / 2);
  if (c > d_[size_t(g)]) d_[size_t(g)] = c;
}

// Dense pays off once the clock knows a good share of the goroutines up to its largest.
void RaceDetector::VC::maybe_densify() {
  if (dense_ || e_.size() < 64 || int64_t(e_.size()) * 8 < e_.back().first) return;
  dense_ = true;
  for (auto [g, c] : e_) raise(g, c);
  std::vector<std::pair<int64_t, uint32_t>>().swap(e_);
}

void RaceDetector::VC::tick(int64_t g) {
  if (dense_) {
    raise(g, at(g) + 1);
    return;
  }
  auto it = std::lower_bound(e_.begin(), e_.end(), std::make_pair(g, uint32_t(0)));
  if (it != e_.end() && it->first == g)
    it->second++;
  else
    e_.insert(it, {g, 1});
  maybe_densify();
}

void RaceDetector::VC::join(const VC& from) {
  if (!dense_ && from.dense_) {
    dense_ = true;
    for (auto [g, c] : e_) raise(g, c);
    std::vector<std::pair<int64_t, uint32_t>>().swap(e_);
  }
  if (dense_) {
    if (from.dense_) {
      if (from.d_.size() > d_.size()) d_.resize(from.d_.size());
      for (size_t i = 0; i < from.d_.size(); i++) d_[i] = std::max(d_[i], from.d_[i]);
    } else {
      for (auto [g, c] : from.e_) raise(g, c);
    }
    return;
  }
  // Both sparse: merge two sorted lists, keeping the larger clock of each goroutine.
  std::vector<std::pair<int64_t, uint32_t>> out;
  out.reserve(e_.size() + from.e_.size());
  auto a = e_.cbegin(), b = from.e_.cbegin();
  while (a != e_.cend() || b != from.e_.cend()) {
    if (b == from.e_.cend() || (a != e_.cend() && a->first < b->first)) {
      out.push_back(*a++);
    } else if (a == e_.cend() || b->first < a->first) {
      out.push_back(*b++);
    } else {
      out.push_back({a->first, std::max(a->second, b->second)});
      ++a, ++b;
    }
  }
  e_ = std::move(out);
  maybe_densify();
}

RaceDetector::VC& RaceDetector::vc(int64_t g) {
  VC& v = vcs_[g];
  if (v.at(g) == 0) v.tick(g);  // a goroutine's first epoch is 1
  return v;
}

void RaceDetector::fork(int64_t parent, int64_t child) {
  VC& p = vc(parent);
  VC& c = vc(child);
  c.join(p);
  c.tick(child);
  p.tick(parent);
}

void RaceDetector::release(int64_t g, const void* key) {
  VC& v = vc(g);
  sync_[key].join(v);
  v.tick(g);
}

void RaceDetector::acquire(int64_t g, const void* key) {
  auto it = sync_.find(key);
  if (it == sync_.end()) return;
  vc(g).join(it->second);
}

void RaceDetector::access(int64_t g, const void* addr, bool write, const FuncProto* fn,
                          uint32_t pos) {
  VC& v = vc(g);
  Shadow& s = shadow_[addr];
  Site now{g, v.at(g), fn, pos};
  auto conflict = [&](const Site& prev, bool prev_write) {
    if (prev.g == 0 || prev.g == g || prev.clock <= v.at(prev.g)) return;  // ordered
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
    s.readers.reset();
    return;
  }
  if (s.readers) {
    auto [it, added] = s.readers->try_emplace(g, s.reads.size());
    if (added)
      s.reads.push_back(now);
    else
      s.reads[it->second] = now;
    return;
  }
  for (Site& r : s.reads)
    if (r.g == g) {
      r = now;
      return;
    }
  s.reads.push_back(now);
  if (s.reads.size() > 16) {
    s.readers = std::make_unique<std::unordered_map<int64_t, size_t>>();
    for (size_t i = 0; i < s.reads.size(); i++) (*s.readers)[s.reads[i].g] = i;
  }
}

}  // namespace gs
