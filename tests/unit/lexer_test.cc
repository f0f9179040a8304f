// Unit tests of the lexer (tokens, semicolon insertion, literal forms, lexical errors), the
// token table helpers and literal decoding (core/lex/literal.h).
#include "lex/lexer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "lex/literal.h"

namespace gs {
namespace {

struct Lexed {
  std::vector<Token> tokens;  // without the final Eof
  Diagnostics diags;
};

Lexed lex_all(const SourceFile& src) {
  Lexed out;
  Lexer lx(src, out.diags);
  for (int i = 0; i < 100000; i++) {
    Token t = lx.next();
    if (t.kind == Tok::Eof) break;
    out.tokens.push_back(t);
  }
  return out;
}

// A compact rendering of a token stream: names and literals as KIND(text), an inserted
// semicolon as ";nl" or ";eof", everything else as its spelling.
std::string render(const std::vector<Token>& toks) {
  std::string s;
  for (const Token& t : toks) {
    if (!s.empty()) s += ' ';
    switch (t.kind) {
      case Tok::Ident:
      case Tok::Int:
      case Tok::Float:
      case Tok::Imag:
      case Tok::Char:
      case Tok::String:
        s += std::string(tok_spelling(t.kind)) + "(" + std::string(t.text) + ")";
        break;
      case Tok::Semicolon:
        s += t.text == ";" ? ";" : t.text == "\n" ? ";nl" : ";eof";
        break;
      default:
        s += tok_spelling(t.kind);
    }
  }
  return s;
}

struct TokCase {
  const char* input;
  const char* tokens;
};

class LexTokens : public ::testing::TestWithParam<TokCase> {};

TEST_P(LexTokens, Sequence) {
  const TokCase& c = GetParam();
  SourceFile src("t.go", c.input);
  Lexed l = lex_all(src);
  EXPECT_EQ(render(l.tokens), c.tokens) << "input: " << c.input;
  for (const Diagnostic& d : l.diags.list()) ADD_FAILURE() << "unexpected: " << d.message;
}

const TokCase kTokCases[] = {
    // operators and punctuation
    {"+ - * / % & | ^ << >> &^", "+ - * / % & | ^ << >> &^"},
    {"+= -= *= /= %= &= |= ^= <<= >>= &^=", "+= -= *= /= %= &= |= ^= <<= >>= &^="},
    {"&& || <- ++ --", "&& || <- ++ -- ;eof"},
    {"== < > = ! ~ != <= >= := ...", "== < > = ! ~ != <= >= := ..."},
    {"( [ { , . ; :", "( [ { , . ; :"},
    {"a<-b", "IDENT(a) <- IDENT(b) ;eof"},
    {"x<<=y&^=z", "IDENT(x) <<= IDENT(y) &^= IDENT(z) ;eof"},
    {"a..b", "IDENT(a) . . IDENT(b) ;eof"},
    {"a...", "IDENT(a) ..."},
    // keywords
    {"break case chan const continue default defer else fallthrough for func go goto if",
     "break case chan const continue default defer else fallthrough for func go goto if"},
    {"import interface map package range return select struct switch type var",
     "import interface map package range return select struct switch type var"},
    {"iff Func _ _x x9 αβ日本",
     "IDENT(iff) IDENT(Func) IDENT(_) IDENT(_x) IDENT(x9) IDENT(αβ日本) ;eof"},
    // semicolon insertion at newline
    {"x\ny", "IDENT(x) ;nl IDENT(y) ;eof"},
    {"1\n'a'\n\"s\"\n`r`\n1.5\n2i\n",
     "INT(1) ;nl CHAR('a') ;nl STRING(\"s\") ;nl STRING(`r`) ;nl "
     "FLOAT(1.5) ;nl IMAG(2i) ;nl"},
    {"break\ncontinue\nfallthrough\nreturn\n", "break ;nl continue ;nl fallthrough ;nl return ;nl"},
    {"x++\ny--\n", "IDENT(x) ++ ;nl IDENT(y) -- ;nl"},
    {")\n]\n}\n", ") ;nl ] ;nl } ;nl"},
    // no insertion after other tokens
    {"x +\ny", "IDENT(x) + IDENT(y) ;eof"},
    {"f(\na,\n)", "IDENT(f) ( IDENT(a) , ) ;eof"},
    {"if\nfor\nfunc\n{\n", "if for func {"},
    {"x :=\n1", "IDENT(x) := INT(1) ;eof"},
    // blank lines produce only one semicolon
    {"x\n\n\n  \t\ny", "IDENT(x) ;nl IDENT(y) ;eof"},
    {"x\r\ny", "IDENT(x) ;nl IDENT(y) ;eof"},
    // at EOF
    {"x", "IDENT(x) ;eof"},
    {"return", "return ;eof"},
    {"x +", "IDENT(x) +"},
    {"", ""},
    // comments
    {"x // comment\ny", "IDENT(x) ;nl IDENT(y) ;eof"},
    {"x // comment", "IDENT(x) ;eof"},
    {"x /* c */ y", "IDENT(x) IDENT(y) ;eof"},
    {"x /* multi\nline */ y", "IDENT(x) ;nl IDENT(y) ;eof"},
    {"x /* c */\ny", "IDENT(x) ;nl IDENT(y) ;eof"},
    {"x + /* multi\nline */ y", "IDENT(x) + IDENT(y) ;eof"},
    {"/* c */ x /**/ y //", "IDENT(x) IDENT(y) ;eof"},
    {"a/b/*c*/", "IDENT(a) / IDENT(b) ;eof"},
    // integer literals
    {"0 123 1_000 0x1F 0X_1f 0o17 0O17 0b101 0B_1 0755 0_7",
     "INT(0) INT(123) INT(1_000) INT(0x1F) INT(0X_1f) INT(0o17) INT(0O17) INT(0b101) INT(0B_1) "
     "INT(0755) INT(0_7) ;eof"},
    {"18446744073709551616", "INT(18446744073709551616) ;eof"},
    // float literals
    {"1.5 .5 1. 1e10 1E+10 1e-3 01.5 09.5 1_0.2_5",
     "FLOAT(1.5) FLOAT(.5) FLOAT(1.) FLOAT(1e10) FLOAT(1E+10) FLOAT(1e-3) FLOAT(01.5) FLOAT(09.5) "
     "FLOAT(1_0.2_5) ;eof"},
    {"0x1p-2 0x1.8p1 0X_1FFFP-16 0x.8p0 0x1P+2",
     "FLOAT(0x1p-2) FLOAT(0x1.8p1) FLOAT(0X_1FFFP-16) FLOAT(0x.8p0) FLOAT(0x1P+2) ;eof"},
    // imaginary literals
    {"1i 1.5i 0x1p2i 0i 089i 1e3i 0b1i",
     "IMAG(1i) IMAG(1.5i) IMAG(0x1p2i) IMAG(0i) IMAG(089i) "
     "IMAG(1e3i) IMAG(0b1i) ;eof"},
    // a number followed by letters is two tokens
    {"1x 0x1g", "INT(1) IDENT(x) INT(0x1) IDENT(g) ;eof"},
    {"x.5", "IDENT(x) FLOAT(.5) ;eof"},
    // rune literals
    {R"('a' 'é' '\n' '\'' '\\' '\x41' '\101' '\u00e9' '\U0001F600' '\a' '\b' '\f' '\r' '\t' '\v')",
     R"(CHAR('a') CHAR('é') CHAR('\n') CHAR('\'') CHAR('\\') CHAR('\x41') CHAR('\101') )"
     R"(CHAR('\u00e9') CHAR('\U0001F600') CHAR('\a') CHAR('\b') CHAR('\f') CHAR('\r') )"
     R"(CHAR('\t') CHAR('\v') ;eof)"},
    // string literals
    {R"("" "abc" "a\"b" "\t\u00e9\xff\377" "日本")",
     R"(STRING("") STRING("abc") STRING("a\"b") STRING("\t\u00e9\xff\377") STRING("日本") ;eof)"},
    {"`raw \\n \"q\"\nline`", "STRING(`raw \\n \"q\"\nline`) ;eof"},
    {"`with\r\ncr`", "STRING(`with\r\ncr`) ;eof"},
    {"``", "STRING(``) ;eof"},
};

