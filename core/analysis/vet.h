// Static checks on a checked program (goroscope vet): copied locks, lost context cancel
// functions, WaitGroup.Add inside the goroutine it counts, loop variables captured by
// goroutines under Go 1.21 semantics. Results are diagnostics of the user's file.
#pragma once
#include <vector>

#include "api/engine.h"

namespace gs {

struct VetFinding {
  Range range;
  std::string check;  // copylocks, lostcancel, waitgroup, loopclosure
  std::string message;
};

std::vector<VetFinding> vet(const Build& b, int go_version);

}  // namespace gs
