// Data race detection by happens-before: vector clocks per goroutine and sync object,
// last-access shadows per memory slot (FastTrack-style write epoch + read set). Sync edges:
// goroutine creation, channel send/receive/close, mutex and RWMutex, WaitGroup, Cond,
// sync/atomic operations (which are never reported themselves).
#pragma once
#include <cstddef>
#include <cstdint>
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

  void fork(int64_t parent, int64_t child);
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
  using VC = std::vector<uint32_t>;
  VC& vc(int64_t g);
  static uint32_t at(const VC& v, int64_t g) { return size_t(g) < v.size() ? v[size_t(g)] : 0; }
  static void join(VC& into, const VC& from);
  struct Shadow {
    Site write;
    std::vector<Site> reads;  // at most one per goroutine
  };
  std::vector<VC> vcs_;
  std::unordered_map<const void*, VC> sync_;
  std::unordered_map<const void*, Shadow> shadow_;
  std::set<std::pair<std::pair<const void*, uint32_t>, std::pair<const void*, uint32_t>>> reported_;
  std::vector<Race> races_;
};

}  // namespace gs
