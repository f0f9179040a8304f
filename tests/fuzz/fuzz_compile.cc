// Fuzz target: Go source -> diagnostics (lex, parse, check, compile; nothing runs), and vet
// of what builds. Any crash or sanitizer report is a bug; so is an error without a position.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analysis/vet.h"
#include "api/engine.h"

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
  std::string text = b->format_diagnostics();  // every diagnostic maps to a position
  if (b->ok()) {
    gs::vet(*b, 122);
  } else if (b->diags.empty()) {
    std::abort();  // a build that failed must say why
  }
  return 0;
}
