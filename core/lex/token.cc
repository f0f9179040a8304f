// Token spellings, keyword lookup and binary operator precedence (Go spec "Operators").
#include "lex/token.h"

#include <array>

namespace gs {

namespace {

constexpr const char* kSpellings[] = {
#define GS_TOK_SPELLING(name, spelling) spelling,
    GS_TOKENS(GS_TOK_SPELLING)
#undef GS_TOK_SPELLING
};
static_assert(sizeof(kSpellings) / sizeof(kSpellings[0]) == size_t(Tok::Count));

// Keywords are looked up through a perfect hash of (first byte, second byte, length); the
// 25 Go keywords have no collisions in a 64-entry table (checked by build_keyword_table).
constexpr unsigned keyword_hash(std::string_view s) {
  return (((unsigned(uint8_t(s[0])) << 4) ^ unsigned(uint8_t(s[1]))) + unsigned(s.size())) & 63u;
}

struct KeywordTable {
  std::array<Tok, 64> slot{};
  bool perfect = true;
};

constexpr KeywordTable build_keyword_table() {
  KeywordTable t;
  for (auto& s : t.slot) s = Tok::Ident;
  for (int k = int(kFirstKeyword); k <= int(kLastKeyword); k++) {
    std::string_view word = kSpellings[k];
    unsigned h = keyword_hash(word);
    if (t.slot[h] != Tok::Ident) t.perfect = false;
    t.slot[h] = Tok(k);
  }
  return t;
}

constexpr KeywordTable kKeywords = build_keyword_table();
static_assert(kKeywords.perfect, "keyword hash must be collision-free");

}  // namespace

const char* tok_spelling(Tok t) {
  return size_t(t) < size_t(Tok::Count) ? kSpellings[size_t(t)] : "?";
}

Tok keyword_lookup(std::string_view word) {
  // Keywords are 2..11 bytes long; anything else cannot match.
  if (word.size() < 2 || word.size() > 11) return Tok::Ident;
  Tok k = kKeywords.slot[keyword_hash(word)];
  if (k != Tok::Ident && word == kSpellings[size_t(k)]) return k;
  return Tok::Ident;
}

int binary_precedence(Tok t) {
  switch (t) {
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
      return 5;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
      return 4;
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
      return 3;
    case Tok::LAnd:
      return 2;
    case Tok::LOr:
      return 1;
    default:
      return 0;
  }
}

}  // namespace gs

namespace gs {

Tok assign_op_base(Tok t) {
  switch (t) {
    case Tok::AddAssign:
      return Tok::Add;
    case Tok::SubAssign:
      return Tok::Sub;
    case Tok::MulAssign:
      return Tok::Mul;
    case Tok::QuoAssign:
      return Tok::Quo;
    case Tok::RemAssign:
      return Tok::Rem;
    case Tok::AndAssign:
      return Tok::And;
    case Tok::OrAssign:
      return Tok::Or;
    case Tok::XorAssign:
      return Tok::Xor;
    case Tok::ShlAssign:
      return Tok::Shl;
    case Tok::ShrAssign:
      return Tok::Shr;
    case Tok::AndNotAssign:
      return Tok::AndNot;
    default:
      return Tok::Illegal;
  }
}

}  // namespace gs