INSTANTIATE_TEST_SUITE_P(Lexer, LexTokens, ::testing::ValuesIn(kTokCases));

struct LexErrorCase {
  std::string input;
  const char* message;
  uint32_t offset;     // of the first diagnostic
  const char* tokens;  // the token stream still produced
};

class LexErrors : public ::testing::TestWithParam<LexErrorCase> {};

TEST_P(LexErrors, Reported) {
  const LexErrorCase& c = GetParam();
  SourceFile src("t.go", c.input);
  Lexed l = lex_all(src);
  ASSERT_FALSE(l.diags.empty()) << "input: " << c.input;
  const Diagnostic& d = l.diags.list()[0];
  EXPECT_EQ(d.kind, DiagKind::Syntax);
  EXPECT_EQ(d.message, c.message) << "input: " << c.input;
  EXPECT_EQ(d.range.begin, c.offset) << "input: " << c.input;
  EXPECT_LE(d.range.begin, d.range.end);
  EXPECT_LE(d.range.end, src.text().size());
  EXPECT_EQ(render(l.tokens), c.tokens) << "input: " << c.input;
}

const LexErrorCase kLexErrorCases[] = {
    {"x @ y", "illegal character U+0040 '@'", 2, "IDENT(x) IDENT(y) ;eof"},
    {"#", "illegal character U+0023 '#'", 0, ""},
    {"a\x01", "illegal character U+0001", 1, "IDENT(a) ;eof"},
    {std::string("x\0y", 3), "invalid NUL character", 1, "IDENT(x) IDENT(y) ;eof"},
    {"\xff x", "invalid UTF-8 encoding", 0, "IDENT(x) ;eof"},
    {"x\xEF\xBB\xBFy", "invalid BOM in the middle of the file", 1, "IDENT(x\xEF\xBB\xBFy) ;eof"},
    {"a \xE2\x86\x92 b", "invalid character U+2192 '\xE2\x86\x92' in identifier", 2,
     "IDENT(a) IDENT(\xE2\x86\x92) IDENT(b) ;eof"},
    {"\xD9\xA1x", "identifier cannot begin with digit U+0661 '\xD9\xA1'", 0,
     "IDENT(\xD9\xA1x) ;eof"},
    {"\"abc", "string literal not terminated", 0, "STRING(\"abc) ;eof"},
    {"`abc", "string literal not terminated", 0, "STRING(`abc) ;eof"},
    {"\"a\nb\"", "newline in string", 2, "STRING(\"a) ;nl IDENT(b) STRING(\") ;eof"},
    {"'a", "rune literal not terminated", 0, "CHAR('a) ;eof"},
    {"'\n'", "newline in rune literal", 1, "CHAR(') ;nl CHAR(') ;eof"},
    {"''", "empty rune literal or unescaped ' in rune literal", 1, "CHAR('') ;eof"},
    {"'ab'", "more than one character in rune literal", 0, "CHAR('ab') ;eof"},
    {"/* abc", "comment not terminated", 0, ""},
    {"x /* abc\n", "comment not terminated", 2, "IDENT(x) ;nl"},
    {R"("\q")", "unknown escape", 2, R"(STRING("\q") ;eof)"},
    {R"('\"')", "unknown escape", 2, R"(CHAR('\"') ;eof)"},
    {R"("\'")", "unknown escape", 2, R"(STRING("\'") ;eof)"},
    {R"("\xZZ")", "invalid character 'Z' in hexadecimal escape", 3, R"(STRING("\xZZ") ;eof)"},
    {R"('\08')", "invalid character '8' in octal escape", 3, R"(CHAR('\08') ;eof)"},
    {R"('\400')", "octal escape value 256 > 255", 5, R"(CHAR('\400') ;eof)"},
    {R"("\uD800")", "escape is invalid Unicode code point U+D800", 7, R"(STRING("\uD800") ;eof)"},
    {R"("\U00110000")", "escape is invalid Unicode code point U+110000", 11,
     R"(STRING("\U00110000") ;eof)"},
    {"0x", "hexadecimal literal has no digits", 2, "INT(0x) ;eof"},
    {"0b", "binary literal has no digits", 2, "INT(0b) ;eof"},
    {"09", "invalid digit '9' in octal literal", 1, "INT(09) ;eof"},
    {"0o78", "invalid digit '8' in octal literal", 3, "INT(0o78) ;eof"},
    {"0b102", "invalid digit '2' in binary literal", 4, "INT(0b102) ;eof"},
    {"1_", "'_' must separate successive digits", 1, "INT(1_) ;eof"},
    {"1__0", "'_' must separate successive digits", 2, "INT(1__0) ;eof"},
    {"0x_", "hexadecimal literal has no digits", 3, "INT(0x_) ;eof"},
    {"0_x", "'_' must separate successive digits", 1, "INT(0_) IDENT(x) ;eof"},
    {"0x1.0", "hexadecimal mantissa requires a 'p' exponent", 5, "FLOAT(0x1.0) ;eof"},
    {"1p2", "'p' exponent requires hexadecimal mantissa", 1, "FLOAT(1p2) ;eof"},
    {"0b1e2", "'e' exponent requires decimal mantissa", 3, "FLOAT(0b1e2) ;eof"},
    {"1e", "exponent has no digits", 2, "FLOAT(1e) ;eof"},
    {"1e+", "exponent has no digits", 3, "FLOAT(1e+) ;eof"},
    {"0o1.2", "invalid radix point in octal literal", 3, "FLOAT(0o1.2) ;eof"},
};

INSTANTIATE_TEST_SUITE_P(Lexer, LexErrors, ::testing::ValuesIn(kLexErrorCases));

TEST(Lexer, TokenRangesAndText) {
  SourceFile src("t.go", "x := 42 // c\n\"s\"");
  Lexed l = lex_all(src);
  ASSERT_EQ(l.tokens.size(), 6u);
  struct Want {
    Tok kind;
    uint32_t begin, end;
    const char* text;
  } want[] = {{Tok::Ident, 0, 1, "x"},        {Tok::Define, 2, 4, ":="},
              {Tok::Int, 5, 7, "42"},         {Tok::Semicolon, 12, 13, "\n"},
              {Tok::String, 13, 16, "\"s\""}, {Tok::Semicolon, 16, 16, ""}};
  for (size_t i = 0; i < 6; i++) {
    EXPECT_EQ(l.tokens[i].kind, want[i].kind) << i;
    EXPECT_EQ(l.tokens[i].range.begin, want[i].begin) << i;
    EXPECT_EQ(l.tokens[i].range.end, want[i].end) << i;
    EXPECT_EQ(l.tokens[i].text, want[i].text) << i;
  }
  // Token text of names and literals points into the source text.
  EXPECT_EQ(l.tokens[0].text.data(), src.text().data());
}

TEST(Lexer, ByteOrderMarkAtStartIsIgnored) {
  SourceFile src("t.go", "\xEF\xBB\xBFpackage p");
  Lexed l = lex_all(src);
  EXPECT_TRUE(l.diags.empty());
  EXPECT_EQ(render(l.tokens), "package IDENT(p) ;eof");
  EXPECT_EQ(l.tokens[0].range.begin, 3u);
}

TEST(Lexer, MultiLineCommentSemicolonRange) {
  SourceFile src("t.go", "x /*\n*/ y");
  Lexed l = lex_all(src);
  ASSERT_GE(l.tokens.size(), 2u);
  EXPECT_EQ(l.tokens[1].kind, Tok::Semicolon);
  EXPECT_EQ(l.tokens[1].text, "\n");
  EXPECT_EQ(l.tokens[1].range.begin, 2u);
}

TEST(Lexer, EofIsSticky) {
  SourceFile src("t.go", "x");
  Diagnostics d;
  Lexer lx(src, d);
  EXPECT_EQ(lx.next().kind, Tok::Ident);
  EXPECT_EQ(lx.next().kind, Tok::Semicolon);
  for (int i = 0; i < 3; i++) EXPECT_EQ(lx.next().kind, Tok::Eof);
}

TEST(Lexer, ErrorsCarryFileIndex) {
  SourceFile src("t.go", "@");
  src.index = 3;
  Lexed l = lex_all(src);
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags.list()[0].file, 3);
}

