// Literal decoding (strings, runes, numbers), UTF-8 encoding/decoding and rune formatting.
#include "lex/literal.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace gs {

namespace {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;

bool is_surrogate(int64_t r) { return r >= 0xD800 && r < 0xE000; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Decodes one escape sequence; s[i] is the character after the backslash and i is advanced
// past the sequence. \x and octal escapes denote single bytes (is_byte); \u and \U denote
// Unicode code points. quote is the enclosing quote, which is the only quote escapable.
bool decode_escape(std::string_view s, size_t& i, char quote, uint32_t& value, bool& is_byte,
                   std::string& err) {
  is_byte = false;
  if (i >= s.size()) {
    err = "escape sequence not terminated";
    return false;
  }
  char c = s[i];
  int n = 0;
  uint32_t base = 0, max = 0;
  switch (c) {
    case 'a':
      value = '\a';
      i++;
      return true;
    case 'b':
      value = '\b';
      i++;
      return true;
    case 'f':
      value = '\f';
      i++;
      return true;
    case 'n':
      value = '\n';
      i++;
      return true;
    case 'r':
      value = '\r';
      i++;
      return true;
    case 't':
      value = '\t';
      i++;
      return true;
    case 'v':
      value = '\v';
      i++;
      return true;
    case '\\':
      value = '\\';
      i++;
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      i++, n = 2, base = 16, max = 255;
      break;
    case 'u':
      i++, n = 4, base = 16, max = kMaxRune;
      break;
    case 'U':
      i++, n = 8, base = 16, max = kMaxRune;
      break;
    default:
      if (c == quote) {
        value = uint8_t(c);
        i++;
        return true;
      }
      err = "unknown escape";
      return false;
  }
  uint32_t x = 0;
  for (int k = 0; k < n; k++, i++) {
    if (i >= s.size()) {
      err = "escape sequence not terminated";
      return false;
    }
    uint32_t d = uint32_t(hex_value(s[i]));
    if (d >= base) {
      err = std::string("invalid character ") + quote_rune(uint8_t(s[i])) + " in " +
            (base == 8 ? "octal" : "hexadecimal") + " escape";
      return false;
    }
    x = x * base + d;
  }
  if (base == 8 && x > max) {
    err = "octal escape value " + std::to_string(x) + " > 255";
    return false;
  }
  if (x > max || is_surrogate(x)) {
    err = "escape is invalid Unicode code point " + format_rune_u(int32_t(x));
    return false;
  }
  value = x;
  is_byte = (base == 8 || n == 2);
  return true;
}

// A half-open code point interval.
struct RuneRange {
  int32_t lo, hi;
};

// Non-ASCII blocks that hold no letters (punctuation, symbols, combining marks, private use).
// Sorted; see is_unicode_letter for the approximation this implies.
constexpr RuneRange kNonLetters[] = {
    {0x0080, 0x00A9},   {0x00AB, 0x00B4},   {0x00B6, 0x00B9},    {0x00BB, 0x00BF},
    {0x00D7, 0x00D7},   {0x00F7, 0x00F7},   {0x02C2, 0x02C5},    {0x02D2, 0x02DF},
    {0x02E5, 0x02EB},   {0x02ED, 0x02ED},   {0x02EF, 0x036F},    {0x0375, 0x0375},
    {0x037E, 0x037E},   {0x0384, 0x0385},   {0x0387, 0x0387},    {0x03F6, 0x03F6},
    {0x0482, 0x0489},   {0x055A, 0x055F},   {0x0589, 0x058F},    {0x0591, 0x05CF},
    {0x05F3, 0x061F},   {0x064B, 0x066D},   {0x06D4, 0x06D4},    {0x06D6, 0x06ED},
    {0x0964, 0x0970},   {0x0E3F, 0x0E3F},   {0x0E4F, 0x0E5B},    {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF},   {0x2000, 0x2070},   {0x2072, 0x207E},    {0x2080, 0x208F},
    {0x209D, 0x20FF},   {0x2116, 0x2118},   {0x211E, 0x2123},    {0x2125, 0x2125},
    {0x2127, 0x2127},   {0x2129, 0x2129},   {0x212E, 0x212E},    {0x213A, 0x213B},
    {0x2140, 0x2144},   {0x214A, 0x214D},   {0x2150, 0x2182},    {0x2185, 0x2BFF},
    {0x2CE5, 0x2CEA},   {0x2CEF, 0x2CF1},   {0x2CF9, 0x2CFF},    {0x2DE0, 0x2E2E},
    {0x2E30, 0x3004},   {0x3007, 0x3030},   {0x3036, 0x303A},    {0x303D, 0x303F},
    {0x3099, 0x309C},   {0x30A0, 0x30A0},   {0x30FB, 0x30FB},    {0x3190, 0x319F},
    {0x31C0, 0x31EF},   {0x3200, 0x33FF},   {0x4DC0, 0x4DFF},    {0xA490, 0xA4CF},
    {0xA4FE, 0xA4FF},   {0xA60D, 0xA60F},   {0xA620, 0xA629},    {0xA66F, 0xA67E},
    {0xA6F0, 0xA6F7},   {0xA700, 0xA716},   {0xA720, 0xA721},    {0xA789, 0xA78A},
    {0xD800, 0xF8FF},   {0xFB29, 0xFB29},   {0xFD3E, 0xFD3F},    {0xFDFC, 0xFDFF},
    {0xFE00, 0xFE6F},   {0xFEFF, 0xFEFF},   {0xFF00, 0xFF20},    {0xFF3B, 0xFF40},
    {0xFF5B, 0xFF65},   {0xFFE0, 0xFFFF},   {0x10100, 0x1013F},  {0x1D000, 0x1D24F},
    {0x1D300, 0x1D37F}, {0x1F000, 0x1FBFF}, {0xE0000, 0x10FFFF},
};

// Decimal digit blocks (Unicode category Nd) of the common scripts.
constexpr RuneRange kDigits[] = {
    {0x0660, 0x0669}, {0x06F0, 0x06F9}, {0x07C0, 0x07C9}, {0x0966, 0x096F}, {0x09E6, 0x09EF},
    {0x0A66, 0x0A6F}, {0x0AE6, 0x0AEF}, {0x0B66, 0x0B6F}, {0x0BE6, 0x0BEF}, {0x0C66, 0x0C6F},
    {0x0CE6, 0x0CEF}, {0x0D66, 0x0D6F}, {0x0E50, 0x0E59}, {0x0ED0, 0x0ED9}, {0x0F20, 0x0F29},
    {0x1040, 0x1049}, {0xFF10, 0xFF19},
};

template <size_t N>
bool in_ranges(const RuneRange (&table)[N], int32_t r) {
  const RuneRange* it = std::upper_bound(table, table + N, r,
                                         [](int32_t v, const RuneRange& rr) { return v < rr.lo; });
  return it != table && r <= (it - 1)->hi;
}

void strip_underscores(std::string_view raw, std::string& out) {
  out.clear();
  out.reserve(raw.size());
  for (char c : raw) {
    if (c != '_') out.push_back(c);
  }
}

}  // namespace

bool is_unicode_digit(int32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return in_ranges(kDigits, r);
}

bool is_unicode_letter(int32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
  if (r > kMaxRune) return false;
  return !is_unicode_digit(r) && !in_ranges(kNonLetters, r);
}

bool is_printable_rune(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  if (r < 0xA1 || r == 0xAD || r > kMaxRune) return false;
  // Spaces other than ASCII space, format characters, surrogates and private use.
  if (r == 0x1680 || (r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
      (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB) ||
      r == 0xFFFE || r == 0xFFFF)
    return false;
  if (r >= 0xD800 && r <= 0xF8FF) return false;
  if (r >= 0xE0000) return false;
  return true;
}

std::string format_rune_u(int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", unsigned(r));
  std::string s = buf;
  if (is_printable_rune(r)) {
    s += " '";
    append_utf8(s, r);
    s += "'";
  }
  return s;
}

std::string quote_rune(int32_t r) {
  std::string s = "'";
  char buf[16];
  switch (r) {
    case '\a':
      s += "\\a";
      break;
    case '\b':
      s += "\\b";
      break;
    case '\f':
      s += "\\f";
      break;
    case '\n':
      s += "\\n";
      break;
    case '\r':
      s += "\\r";
      break;
    case '\t':
      s += "\\t";
      break;
    case '\v':
      s += "\\v";
      break;
    case '\\':
      s += "\\\\";
      break;
    case '\'':
      s += "\\'";
      break;
    default:
      if (r > kMaxRune || r < 0 || is_surrogate(r)) r = kRuneError;
      if (is_printable_rune(r)) {
        append_utf8(s, r);
      } else if (r < 0x80) {
        std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(r));
        s += buf;
      } else if (r < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(r));
        s += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(r));
        s += buf;
      }
  }
  s += "'";
  return s;
}

