// Decoding of Go literal tokens (strings, runes, integers, floats) and UTF-8 helpers.
// The lexer only validates literal syntax; the checker calls these to obtain values.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace gs {

// Decodes an interpreted ("...") or raw (`...`) string literal, quotes included. Raw strings
// lose their carriage returns (Go spec). On failure returns false and sets err.
bool unquote_string(std::string_view raw, std::string& out, std::string& err);

// Decodes a rune literal ('a', '\n', '\x41', '\u00e9', ...), quotes included.
bool unquote_char(std::string_view raw, int32_t& rune, std::string& err);

// Decodes an integer literal in any base (0x, 0o, 0b, legacy octal 0755), underscores
// allowed. Returns false on malformed input. overflow is set (value then meaningless) when the
// value needs more than 128 bits.
bool parse_int_literal(std::string_view raw, unsigned __int128& value, bool& overflow);

// Decodes a float literal (decimal or hexadecimal mantissa, underscores allowed). Integer
// literals in any base are accepted too. Values beyond double range become +inf.
bool parse_float_literal(std::string_view raw, double& value);

// Appends the UTF-8 encoding of rune; invalid runes (surrogates, > U+10FFFF, negative) are
// encoded as U+FFFD, like Go's string(rune).
void append_utf8(std::string& out, int32_t rune);

// Decodes the rune starting at s[i]. Invalid or truncated encodings yield 0xFFFD with width 1
// (like Go's utf8.DecodeRuneInString); i >= s.size() yields 0xFFFD with width 0.
int32_t decode_utf8(std::string_view s, size_t i, int& width);

// Go's fmt "%#U": "U+0040 '@'" (the quoted character only when printable).
std::string format_rune_u(int32_t rune);
// Go's fmt "%q" for a rune: 'a', '\n', '\x00', '\u00a0'.
std::string quote_rune(int32_t rune);

// Approximations of Go's unicode.IsLetter / IsDigit / strconv.IsPrint for non-ASCII runes:
// exact for ASCII; beyond ASCII, known punctuation, symbol, mark and private-use blocks are
// excluded and everything else is treated as a letter (no full Unicode tables are embedded).
bool is_unicode_letter(int32_t rune);
bool is_unicode_digit(int32_t rune);
bool is_printable_rune(int32_t rune);

}  // namespace gs