TEST(Lexer, GarbageNeverStalls) {
  // Every byte value, in many arrangements: the lexer must terminate and report sanely.
  std::string all;
  for (int i = 0; i < 256; i++) all.push_back(char(i));
  for (int shift = 0; shift < 256; shift += 7) {
    std::string s = all.substr(size_t(shift)) + all.substr(0, size_t(shift));
    SourceFile src("t.go", s);
    Lexed l = lex_all(src);
    EXPECT_LE(l.tokens.size(), s.size() + 1);
    for (const Diagnostic& d : l.diags.list()) EXPECT_LE(d.range.end, s.size());
  }
}

// ---- token table ----

TEST(Token, KeywordLookup) {
  for (int k = int(kFirstKeyword); k <= int(kLastKeyword); k++) {
    EXPECT_EQ(keyword_lookup(tok_spelling(Tok(k))), Tok(k)) << tok_spelling(Tok(k));
    EXPECT_TRUE(is_keyword(Tok(k)));
  }
  for (const char* w : {"", "x", "iff", "Func", "fo", "forr", "packages", "types", "_",
                        "interfaces", "fallthroug", "ab", "zz"}) {
    EXPECT_EQ(keyword_lookup(w), Tok::Ident) << w;
  }
  EXPECT_FALSE(is_keyword(Tok::Ident));
  EXPECT_FALSE(is_keyword(Tok::Tilde));
}

