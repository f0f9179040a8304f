// explore_seeds: a shared counter hands out seeds to worker threads; each run owns its
// Machine and only reads the Program (immutable once built).
#include "api/explore.h"

#include <atomic>

#if !defined(__EMSCRIPTEN__) || defined(__EMSCRIPTEN_PTHREADS__)
#define GS_HAVE_THREADS 1
#include <thread>
#endif

namespace gs {

int available_threads() {
#ifdef GS_HAVE_THREADS
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : int(n);
#else
  return 1;
#endif
}

std::vector<SeedOutcome> explore_seeds(const Program& prog, const RunOptions& base, uint64_t first,
                                       int count, int threads) {
  std::vector<SeedOutcome> out(size_t(count > 0 ? count : 0));
  std::atomic<int> next{0};
  auto work = [&] {
    for (int i; (i = next.fetch_add(1)) < count;) {
      RunOptions o = base;
      o.seed = first + uint64_t(i);
      out[size_t(i)] = {o.seed, run_to_end(prog, std::move(o))};
    }
  };
#ifdef GS_HAVE_THREADS
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && t < count; t++) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
#else
  (void)threads;
  work();
#endif
  return out;
}

}  // namespace gs
