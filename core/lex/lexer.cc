// The Go lexer: whitespace and comments, semicolon insertion, identifiers, numbers, strings,
// runes and operators, with error messages worded like Go's gc compiler.
#include "lex/lexer.h"

#include "lex/literal.h"

namespace gs {

namespace {

int lower(int c) { return c | 0x20; }  // lower-case for ASCII letters only
bool is_ascii_letter(int c) { return (lower(c) >= 'a' && lower(c) <= 'z') || c == '_'; }
bool is_decimal(int c) { return c >= '0' && c <= '9'; }
bool is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

const char* base_name(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

// Index of the first misplaced '_' in a number literal, or -1. A '_' must sit between two
// digits (a base prefix counts as a digit).
int invalid_separator(std::string_view x) {
  int x1 = ' ';  // prefix letter; only 'x' matters (it makes a..f digits)
  int d = '.';   // class of the previous char: '_', '0' (digit) or '.' (other)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int p = d;
    d = uint8_t(x[i]);
    if (d == '_') {
      if (p != '0') return int(i);
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  return d == '_' ? int(x.size()) - 1 : -1;
}

constexpr std::string_view kNewlineSemi = "\n";
constexpr std::string_view kEofSemi = "";

}  // namespace

Lexer::Lexer(const SourceFile& src, Diagnostics& diags)
    : src_(src), diags_(diags), text_(src.text()) {
  // A byte order mark is permitted (and ignored) only as the very first character.
  if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

void Lexer::error_at(uint32_t offset, std::string msg) {
  uint32_t end = offset < text_.size() ? offset + 1 : offset;
  diags_.add(DiagKind::Syntax, src_.index, {offset, end}, std::move(msg));
}

Token Lexer::make(Tok kind, uint32_t begin) const {
  Token t;
  t.kind = kind;
  t.range = {begin, pos_};
  t.text = text_.substr(begin, pos_ - begin);
  return t;
}

Token Lexer::next() {
  const bool nlsemi = nlsemi_;
  nlsemi_ = false;
  for (;;) {
    // Skip white space; a newline only when it does not end a statement.
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !nlsemi)) {
        pos_++;
      } else {
        break;
      }
    }
    const uint32_t begin = pos_;
    if (pos_ >= text_.size()) {
      if (nlsemi) return Token{Tok::Semicolon, {begin, begin}, kEofSemi};
      return Token{Tok::Eof, {begin, begin}, kEofSemi};
    }
    const int c = uint8_t(text_[pos_]);
    if (is_ascii_letter(c)) {
      scan_identifier();
      Token t = make(Tok::Ident, begin);
      t.kind = keyword_lookup(t.text);
      nlsemi_ = t.kind == Tok::Ident || t.kind == Tok::Break || t.kind == Tok::Continue ||
                t.kind == Tok::Fallthrough || t.kind == Tok::Return;
      return t;
    }
    if (c >= 0x80) {
      int w;
      int32_t r = decode_utf8(text_, pos_, w);
      if (r == 0xFFFD && w == 1) {
        error_at(pos_, "invalid UTF-8 encoding");
        pos_++;
        continue;
      }
      if (r == 0xFEFF) {
        error_at(pos_, "invalid BOM in the middle of the file");
        pos_ += uint32_t(w);
        continue;
      }
      // Like gc, any other non-ASCII character starts an identifier, with an error when it
      // cannot begin one.
      if (is_unicode_digit(r)) {
        error_at(pos_, "identifier cannot begin with digit " + format_rune_u(r));
      } else if (!is_unicode_letter(r)) {
        error_at(pos_, "invalid character " + format_rune_u(r) + " in identifier");
      }
      pos_ += uint32_t(w);
      scan_identifier();
      nlsemi_ = true;
      return make(Tok::Ident, begin);
    }

    Tok kind;
    pos_++;
    // Operators of the form "op" / "op=" share this helper.
    auto op_assign = [&](Tok plain, Tok assign) {
      if (peek() == '=') {
        pos_++;
        return assign;
      }
      return plain;
    };
    switch (c) {
      case '\n':
        // Only reached when nlsemi: the newline ends the statement.
        return Token{Tok::Semicolon, {begin, begin + 1}, kNewlineSemi};
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        pos_ = begin;
        kind = scan_number(begin, false);
        nlsemi_ = true;
        break;
      case '"':
        scan_string(begin);
        kind = Tok::String;
        nlsemi_ = true;
        break;
      case '`':
        scan_raw_string(begin);
        kind = Tok::String;
        nlsemi_ = true;
        break;
      case '\'':
        scan_rune(begin);
        kind = Tok::Char;
        nlsemi_ = true;
        break;
      case '(':
        kind = Tok::LParen;
        break;
      case '[':
        kind = Tok::LBrack;
        break;
      case '{':
        kind = Tok::LBrace;
        break;
      case ',':
        kind = Tok::Comma;
        break;
      case ';':
        kind = Tok::Semicolon;
        break;
      case ')':
        kind = Tok::RParen, nlsemi_ = true;
        break;
      case ']':
        kind = Tok::RBrack, nlsemi_ = true;
        break;
      case '}':
        kind = Tok::RBrace, nlsemi_ = true;
        break;
      case '~':
        kind = Tok::Tilde;
        break;
      case ':':
        kind = op_assign(Tok::Colon, Tok::Define);
        break;
      case '.':
        if (is_decimal(peek())) {
          kind = scan_number(begin, true);
          nlsemi_ = true;
        } else if (peek() == '.' && peek(1) == '.') {
          pos_ += 2;
          kind = Tok::Ellipsis;
        } else {
          kind = Tok::Period;
        }
        break;
      case '+':
        if (peek() == '+') {
          pos_++;
          kind = Tok::Inc;
          nlsemi_ = true;
        } else {
          kind = op_assign(Tok::Add, Tok::AddAssign);
        }
        break;
      case '-':
        if (peek() == '-') {
          pos_++;
          kind = Tok::Dec;
          nlsemi_ = true;
        } else {
          kind = op_assign(Tok::Sub, Tok::SubAssign);
        }
        break;
      case '*':
        kind = op_assign(Tok::Mul, Tok::MulAssign);
        break;
      case '/':
        if (peek() == '/') {
          // Line comment: skip to (not past) the newline so it can still end a statement.
          while (pos_ < text_.size() && text_[pos_] != '\n') skip_char();
          continue;
        }
        if (peek() == '*') {
          pos_++;
          bool newline = skip_general_comment(begin);
          // A general comment containing a newline acts like a newline.
          if (newline && nlsemi) return Token{Tok::Semicolon, {begin, pos_}, kNewlineSemi};
          continue;
        }
        kind = op_assign(Tok::Quo, Tok::QuoAssign);
        break;
      case '%':
        kind = op_assign(Tok::Rem, Tok::RemAssign);
        break;
      case '&':
        if (peek() == '&') {
          pos_++;
          kind = Tok::LAnd;
        } else if (peek() == '^') {
          pos_++;
          kind = op_assign(Tok::AndNot, Tok::AndNotAssign);
        } else {
          kind = op_assign(Tok::And, Tok::AndAssign);
        }
        break;
      case '|':
        if (peek() == '|') {
          pos_++;
          kind = Tok::LOr;
        } else {
          kind = op_assign(Tok::Or, Tok::OrAssign);
        }
        break;
      case '^':
        kind = op_assign(Tok::Xor, Tok::XorAssign);
        break;
      case '<':
        if (peek() == '-') {
          pos_++;
          kind = Tok::Arrow;
        } else if (peek() == '<') {
          pos_++;
          kind = op_assign(Tok::Shl, Tok::ShlAssign);
        } else {
          kind = op_assign(Tok::Lss, Tok::Leq);
        }
        break;
      case '>':
        if (peek() == '>') {
          pos_++;
          kind = op_assign(Tok::Shr, Tok::ShrAssign);
        } else {
          kind = op_assign(Tok::Gtr, Tok::Geq);
        }
        break;
      case '=':
        kind = op_assign(Tok::Assign, Tok::Eql);
        break;
      case '!':
        kind = op_assign(Tok::Not, Tok::Neq);
        break;
      case 0:
        error_at(begin, "invalid NUL character");
        continue;
      default:
        error_at(begin, "illegal character " + format_rune_u(c));
        continue;
    }
    return make(kind, begin);
  }
}

void Lexer::scan_identifier() {
  while (pos_ < text_.size()) {
    int c = uint8_t(text_[pos_]);
    if (is_ascii_letter(c) || is_decimal(c)) {
      pos_++;
      continue;
    }
    if (c < 0x80) break;
    int w;
    int32_t r = decode_utf8(text_, pos_, w);
    if (r == 0xFFFD && w == 1) {
      error_at(pos_, "invalid UTF-8 encoding");
    } else if (r == 0xFEFF) {
      error_at(pos_, "invalid BOM in the middle of the file");
    } else if (!is_unicode_letter(r) && !is_unicode_digit(r)) {
      // gc keeps such characters in the identifier (one token, one error per character).
      error_at(pos_, "invalid character " + format_rune_u(r) + " in identifier");
    }
    pos_ += uint32_t(w);
  }
}

// Scans { digit | '_' }. For base <= 10 all decimal digits are accepted, but the offset
// (relative to begin) of the first digit >= base is recorded in *invalid. Returns a bit set:
// 1 = a digit was seen, 2 = a '_' was seen.
int Lexer::scan_digits(int base, int* invalid, uint32_t begin) {
  int digsep = 0;
  if (base <= 10) {
    int max = '0' + base;
    for (int c = peek(); is_decimal(c) || c == '_'; c = peek()) {
      int ds = 1;
      if (c == '_') {
        ds = 2;
      } else if (c >= max && invalid && *invalid < 0) {
        *invalid = int(pos_ - begin);
      }
      digsep |= ds;
      pos_++;
    }
  } else {
    for (int c = peek(); is_hex(c) || c == '_'; c = peek()) {
      digsep |= c == '_' ? 2 : 1;
      pos_++;
    }
  }
  return digsep;
}

Tok Lexer::scan_number(uint32_t begin, bool seen_point) {
  // On entry pos_ is at the first digit, or just after the '.' of ".5".
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  int prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seen_point) {
    if (peek() == '0') {
      pos_++;
      switch (lower(peek())) {
        case 'x':
          pos_++, base = 16, prefix = 'x';
          break;
        case 'o':
          pos_++, base = 8, prefix = 'o';
          break;
        case 'b':
          pos_++, base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0', digsep = 1;  // the leading 0 is a digit
      }
    }
    digsep |= scan_digits(base, &invalid, begin);
    if (peek() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error_at(pos_, std::string("invalid radix point in ") + base_name(base) + " literal");
        ok = false;
      }
      pos_++;
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = Tok::Float;
    digsep |= scan_digits(base, &invalid, begin);
  }
  if ((digsep & 1) == 0 && ok) {
    error_at(pos_, std::string(base_name(base)) + " literal has no digits");
    ok = false;
  }

