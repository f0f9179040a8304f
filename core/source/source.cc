// Line table construction and offset -> line:col conversion.
#include "source/source.h"

#include <algorithm>

namespace gs {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); i++) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

LineCol SourceFile::position(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = int(it - line_starts_.begin());
  return {line, int(offset - line_starts_[line - 1]) + 1};
}

std::string SourceFile::describe(uint32_t offset) const {
  LineCol lc = position(offset);
  return name_ + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col);
}

}  // namespace gs
