// Fuzz target: replay tokens (DecisionSource::decode) as they arrive in share links and
// --replay, then a concurrent program (replay_program.go) replayed with whatever decisions
// they hold: a wrong or truncated token must give a clean divergence, never a crash.
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "api/engine.h"
#include "runtime/decision.h"

namespace {
std::string read_program() {
  std::ifstream in(GS_REPLAY_PROGRAM);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto b = gs::build_program("main.go", read_program(), {});
  if (!b->ok()) __builtin_trap();  // the program must build
  std::string token(reinterpret_cast<const char*>(data), size);
  gs::RunOptions o;
  if (!gs::DecisionSource::decode(token, o.replay_choices)) return 0;
  // What decodes re-encodes to a token that decodes to the same decisions.
  std::vector<uint64_t> again;
  if (!gs::DecisionSource::decode(gs::DecisionSource::encode(o.replay_choices), again) ||
      again != o.replay_choices)
    __builtin_trap();
  o.replay = true;
  o.race = true;
  o.analyze = true;
  o.limits.max_steps = 100000;
  gs::run_to_end(*b->program, o);
  return 0;
}
