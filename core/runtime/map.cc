// Map storage: insertion-ordered entries with an open-addressing index; value hashing.
#include "runtime/map.h"

#include <cmath>
#include <cstring>

namespace gs {

static uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

static uint64_t hash_bytes(const char* p, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ uint8_t(p[i])) * 1099511628211ULL;
  return h;
}

uint64_t hash_value(const RType* t, const Slot* v, bool& ok, const RType** bad) {
  switch (t->kind) {
    case Kind::String:
      return hash_bytes(static_cast<const char*>(v[0].p), size_t(v[1].i));
    case Kind::Float32:
    case Kind::Float64: {
      double f = v[0].f;
      if (f == 0) return 0;         // +0 and -0 are equal keys
      if (std::isnan(f)) return 1;  // NaN never equals itself: each insert adds an entry
      return mix(0, v[0].u);
    }
    case Kind::Interface: {
      auto* dt = static_cast<const RType*>(v[0].p);
      if (!dt) return 0;
      if (!dt->comparable) {
        ok = false;
        if (bad) *bad = dt;
        return 0;
      }
      const Slot* data = dt->slots == 1 ? &v[1] : static_cast<const Slot*>(v[1].p);
      return mix(uint64_t(uintptr_t(dt)), dt->slots == 0 ? 0 : hash_value(dt, data, ok, bad));
    }
    case Kind::Struct: {
      uint64_t h = 7;
      for (auto& f : t->fields) h = mix(h, hash_value(f.type, v + f.offset, ok, bad));
      return h;
    }
    case Kind::Array: {
      uint64_t h = 9;
      int w = t->elem->slots;
      for (int64_t i = 0; i < t->len; i++) h = mix(h, hash_value(t->elem, v + i * w, ok, bad));
      return h;
    }
    default:
      return mix(0, t->slots ? v[0].u : 0);
  }
}

bool equal_values(const RType* t, const Slot* a, const Slot* b, bool& ok, const RType** bad) {
  switch (t->kind) {
    case Kind::String:
      // Empty strings may have no pointer at all (memcmp must not see a null one).
      return a[1].i == b[1].i &&
             (a[1].i == 0 || a[0].p == b[0].p || memcmp(a[0].p, b[0].p, size_t(a[1].i)) == 0);
    case Kind::Float32:
    case Kind::Float64:
      return a[0].f == b[0].f;
    case Kind::Interface: {
      auto* ta = static_cast<const RType*>(a[0].p);
      auto* tb = static_cast<const RType*>(b[0].p);
      if (ta != tb) return false;
      if (!ta) return true;
      if (!ta->comparable) {
        ok = false;
        if (bad) *bad = ta;
        return false;
      }
      if (ta->slots == 0) return true;
      const Slot* da = ta->slots == 1 ? &a[1] : static_cast<const Slot*>(a[1].p);
      const Slot* db = ta->slots == 1 ? &b[1] : static_cast<const Slot*>(b[1].p);
      return equal_values(ta, da, db, ok, bad);
    }
    case Kind::Struct:
      for (auto& f : t->fields)
        if (!equal_values(f.type, a + f.offset, b + f.offset, ok, bad)) return false;
      return true;
    case Kind::Array: {
      int w = t->elem->slots;
      for (int64_t i = 0; i < t->len; i++)
        if (!equal_values(t->elem, a + i * w, b + i * w, ok, bad)) return false;
      return true;
    }
    default:
      return t->slots == 0 || a[0].u == b[0].u;
  }
}

MapObj::MapObj(RType* type) : type(type), kw(type->key->slots), vw(type->elem->slots) {}

int64_t MapObj::lookup(const Slot* k, uint64_t h, bool& ok, const RType** bad) const {
  if (index_.empty()) return -1;
  size_t mask = index_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    int64_t e = index_[i];
    if (e == -1) return -1;
    if (e >= 0 && hashes_[e] == h && alive_[e] &&
        equal_values(type->key, &slots_[size_t(e) * (kw + vw)], k, ok, bad))
      return e;
  }
}

void MapObj::rehash(size_t n) {
  // Compact dead entries, then rebuild the index with capacity for n live entries.
  if (dead_ > 0) {
    size_t w = size_t(kw + vw), out = 0;
    for (size_t i = 0; i < alive_.size(); i++) {
      if (!alive_[i]) continue;
      if (out != i) {
        std::memmove(&slots_[out * w], &slots_[i * w], w * sizeof(Slot));
        hashes_[out] = hashes_[i];
      }
      out++;
    }
    slots_.resize(out * w);
    hashes_.resize(out);
    alive_.assign(out, true);
    dead_ = 0;
  }
  size_t cap = 8;
  while (cap < n * 2) cap <<= 1;
  index_.assign(cap, -1);
  size_t mask = cap - 1;
  for (size_t e = 0; e < alive_.size(); e++) {
    size_t i = hashes_[e] & mask;
    while (index_[i] != -1) i = (i + 1) & mask;
    index_[i] = int64_t(e);
  }
}

Slot* MapObj::find(const Slot* k, bool& ok, const RType** bad) {
  uint64_t h = hash_value(type->key, k, ok, bad);
  if (!ok) return nullptr;
  int64_t e = lookup(k, h, ok, bad);
  return e < 0 ? nullptr : &slots_[size_t(e) * (kw + vw) + kw];
}

Slot* MapObj::insert(const Slot* k, bool& ok, const RType** bad) {
  uint64_t h = hash_value(type->key, k, ok, bad);
  if (!ok) return nullptr;
  int64_t e = lookup(k, h, ok, bad);
  if (e >= 0) {
    // The new key replaces an equal one, as Go's mapassign does for keys that can be equal
    // yet differ (+0 and -0); for other keys this copies the same bits.
    Slot* entry = &slots_[size_t(e) * (kw + vw)];
    std::memcpy(entry, k, size_t(kw) * sizeof(Slot));
    return entry + kw;
  }
  if (size_t(live_ + 1) * 2 > index_.size() || dead_ > alive_.size() / 2)
    rehash(size_t(live_ + 1) * 2);
  size_t w = size_t(kw + vw);
  size_t idx = alive_.size();
  slots_.resize((idx + 1) * w);
  std::memcpy(&slots_[idx * w], k, size_t(kw) * sizeof(Slot));
  std::memset(&slots_[idx * w + kw], 0, size_t(vw) * sizeof(Slot));
  hashes_.push_back(h);
  alive_.push_back(true);
  size_t mask = index_.size() - 1;
  size_t i = h & mask;
  while (index_[i] >= 0) i = (i + 1) & mask;
  index_[i] = int64_t(idx);
  live_++;
  return &slots_[idx * w + kw];
}

void MapObj::erase(const Slot* k, bool& ok, const RType** bad) {
  uint64_t h = hash_value(type->key, k, ok, bad);
  if (!ok || index_.empty()) return;
  size_t mask = index_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    int64_t e = index_[i];
    if (e == -1) return;
    if (e >= 0 && hashes_[e] == h && alive_[e] &&
        equal_values(type->key, &slots_[size_t(e) * (kw + vw)], k, ok, bad)) {
      alive_[e] = false;
      index_[i] = -2;  // tombstone keeps probe chains intact
      live_--;
      dead_++;
      return;
    }
  }
}

void MapObj::clear() {
  slots_.clear();
  hashes_.clear();
  alive_.clear();
  index_.clear();
  live_ = 0;
  dead_ = 0;
}

}  // namespace gs
