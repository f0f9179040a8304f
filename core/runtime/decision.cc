// xoshiro256** seeded by splitmix64; recording and replay of choices.
#include "runtime/decision.h"

namespace gs {

static uint64_t splitmix(uint64_t& x) {
  uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

DecisionSource::DecisionSource(uint64_t seed) {
  uint64_t x = seed;
  for (auto& s : s_) s = splitmix(x);
}

void DecisionSource::replay(std::vector<uint64_t> choices) {
  replay_ = std::move(choices);
  replay_pos_ = 0;
  replaying_ = true;
}

uint64_t DecisionSource::next() {
  uint64_t result = rotl(s_[1] * 5, 7) * 9;
  uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

uint64_t DecisionSource::choose(uint64_t n) {
  if (n <= 1) return 0;
  uint64_t v;
  if (replaying_) {
    if (replay_pos_ < replay_.size() && replay_[replay_pos_] < n) {
      v = replay_[replay_pos_++];
    } else {
      diverged_ = true;
      v = next() % n;
    }
  } else {
    // Lemire's multiply-shift keeps the choice unbiased enough for scheduling.
    v = uint64_t((unsigned __int128)next() * n >> 64);
  }
  if (recording_) record_.push_back(v);
  return v;
}

uint64_t DecisionSource::bits63() { return choose(uint64_t(1) << 63); }

std::string DecisionSource::encode(const std::vector<uint64_t>& choices) {
  // Unsigned LEB128 in base64url: small choices take one character or two.
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string bytes;
  for (uint64_t v : choices) {
    do {
      uint8_t b = v & 0x7f;
      v >>= 7;
      if (v) b |= 0x80;
      bytes.push_back(char(b));
    } while (v);
  }
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(alphabet[(acc >> bits) & 63]);
    }
  }
  if (bits > 0) out.push_back(alphabet[(acc << (6 - bits)) & 63]);
  return out;
}

bool DecisionSource::decode(const std::string& text, std::vector<uint64_t>& out) {
  std::string bytes;
  uint32_t acc = 0;
  int bits = 0;
  for (char ch : text) {
    int v;
    if (ch >= 'A' && ch <= 'Z')
      v = ch - 'A';
    else if (ch >= 'a' && ch <= 'z')
      v = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9')
      v = ch - '0' + 52;
    else if (ch == '-')
      v = 62;
    else if (ch == '_')
      v = 63;
    else if (ch == '\n' || ch == '\r' || ch == ' ')
      continue;
    else
      return false;
    acc = (acc << 6) | uint32_t(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(char((acc >> bits) & 0xff));
    }
  }
  out.clear();
  uint64_t cur = 0;
  int shift = 0;
  for (unsigned char b : bytes) {
    if (shift > 63) return false;
    cur |= uint64_t(b & 0x7f) << shift;
    if (b & 0x80) {
      shift += 7;
    } else {
      out.push_back(cur);
      cur = 0;
      shift = 0;
    }
  }
  return shift == 0;
}

}  // namespace gs