void append_utf8(std::string& out, int32_t r) {
  if (r < 0 || r > kMaxRune || is_surrogate(r)) r = kRuneError;
  uint32_t u = uint32_t(r);
  if (u < 0x80) {
    out.push_back(char(u));
  } else if (u < 0x800) {
    out.push_back(char(0xC0 | (u >> 6)));
    out.push_back(char(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    out.push_back(char(0xE0 | (u >> 12)));
    out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(char(0x80 | (u & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (u >> 18)));
    out.push_back(char(0x80 | ((u >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(char(0x80 | (u & 0x3F)));
  }
}

int32_t decode_utf8(std::string_view s, size_t i, int& width) {
  if (i >= s.size()) {
    width = 0;
    return kRuneError;
  }
  const auto b = [&](size_t k) { return uint8_t(s[i + k]); };
  const size_t avail = s.size() - i;
  const uint8_t c0 = b(0);
  width = 1;
  if (c0 < 0x80) return c0;
  // Valid second-byte ranges follow the UTF-8 table of RFC 3629: they exclude overlong
  // forms, surrogates (ED A0..BF) and code points beyond U+10FFFF.
  if (c0 < 0xC2) return kRuneError;
  if (c0 < 0xE0) {
    if (avail < 2 || (b(1) & 0xC0) != 0x80) return kRuneError;
    width = 2;
    return int32_t(((c0 & 0x1F) << 6) | (b(1) & 0x3F));
  }
  if (c0 < 0xF0) {
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (avail < 3 || b(1) < lo || b(1) > hi || (b(2) & 0xC0) != 0x80) return kRuneError;
    width = 3;
    return int32_t(((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F));
  }
  if (c0 < 0xF5) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (avail < 4 || b(1) < lo || b(1) > hi || (b(2) & 0xC0) != 0x80 || (b(3) & 0xC0) != 0x80)
      return kRuneError;
    width = 4;
    return int32_t(((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) |
                   (b(3) & 0x3F));
  }
  return kRuneError;
}

bool unquote_string(std::string_view raw, std::string& out, std::string& err) {
  out.clear();
  if (raw.size() < 2 || raw.front() != raw.back() || (raw[0] != '"' && raw[0] != '`')) {
    err = "invalid string literal";
    return false;
  }
  std::string_view body = raw.substr(1, raw.size() - 2);
  if (raw[0] == '`') {
    if (body.find('`') != std::string_view::npos) {
      err = "invalid raw string literal";
      return false;
    }
    out.reserve(body.size());
    for (char c : body) {
      if (c != '\r') out.push_back(c);
    }
    return true;
  }
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '"' || c == '\n') {
      err = c == '"' ? "invalid string literal" : "newline in string";
      return false;
    }
    if (c != '\\') {
      out.push_back(c);
      i++;
      continue;
    }
    i++;
    uint32_t v;
    bool is_byte;
    if (!decode_escape(body, i, '"', v, is_byte, err)) return false;
    if (is_byte) {
      out.push_back(char(uint8_t(v)));
    } else {
      append_utf8(out, int32_t(v));
    }
  }
  return true;
}

bool unquote_char(std::string_view raw, int32_t& rune, std::string& err) {
  if (raw.size() < 3 || raw.front() != '\'' || raw.back() != '\'') {
    err = raw.size() == 2 ? "empty rune literal or unescaped ' in rune literal"
                          : "invalid rune literal";
    return false;
  }
  std::string_view body = raw.substr(1, raw.size() - 2);
  size_t i = 0;
  if (body[0] == '\\') {
    i = 1;
    uint32_t v;
    bool is_byte;
    if (!decode_escape(body, i, '\'', v, is_byte, err)) return false;
    rune = int32_t(v);
  } else {
    if (body[0] == '\n' || body[0] == '\'') {
      err = body[0] == '\n' ? "newline in rune literal"
                            : "empty rune literal or unescaped ' in rune literal";
      return false;
    }
    int w;
    rune = decode_utf8(body, 0, w);
    i = size_t(w);
  }
  if (i != body.size()) {
    err = "more than one character in rune literal";
    return false;
  }
  return true;
}

bool parse_int_literal(std::string_view raw, unsigned __int128& value, bool& overflow) {
  value = 0;
  overflow = false;
  std::string s;
  strip_underscores(raw, s);
  if (s.empty()) return false;
  unsigned base = 10;
  size_t i = 0;
  if (s[0] == '0' && s.size() > 1) {
    char p = char(s[1] | 0x20);
    if (p == 'x' || p == 'o' || p == 'b') {
      base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      i = 2;
    } else {
      base = 8;  // legacy octal: 0755
      i = 1;
    }
  }
  if (i >= s.size()) return false;
  const unsigned __int128 max = ~(unsigned __int128)0;
  for (; i < s.size(); i++) {
    unsigned d = unsigned(hex_value(s[i]));
    if (d >= base) return false;
    if (value > (max - d) / base) {
      overflow = true;
      value = max;  // keep validating digits; the value is meaningless now
      continue;
    }
    if (!overflow) value = value * base + d;
  }
  return true;
}

bool parse_float_literal(std::string_view raw, double& value) {
  value = 0;
  std::string s;
  strip_underscores(raw, s);
  if (s.empty() || !(std::isdigit(uint8_t(s[0])) || s[0] == '.')) return false;
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] | 0x20) == 'x';
  bool is_int = s.find_first_of(hex ? ".pP" : ".eE") == std::string::npos;
  if (is_int && !hex && s.size() > 1 && s[0] == '0') {
    // Octal or binary integer: strtod does not know these bases. Accumulating in double is
    // exact below 2^53 and within one rounding error above.
    unsigned base = 8;
    size_t i = 1;
    char p = char(s[1] | 0x20);
    if (p == 'o' || p == 'b') base = p == 'b' ? 2 : 8, i = 2;
    if (i >= s.size()) return false;
    double v = 0;
    for (; i < s.size(); i++) {
      unsigned d = unsigned(hex_value(s[i]));
      if (d >= base) return false;
      v = v * base + d;
    }
    value = v;
    return true;
  }
  if (hex && !is_int && s.find_first_of("pP") == std::string::npos) return false;
  errno = 0;
  char* end = nullptr;
  value = std::strtod(s.c_str(), &end);
  // ERANGE only signals overflow to inf or underflow toward 0; both are fine for constants
  // that the checker range-checks later.
  return end == s.c_str() + s.size();
}

}  // namespace gs