TEST(Token, Spelling) {
  EXPECT_STREQ(tok_spelling(Tok::Add), "+");
  EXPECT_STREQ(tok_spelling(Tok::AndNotAssign), "&^=");
  EXPECT_STREQ(tok_spelling(Tok::Ellipsis), "...");
  EXPECT_STREQ(tok_spelling(Tok::Fallthrough), "fallthrough");
  EXPECT_STREQ(tok_spelling(Tok::Eof), "EOF");
  EXPECT_STREQ(tok_spelling(Tok::Count), "?");
}

TEST(Token, BinaryPrecedence) {
  for (Tok t : {Tok::Mul, Tok::Quo, Tok::Rem, Tok::Shl, Tok::Shr, Tok::And, Tok::AndNot}) {
    EXPECT_EQ(binary_precedence(t), 5) << tok_spelling(t);
  }
  for (Tok t : {Tok::Add, Tok::Sub, Tok::Or, Tok::Xor}) EXPECT_EQ(binary_precedence(t), 4);
  for (Tok t : {Tok::Eql, Tok::Neq, Tok::Lss, Tok::Leq, Tok::Gtr, Tok::Geq}) {
    EXPECT_EQ(binary_precedence(t), 3) << tok_spelling(t);
  }
  EXPECT_EQ(binary_precedence(Tok::LAnd), 2);
  EXPECT_EQ(binary_precedence(Tok::LOr), 1);
  for (Tok t : {Tok::Not, Tok::Arrow, Tok::Assign, Tok::Define, Tok::AddAssign, Tok::Ident,
                Tok::LParen, Tok::Inc, Tok::Tilde}) {
    EXPECT_EQ(binary_precedence(t), 0) << tok_spelling(t);
  }
}

