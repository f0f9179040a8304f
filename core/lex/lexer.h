// The Go lexer: turns a SourceFile into Tokens, inserting semicolons as the Go spec requires.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "lex/token.h"
#include "source/diagnostic.h"
#include "source/source.h"

namespace gs {

// Produces the tokens of one source file on demand. Lexical errors are reported to diags
// (DiagKind::Syntax, with Go's wording); the lexer always makes progress and, like Go's gc
// scanner, silently drops characters that cannot start a token after reporting them.
// Comments are skipped. After Eof, next() keeps returning Eof.
class Lexer {
 public:
  Lexer(const SourceFile& src, Diagnostics& diags);
  Token next();
  // Goes on lexing at offset (the start of a token, outside any literal or comment).
  void seek(uint32_t offset) {
    pos_ = offset;
    nlsemi_ = false;
  }

 private:
  // The byte at pos_ + k, or -1 past the end.
  int peek(uint32_t k = 0) const {
    return pos_ + k < text_.size() ? int(uint8_t(text_[pos_ + k])) : -1;
  }
  void error_at(uint32_t offset, std::string msg);
  Token make(Tok kind, uint32_t begin) const;

  void scan_identifier();
  Tok scan_number(uint32_t begin, bool seen_point);
  int scan_digits(int base, int* invalid, uint32_t begin);
  void scan_string(uint32_t begin);
  void scan_raw_string(uint32_t begin);
  void scan_rune(uint32_t begin);
  bool scan_escape(char quote);
  // Consumes one character inside a string, rune or comment, reporting NUL and bad UTF-8.
  void skip_char();
  // Skips a /* comment (opening consumed); returns whether it contained a newline.
  bool skip_general_comment(uint32_t begin);

  const SourceFile& src_;
  Diagnostics& diags_;
  std::string_view text_;
  uint32_t pos_ = 0;
  // Set when a newline (or EOF) at this point must become a semicolon.
  bool nlsemi_ = false;
};

}  // namespace gs
