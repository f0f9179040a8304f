// The embedded Go sources of goroscope's standard library (core/stdlib/*.go).
// File names are "<importpath with / replaced by _>.go", e.g. "sync_atomic.go".
#pragma once
#include <string>
#include <vector>

namespace gs {

struct EmbeddedFile {
  const char* name;
  const char* text;
};

const std::vector<EmbeddedFile>& stdlib_sources();

}  // namespace gs
