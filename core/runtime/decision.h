// The single source of every nondeterministic choice of a run (which goroutine runs next,
// time-slice lengths, select among ready cases, map iteration order, math/rand).
// Seeded runs record their choices; a replay returns the recorded choices exactly.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace gs {

class DecisionSource {
 public:
  explicit DecisionSource(uint64_t seed);
  // Keep the list of choices (off by default: a long run makes millions of them).
  void set_recording(bool on) { recording_ = on; }
  // Starts replaying `choices` (from record()); the seed no longer matters.
  void replay(std::vector<uint64_t> choices);
  // A value in [0, n). n <= 1 returns 0 and is neither drawn nor recorded.
  uint64_t choose(uint64_t n);
  // 63 random bits (math/rand).
  uint64_t bits63();
  const std::vector<uint64_t>& record() const { return record_; }
  // True once a replay asked for more or different choices than were recorded.
  bool diverged() const { return diverged_; }

  // Compact text form of a recorded decision list (for --record/--replay and share links).
  static std::string encode(const std::vector<uint64_t>& choices);
  static bool decode(const std::string& text, std::vector<uint64_t>& out);

 private:
  uint64_t next();
  uint64_t s_[4];
  std::vector<uint64_t> record_;
  std::vector<uint64_t> replay_;
  size_t replay_pos_ = 0;
  bool replaying_ = false;
  bool recording_ = false;
  bool diverged_ = false;
};

}  // namespace gs