// ---- literal decoding ----

struct UnquoteCase {
  const char* raw;
  std::string value;
};

TEST(Literal, UnquoteString) {
  const UnquoteCase cases[] = {
      {R"("")", ""},
      {R"("abc")", "abc"},
      {R"("a\"b")", "a\"b"},
      {R"("\a\b\f\n\r\t\v\\")", "\a\b\f\n\r\t\v\\"},
      {R"("\x41\101\x00")", std::string("AA\0", 3)},
      {R"("\xff\377")", "\xff\xff"},  // byte escapes are bytes, not runes
      {R"("\u00e9\U0001F600")", "\xC3\xA9\xF0\x9F\x98\x80"},
      {R"("日本")", "日本"},
      {"`raw \\n \"q\"`", "raw \\n \"q\""},
      {"`a\r\nb\rc`", "a\nbc"},  // carriage returns are dropped from raw strings
      {"`multi\nline`", "multi\nline"},
      {"``", ""},
  };
  for (const UnquoteCase& c : cases) {
    std::string out, err;
    EXPECT_TRUE(unquote_string(c.raw, out, err)) << c.raw << ": " << err;
    EXPECT_EQ(out, c.value) << c.raw;
  }
}

TEST(Literal, UnquoteStringErrors) {
  const char* bad[] = {
      "",         "\"",        "abc",         "\"abc",           "'a'",      R"("\q")", R"("\'")",
      R"("\x4")", R"("\400")", R"("\uD800")", R"("\U00110000")", "\"a\nb\"", "`a`b`"};
  for (const char* raw : bad) {
    std::string out, err;
    EXPECT_FALSE(unquote_string(raw, out, err)) << raw;
    EXPECT_FALSE(err.empty()) << raw;
  }
}

