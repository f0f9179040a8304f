// Go maps: keys and values are slot vectors hashed and compared by run-time type.
// Iteration works on a snapshot of keys taken at the start (entries deleted meanwhile are
// skipped, as the spec allows; entries added meanwhile may or may not be seen).
#pragma once
#include <cstdint>
#include <vector>

#include "vm/program.h"

namespace gs {

class Machine;

// Hash and equality of values by run-time type. `ok` turns false when a dynamic type
// is not comparable (Go panics: "hash of unhashable type T").
uint64_t hash_value(const RType* t, const Slot* v, bool& ok, const RType** bad);
bool equal_values(const RType* t, const Slot* a, const Slot* b, bool& ok, const RType** bad);

class MapObj {
 public:
  MapObj(RType* type);
  RType* type;         // the map type (key in type->key, value in type->elem)
  uint64_t vaddr = 0;  // Machine::address_of
  int kw, vw;
  int64_t len() const { return live_; }
  // Returns the value slots of key k, or nullptr. ok=false on an unhashable key.
  Slot* find(const Slot* k, bool& ok, const RType** bad);
  // Returns the value slots for k, inserting a zero value if absent.
  Slot* insert(const Slot* k, bool& ok, const RType** bad);
  void erase(const Slot* k, bool& ok, const RType** bad);
  void clear();
  // Entry storage: entry i holds key then value slots; dead entries are skipped.
  // Entries move when the map compacts, so iterators keep key snapshots, not indices.
  size_t entry_count() const { return alive_.size(); }
  bool entry_alive(size_t i) const { return alive_[i]; }
  const Slot* entry(size_t i) const { return &slots_[i * (kw + vw)]; }

 private:
  int64_t lookup(const Slot* k, uint64_t h, bool& ok, const RType** bad) const;
  void rehash(size_t n);
  std::vector<Slot> slots_;       // entries: key then value
  std::vector<uint64_t> hashes_;  // per entry
  std::vector<bool> alive_;
  std::vector<int64_t> index_;  // open addressing: entry index or -1
  int64_t live_ = 0;
  size_t dead_ = 0;
};

// An in-progress range over a map: a snapshot of keys in an order drawn from the
// decision source.
struct MapIter {
  MapObj* m;
  std::vector<Slot> keys;  // snapshot, kw slots each
  size_t pos = 0;
  size_t n = 0;
};

}  // namespace gs
