// Diagnostic kind names and ordering.
#include "source/diagnostic.h"

#include <algorithm>

namespace gs {

const char* diag_kind_name(DiagKind kind) {
  switch (kind) {
#define GS_DIAG_NAME(name, desc) \
  case DiagKind::name:           \
    return #name;
    GS_DIAGNOSTIC_KINDS(GS_DIAG_NAME)
#undef GS_DIAG_NAME
  }
  return "?";
}

void Diagnostics::add(DiagKind kind, int file, Range range, std::string message) {
  list_.push_back({kind, file, range, std::move(message)});
}

void Diagnostics::sort() {
  std::stable_sort(list_.begin(), list_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return a.file < b.file;
    return a.range.begin < b.range.begin;
  });
  auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return a.file == b.file && a.range.begin == b.range.begin && a.message == b.message;
  };
  list_.erase(std::unique(list_.begin(), list_.end(), same), list_.end());
}

}  // namespace gs
