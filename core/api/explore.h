// Schedule exploration: the same program run under many seeds, in parallel when the build
// has threads (native, the pthreads wasm build) and in turn otherwise. Results come back
// in seed order, so both builds report the same thing.
#pragma once
#include <cstdint>
#include <vector>

#include "api/engine.h"

namespace gs {

struct SeedOutcome {
  uint64_t seed;
  RunResult result;
};

// Runs seeds first .. first+count-1 with `base` options (seed replaced) on up to `threads`
// threads.
std::vector<SeedOutcome> explore_seeds(const Program& prog, const RunOptions& base, uint64_t first,
                                       int count, int threads);

// How many threads explore_seeds can use here (1 in a build without threads).
int available_threads();

}  // namespace gs