TEST(Literal, UnquoteChar) {
  struct {
    const char* raw;
    int32_t rune;
  } cases[] = {{"'a'", 'a'},        {"'\\n'", '\n'},
               {"'\\''", '\''},     {"'\\\\'", '\\'},
               {"'\\x41'", 0x41},   {"'\\xff'", 0xFF},
               {"'\\377'", 0xFF},   {"'\\000'", 0},
               {"'\\u00e9'", 0xE9}, {"'\\U0001F600'", 0x1F600},
               {"'é'", 0xE9},       {"'日'", 0x65E5},
               {"'\"'", '"'},       {"'\\t'", '\t'}};
  for (const auto& c : cases) {
    int32_t r = -1;
    std::string err;
    EXPECT_TRUE(unquote_char(c.raw, r, err)) << c.raw << ": " << err;
    EXPECT_EQ(r, c.rune) << c.raw;
  }
  const char* bad[] = {"''", "'ab'", "'\\\"'", "'\\q'", "'a", "\"a\"", "'\\400'", "'\\uDFFF'"};
  for (const char* raw : bad) {
    int32_t r;
    std::string err;
    EXPECT_FALSE(unquote_char(raw, r, err)) << raw;
    EXPECT_FALSE(err.empty()) << raw;
  }
}

TEST(Literal, ParseInt) {
  struct {
    const char* raw;
    uint64_t value;
  } cases[] = {{"0", 0},
               {"123", 123},
               {"1_000_000", 1000000},
               {"0x1F", 31},
               {"0X_1f", 31},
               {"0o17", 15},
               {"0O17", 15},
               {"0755", 493},
               {"0_7", 7},
               {"0b101", 5},
               {"0B_1_1", 3},
               {"00", 0},
               {"18446744073709551615", UINT64_MAX},
               {"0xFFFFFFFFFFFFFFFF", UINT64_MAX}};
  for (const auto& c : cases) {
    unsigned __int128 v = 7;
    bool overflow = true;
    EXPECT_TRUE(parse_int_literal(c.raw, v, overflow)) << c.raw;
    EXPECT_FALSE(overflow) << c.raw;
    EXPECT_TRUE(v == c.value) << c.raw;
  }
  // Beyond 64 bits: exactly 2^64, and the largest 128-bit value.
  unsigned __int128 v;
  bool overflow;
  ASSERT_TRUE(parse_int_literal("18446744073709551616", v, overflow));
  EXPECT_FALSE(overflow);
  EXPECT_TRUE(v == (unsigned __int128)1 << 64);
  ASSERT_TRUE(parse_int_literal("0xffffffffffffffffffffffffffffffff", v, overflow));
  EXPECT_FALSE(overflow);
  EXPECT_TRUE(v == ~(unsigned __int128)0);
  ASSERT_TRUE(parse_int_literal("340282366920938463463374607431768211455", v, overflow));
  EXPECT_FALSE(overflow);
  // 2^128 and beyond overflow.
  ASSERT_TRUE(parse_int_literal("340282366920938463463374607431768211456", v, overflow));
  EXPECT_TRUE(overflow);
  ASSERT_TRUE(parse_int_literal("0x1_00000000_00000000_00000000_00000000", v, overflow));
  EXPECT_TRUE(overflow);
  for (const char* bad : {"", "0x", "0b", "09", "0b2", "0o8", "12a", "1.5", "1e3", "1i", "_"}) {
    EXPECT_FALSE(parse_int_literal(bad, v, overflow)) << bad;
  }
}

