// The Go token set: one X-macro table gives the enum, the spellings and keyword lookup.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "source/source.h"

namespace gs {

// X(name, spelling). Keywords are marked by being listed in GS_KEYWORDS.
#define GS_TOKENS(X)                                                                               \
  X(Illegal, "ILLEGAL")                                                                            \
  X(Eof, "EOF")                                                                                    \
  X(Ident, "IDENT")                                                                                \
  X(Int, "INT")                                                                                    \
  X(Float, "FLOAT")                                                                                \
  X(Imag, "IMAG")                                                                                  \
  X(Char, "CHAR")                                                                                  \
  X(String, "STRING")                                                                              \
  X(Add, "+")                                                                                      \
  X(Sub, "-")                                                                                      \
  X(Mul, "*") X(Quo, "/") X(Rem, "%") X(And, "&") X(Or, "|") X(Xor, "^") X(Shl, "<<") X(Shr, ">>") \
      X(AndNot, "&^") X(AddAssign, "+=") X(SubAssign, "-=") X(MulAssign, "*=") X(QuoAssign, "/=")  \
          X(RemAssign, "%=") X(AndAssign, "&=") X(OrAssign, "|=") X(XorAssign, "^=") X(            \
              ShlAssign, "<<=") X(ShrAssign, ">>=") X(AndNotAssign, "&^=") X(LAnd, "&&")           \
              X(LOr, "||") X(Arrow, "<-") X(Inc, "++") X(Dec, "--") X(Eql, "==") X(Lss, "<") X(    \
                  Gtr, ">") X(Assign, "=") X(Not, "!") X(Neq, "!=") X(Leq, "<=") X(Geq, ">=")      \
                  X(Define, ":=") X(Ellipsis, "...") X(LParen, "(") X(LBrack, "[") X(LBrace, "{")  \
                      X(Comma, ",") X(Period, ".") X(RParen, ")") X(RBrack, "]") X(RBrace, "}")    \
                          X(Semicolon, ";") X(Colon, ":") X(Tilde, "~")                            \
                              X(Break, "break") X(Case, "case") X(Chan, "chan") X(                 \
                                  Const, "const") X(Continue, "continue") X(Default, "default")    \
                                  X(Defer, "defer") X(Else, "else") X(Fallthrough, "fallthrough")  \
                                      X(For, "for") X(Func, "func") X(Go, "go") X(Goto, "goto")    \
                                          X(If, "if") X(Import, "import")                          \
                                              X(Interface, "interface") X(Map, "map")              \
                                                  X(Package, "package") X(Range, "range")          \
                                                      X(Return, "return") X(Select, "select")      \
                                                          X(Struct, "struct") X(Switch, "switch")  \
                                                              X(Type, "type") X(Var, "var")

enum class Tok : uint8_t {
#define GS_TOK_ENUM(name, spelling) name,
  GS_TOKENS(GS_TOK_ENUM)
#undef GS_TOK_ENUM
      Count
};

// First and last keyword in the table (keywords are contiguous).
constexpr Tok kFirstKeyword = Tok::Break;
constexpr Tok kLastKeyword = Tok::Var;

const char* tok_spelling(Tok t);
// Returns Tok::Ident when `word` is not a keyword.
Tok keyword_lookup(std::string_view word);
inline bool is_keyword(Tok t) { return t >= kFirstKeyword && t <= kLastKeyword; }

// The binary operator of an assignment operator (AddAssign -> Add, ...).
Tok assign_op_base(Tok t);

// == != < <= > >=: operators whose operands keep their own types and whose result is bool.
inline bool is_comparison(Tok t) {
  return t == Tok::Eql || t == Tok::Neq || t == Tok::Lss || t == Tok::Leq || t == Tok::Gtr ||
         t == Tok::Geq;
}

// Binary operator precedence as in the Go spec (5 = * / % << >> & &^ ... 1 = ||), 0 if none.
int binary_precedence(Tok t);

struct Token {
  Tok kind = Tok::Illegal;
  Range range;
  // For Ident and literals: the source text (literals unprocessed, e.g. with quotes).
  // For an automatically inserted semicolon: "\n" (or "" at EOF).
  std::string_view text;
};

}  // namespace gs