  int e = lower(peek());
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error_at(pos_, quote_rune(peek()) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error_at(pos_, quote_rune(peek()) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    pos_++;
    kind = Tok::Float;
    if (peek() == '+' || peek() == '-') pos_++;
    int ds = scan_digits(10, nullptr, begin);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0 && ok) {
      error_at(pos_, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    error_at(pos_, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (peek() == 'i') {
    kind = Tok::Imag;
    pos_++;
  }

  std::string_view lit = text_.substr(begin, pos_ - begin);
  if (kind == Tok::Int && invalid >= 0 && ok) {
    error_at(begin + uint32_t(invalid), "invalid digit " + quote_rune(lit[size_t(invalid)]) +
                                            " in " + base_name(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) && ok) {
    int i = invalid_separator(lit);
    if (i >= 0) error_at(begin + uint32_t(i), "'_' must separate successive digits");
  }
  return kind;
}

void Lexer::skip_char() {
  int c = peek();
  if (c < 0x80) {
    if (c == 0) error_at(pos_, "invalid NUL character");
    pos_++;
    return;
  }
  int w;
  int32_t r = decode_utf8(text_, pos_, w);
  if (r == 0xFFFD && w == 1) error_at(pos_, "invalid UTF-8 encoding");
  if (r == 0xFEFF) error_at(pos_, "invalid BOM in the middle of the file");
  pos_ += uint32_t(w);
}

// Validates one escape sequence; pos_ is just after the backslash. Like gc, a failing
// escape leaves the offending character unconsumed so the caller sees it.
bool Lexer::scan_escape(char quote) {
  int c = peek();
  int n;
  uint32_t base, max;
  switch (c) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
      pos_++;
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
      pos_++, n = 2, base = 16, max = 255;
      break;
    case 'u':
      pos_++, n = 4, base = 16, max = 0x10FFFF;
      break;
    case 'U':
      pos_++, n = 8, base = 16, max = 0x10FFFF;
      break;
    default:
      if (c == quote) {
        pos_++;
        return true;
      }
      if (c < 0) return true;  // the caller reports the missing terminator
      error_at(pos_, "unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = 0; i < n; i++) {
    c = peek();
    if (c < 0) return true;  // the caller reports the missing terminator
    uint32_t d = base;
    if (is_decimal(c)) {
      d = uint32_t(c - '0');
    } else if (lower(c) >= 'a' && lower(c) <= 'f') {
      d = uint32_t(lower(c) - 'a' + 10);
    }
    if (d >= base) {
      int w;
      int32_t r = c < 0x80 ? c : decode_utf8(text_, pos_, w);
      error_at(pos_,
               "invalid character " + quote_rune(r) + " in " + base_name(int(base)) + " escape");
      return false;
    }
    x = x * base + d;
    pos_++;
  }
  if (x > max && base == 8) {
    error_at(pos_, "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    error_at(pos_, "escape is invalid Unicode code point " + format_rune_u(int32_t(x)));
    return false;
  }
  return true;
}

void Lexer::scan_string(uint32_t begin) {
  for (;;) {
    int c = peek();
    if (c == '"') {
      pos_++;
      return;
    }
    if (c == '\\') {
      pos_++;
      scan_escape('"');
      continue;
    }
    if (c == '\n') {
      error_at(pos_, "newline in string");
      return;
    }
    if (c < 0) {
      error_at(begin, "string literal not terminated");
      return;
    }
    skip_char();
  }
}

void Lexer::scan_raw_string(uint32_t begin) {
  for (;;) {
    int c = peek();
    if (c == '`') {
      pos_++;
      return;
    }
    if (c < 0) {
      error_at(begin, "string literal not terminated");
      return;
    }
    // Carriage returns stay in the token text; unquote_string drops them from the value.
    skip_char();
  }
}

void Lexer::scan_rune(uint32_t begin) {
  bool ok = true;
  for (int n = 0;; n++) {
    int c = peek();
    if (c == '\'') {
      if (ok) {
        if (n == 0) {
          error_at(pos_, "empty rune literal or unescaped ' in rune literal");
        } else if (n != 1) {
          error_at(begin, "more than one character in rune literal");
        }
      }
      pos_++;
      return;
    }
    if (c == '\\') {
      pos_++;
      if (!scan_escape('\'')) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) error_at(pos_, "newline in rune literal");
      return;
    }
    if (c < 0) {
      if (ok) error_at(begin, "rune literal not terminated");
      return;
    }
    skip_char();
  }
}

bool Lexer::skip_general_comment(uint32_t begin) {
  bool newline = false;
  for (;;) {
    int c = peek();
    if (c < 0) {
      error_at(begin, "comment not terminated");
      return newline;
    }
    if (c == '*' && peek(1) == '/') {
      pos_ += 2;
      return newline;
    }
    if (c == '\n') newline = true;
    skip_char();
  }
}

}  // namespace gs