TEST(Literal, ParseFloat) {
  struct {
    const char* raw;
    double value;
  } cases[] = {{"1.5", 1.5},        {".5", 0.5},
               {"1.", 1.0},         {"1e3", 1000.0},
               {"1E+3", 1000.0},    {"25e-2", 0.25},
               {"1_000.5", 1000.5}, {"0x1p-2", 0.25},
               {"0x1.8p1", 3.0},    {"0X_1FFFP-16", 0x1FFF / 65536.0},
               {"0x.8p0", 0.5},     {"09.5", 9.5},
               {"0755", 493.0},     {"0x10", 16.0},
               {"0b11", 3.0},       {"0o17", 15.0},
               {"42", 42.0},        {"0", 0.0},
               {"1e-400", 0.0}};
  for (const auto& c : cases) {
    double v = -1;
    EXPECT_TRUE(parse_float_literal(c.raw, v)) << c.raw;
    EXPECT_DOUBLE_EQ(v, c.value) << c.raw;
  }
  double v;
  EXPECT_TRUE(parse_float_literal("1e400", v));
  EXPECT_TRUE(std::isinf(v));
  for (const char* bad : {"", "abc", "0x1.8", "1.5i", "1e", "inf", "nan", "0b12", "--1"}) {
    EXPECT_FALSE(parse_float_literal(bad, v)) << bad;
  }
}

TEST(Literal, Utf8RoundTrip) {
  for (int32_t r :
       {0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF}) {
    std::string s;
    append_utf8(s, r);
    int w;
    EXPECT_EQ(decode_utf8(s, 0, w), r) << r;
    EXPECT_EQ(size_t(w), s.size()) << r;
  }
  // Invalid runes encode as U+FFFD, like Go's string(rune).
  for (int32_t r : {-1, 0xD800, 0xDFFF, 0x110000}) {
    std::string s;
    append_utf8(s, r);
    EXPECT_EQ(s, "\xEF\xBF\xBD") << r;
  }
}

TEST(Literal, Utf8DecodeInvalid) {
  const char* bad[] = {"\x80",         "\xC0\x80",     "\xC1\xBF",         "\xE2\x82",
                       "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                       "\xFF",         "\xF0\x9F\x98"};
  for (const char* s : bad) {
    int w = 0;
    EXPECT_EQ(decode_utf8(s, 0, w), 0xFFFD) << s;
    EXPECT_EQ(w, 1) << s;
  }
  int w = 5;
  EXPECT_EQ(decode_utf8("ab", 2, w), 0xFFFD);
  EXPECT_EQ(w, 0);
  EXPECT_EQ(decode_utf8("a\xC3\xA9", 1, w), 0xE9);
  EXPECT_EQ(w, 2);
}

TEST(Literal, RuneFormatting) {
  EXPECT_EQ(format_rune_u('@'), "U+0040 '@'");
  EXPECT_EQ(format_rune_u(0), "U+0000");
  EXPECT_EQ(format_rune_u(0xA0), "U+00A0");
  EXPECT_EQ(format_rune_u(0x2192), "U+2192 '\xE2\x86\x92'");
  EXPECT_EQ(format_rune_u(0x1F600), "U+1F600 '\xF0\x9F\x98\x80'");
  EXPECT_EQ(quote_rune('a'), "'a'");
  EXPECT_EQ(quote_rune('\n'), "'\\n'");
  EXPECT_EQ(quote_rune('\''), "'\\''");
  EXPECT_EQ(quote_rune(0), "'\\x00'");
  EXPECT_EQ(quote_rune(0xA0), "'\\u00a0'");
  EXPECT_EQ(quote_rune(0xE9), "'\xC3\xA9'");
  EXPECT_EQ(quote_rune(0xE0001), "'\\U000e0001'");
}

TEST(Literal, UnicodeClasses) {
  for (int32_t r : {int32_t('a'), int32_t('Z'), 0xE9, 0x3B1, 0x65E5, 0x5D0, 0x627, 0x1F00}) {
    EXPECT_TRUE(is_unicode_letter(r)) << r;
  }
  for (int32_t r : {int32_t('0'), int32_t('_'), int32_t('@'), 0xA0, 0xD7, 0x2192, 0x201C, 0x300,
                    0x3000, 0x1F600, 0xFEFF}) {
    EXPECT_FALSE(is_unicode_letter(r)) << r;
  }
  for (int32_t r : {int32_t('0'), int32_t('9'), 0x661, 0xFF11})
    EXPECT_TRUE(is_unicode_digit(r)) << r;
  for (int32_t r : {int32_t('a'), 0xE9, 0x2192}) EXPECT_FALSE(is_unicode_digit(r)) << r;
}

}  // namespace
}  // namespace gs
