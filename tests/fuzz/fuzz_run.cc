// Fuzz target: Go source -> build -> a paced live run (as the browser drives it) with every
// analysis on and small limits -> trace export, findings, vet. The VM's own limits (steps,
// heap, goroutines, output, trace events) must end every run quickly, not libFuzzer's timeout.
#include <cstdint>
#include <string>

#include "api/live_run.h"

// Builds the shared standard library with every package once, before the first input, so
// that no input pays for growing it (api/std_cache.cc).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string all = "package main\n\nimport (\n";
  for (const std::string& p : gs::supported_packages()) all += "\t_ \"" + p + "\"\n";
  gs::build_program("main.go", all + ")\n\nfunc main() {}\n", {});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  auto b = gs::build_program("main.go", source, {});
  if (!b->ok()) return 0;
  gs::RunOptions o;
  o.seed = size;  // varies with the input, stays the same for one input
  o.analyze = true;
  o.race = true;
  o.record = true;
  o.args.push_back("main.go");
  o.limits.max_steps = 5000;
  o.limits.max_heap_bytes = 16 << 20;
  o.limits.max_goroutines = 100;
  o.limits.max_output_bytes = 64 << 10;
  o.limits.max_stack_bytes = 1 << 20;
  o.limits.max_trace_events = 5000;
  gs::LiveRun run(std::move(b), o);
  // Slices and a moving horizon, like the web worker's pacing.
  int64_t horizon = 0;
  for (int slice = 0; run.advance(1000, horizon) != gs::RunState::Finished; slice++) {
    horizon += 250'000'000;  // a quarter of a second of virtual time per slice
    if (slice % 4 == 0) run.take_events(5000);
    if (slice > 100000) __builtin_trap();  // the limits above must have ended the run
  }
  run.take_events(SIZE_MAX);
  run.findings_json();
  return 0;
}
