// Data race detection by happens-before: vector clocks per goroutine and sync object,
// last-access shadows per memory slot (FastTrack-style write epoch + read set). Sync edges:
// goroutine creation, channel send/receive/close, mutex and RWMutex, WaitGroup, Cond,
// sync/atomic operations (which are never reported themselves).
//
// Invariant: a clock holds entries only for goroutines whose events it has seen (itself,
// its creator chain and what it synchronized with), sorted by goroutine; a missing entry
// is 0. So clocks stay short however many goroutines a program starts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace gs {

struct FuncProto;

class RaceDetector {
 public:
  struct Site {
    int64_t g = 0;
    uint32_t clock = 0;
    const FuncProto* fn = nullptr;
    uint32_t pos = 0;
  };
  struct Race {
    bool write;  // the current access
    Site now;
    bool prev_write;
    Site prev;
    const void* addr;
  };

  // The address a report prints for addr: numbered in order of first report (like Go's
  // 0xc000... heap addresses), so reports are the same in every run of one seed, native
  // and wasm, whatever the host allocator does.
  uint64_t report_address(const void* addr) {
    auto it = report_addrs_.emplace(addr, report_addrs_.size()).first;
    return 0xc000010000ULL + 8 * it->second;
  }

  void fork(int64_t parent, int64_t child);
  // A goroutine ended: its clock already flowed into every sync object it released.
  void exit(int64_t g) { vcs_.erase(g); }
  void release(int64_t g, const void* key);  // g's clock flows into the sync object
  void acquire(int64_t g, const void* key);  // the sync object's clock flows into g
  void drop(const void* key) { sync_.erase(key); }
  // Checks an access; appends to races() when it conflicts with an unordered one.
  void access(int64_t g, const void* addr, bool write, const FuncProto* fn, uint32_t pos);
  // Forget shadows of memory that was freed (the address may be reused).
  template <class Alive>
  void forget_if(Alive alive) {
    for (auto it = shadow_.begin(); it != shadow_.end();) {
      if (!alive(it->first))
        it = shadow_.erase(it);
      else
        ++it;
    }
  }
  std::vector<Race>& races() { return races_; }

 private:
  // A vector clock: sparse (sorted (goroutine, clock) pairs) while it knows few goroutines,
  // dense (indexed by goroutine) once it knows many of them, e.g. a WaitGroup that every
  // worker released. Joining a small clock into a dense one costs the small one's size.
  class VC {
   public:
    uint32_t at(int64_t g) const;
    void tick(int64_t g);       // g's own clock advances
    void join(const VC& from);  // pointwise maximum
   private:
    void raise(int64_t g, uint32_t c);  // dense only: d_[g] = max(d_[g], c)
    void maybe_densify();
    bool dense_ = false;
    std::vector<std::pair<int64_t, uint32_t>> e_;  // sparse form
    std::vector<uint32_t> d_;                      // dense form
  };
  VC& vc(int64_t g);
  struct Shadow {
    Site write;
    std::vector<Site> reads;  // at most one per goroutine
    // goroutine -> index in reads, once many goroutines read the slot concurrently
    // (workers reading a shared variable): finding a reader's entry stays O(1).
    std::unique_ptr<std::unordered_map<int64_t, size_t>> readers;
  };
  std::unordered_map<int64_t, VC> vcs_;  // by goroutine; references stay valid on insert
  std::unordered_map<const void*, VC> sync_;
  std::unordered_map<const void*, Shadow> shadow_;
  std::set<std::pair<std::pair<const void*, uint32_t>, std::pair<const void*, uint32_t>>> reported_;
  std::vector<Race> races_;
  std::unordered_map<const void*, uint64_t> report_addrs_;
};

}  // namespace gs
