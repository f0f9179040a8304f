// Source files, byte-offset ranges and their line:col rendering.
// Every phase refers to source by byte offsets; only printing converts them.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace gs {

// A half-open byte range [begin, end) in one source file.
struct Range {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct LineCol {
  int line = 0;  // 1-based
  int col = 0;   // 1-based, in bytes as Go reports columns
};

// One Go source file. Invariant: line_starts[0] == 0 and is sorted.
class SourceFile {
 public:
  SourceFile(std::string name, std::string text);
  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  LineCol position(uint32_t offset) const;
  // "name:line:col" as Go's tools print it.
  std::string describe(uint32_t offset) const;
  // Source index of this file inside a Program (0 = the user's file).
  int index = 0;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

}  // namespace gs
