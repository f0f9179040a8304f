// UTF-8, string conversions and append, following the Go spec and runtime.
#include "runtime/strings.h"

#include <cstring>

#include "vm/growslice.h"

namespace gs {

const std::string kNilDeref = "invalid memory address or nil pointer dereference";
const std::string kDivideByZero = "integer divide by zero";

std::string index_error(int64_t i, int64_t n) {
  if (i < 0) return "index out of range [" + std::to_string(i) + "]";
  return "index out of range [" + std::to_string(i) + "] with length " + std::to_string(n);
}

std::string slice_error(int64_t lo, int64_t hi, int64_t max, int64_t cap, int flags) {
  // Go's boundsError formats: a negative bound is reported alone (boundsNegErrorFmts);
  // slicing an array or string (flag 8) reports its length, a slice its capacity.
  auto s = [](int64_t v) { return std::to_string(v); };
  std::string of = (flags & 8) ? " with length " : " with capacity ";
  std::string pre = "slice bounds out of range [";
  if (flags & 4) {
    if (max < 0) return pre + "::" + s(max) + "]";
    if (max > cap) return pre + "::" + s(max) + "]" + of + s(cap);
    if (hi < 0) return pre + ":" + s(hi) + ":]";
    if (hi > max) return pre + ":" + s(hi) + ":" + s(max) + "]";
    if (lo < 0) return pre + s(lo) + "::]";
    if (lo > hi) return pre + s(lo) + ":" + s(hi) + ":]";
    return "";
  }
  if (hi < 0) return pre + ":" + s(hi) + "]";
  if (hi > cap) return pre + ":" + s(hi) + "]" + of + s(cap);
  if (lo < 0) return pre + s(lo) + ":]";
  if (lo > hi) return pre + s(lo) + ":" + s(hi) + "]";
  return "";
}

int32_t decode_rune(std::string_view s, size_t i, int& width) {
  width = 1;
  if (i >= s.size()) return 0xFFFD;
  uint8_t c0 = uint8_t(s[i]);
  if (c0 < 0x80) return c0;
  auto cont = [&](size_t k) { return k < s.size() && (uint8_t(s[k]) & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(i + 1)) {
    width = 2;
    return ((c0 & 0x1F) << 6) | (uint8_t(s[i + 1]) & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF && cont(i + 1) && cont(i + 2)) {
    uint8_t c1 = uint8_t(s[i + 1]);
    if ((c0 == 0xE0 && c1 < 0xA0) || (c0 == 0xED && c1 > 0x9F)) return 0xFFFD;
    width = 3;
    return ((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (uint8_t(s[i + 2]) & 0x3F);
  }
  if (c0 >= 0xF0 && c0 <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    uint8_t c1 = uint8_t(s[i + 1]);
    if ((c0 == 0xF0 && c1 < 0x90) || (c0 == 0xF4 && c1 > 0x8F)) return 0xFFFD;
    width = 4;
    return ((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((uint8_t(s[i + 2]) & 0x3F) << 6) |
           (uint8_t(s[i + 3]) & 0x3F);
  }
  return 0xFFFD;
}

void encode_rune(std::string& out, int32_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += char(r);
  } else if (r < 0x800) {
    out += char(0xC0 | (r >> 6));
    out += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += char(0xE0 | (r >> 12));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  } else {
    out += char(0xF0 | (r >> 18));
    out += char(0x80 | ((r >> 12) & 0x3F));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  }
}

static bool new_string(Machine& m, std::string_view s, Slot* out) {
  if (s.empty()) {
    out[0].p = nullptr;
    out[1].i = 0;
    return true;
  }
  char* p = m.alloc_bytes(int64_t(s.size()));
  if (!p) return false;
  std::memcpy(p, s.data(), s.size());
  out[0].p = p;
  out[1].i = int64_t(s.size());
  return true;
}

bool string_concat(Machine& m, const Slot* a, const Slot* b, Slot* out) {
  int64_t na = a[1].i, nb = b[1].i;
  if (na == 0) {
    out[0] = b[0];
    out[1] = b[1];
    return true;
  }
  if (nb == 0) {
    out[0] = a[0];
    out[1] = a[1];
    return true;
  }
  char* p = m.alloc_bytes(na + nb);
  if (!p) return false;
  std::memcpy(p, a[0].p, size_t(na));
  std::memcpy(p + na, b[0].p, size_t(nb));
  out[0].p = p;
  out[1].i = na + nb;
  return true;
}

bool string_concat_n(Machine& m, const Slot* s, int n, Slot* out) {
  // Like Go's concatstrings: one allocation; a single non-empty operand is the result.
  int64_t total = 0;
  int nonempty = 0, last = 0;
  for (int i = 0; i < n; i++)
    if (int64_t len = s[2 * i + 1].i) {
      total += len;
      nonempty++;
      last = i;
    }
  if (nonempty <= 1) {
    Slot r[2] = {s[2 * last], s[2 * last + 1]};
    out[0] = r[0];
    out[1] = r[1];
    return true;
  }
  char* p = m.alloc_bytes(total);
  if (!p) return false;
  int64_t at = 0;
  for (int i = 0; i < n; i++) {
    int64_t len = s[2 * i + 1].i;
    if (len == 0) continue;  // an empty string's data pointer may be null
    std::memcpy(p + at, s[2 * i].p, size_t(len));
    at += len;
  }
  out[0].p = p;
  out[1].i = total;
  return true;
}

bool rune_to_string(Machine& m, int64_t r, Slot* out) {
  std::string s;
  encode_rune(s, (r < 0 || r > 0x10FFFF) ? 0xFFFD : int32_t(r));
  return new_string(m, s, out);
}

bool bytes_to_string(Machine& m, const Slot* slice, Slot* out) {
  int64_t n = slice[1].i;
  const Slot* d = static_cast<const Slot*>(slice[0].p);
  std::string s(size_t(n), '\0');
  for (int64_t i = 0; i < n; i++) s[size_t(i)] = char(d[i].u);
  return new_string(m, s, out);
}

bool runes_to_string(Machine& m, const Slot* slice, Slot* out) {
  int64_t n = slice[1].i;
  const Slot* d = static_cast<const Slot*>(slice[0].p);
  std::string s;
  for (int64_t i = 0; i < n; i++) encode_rune(s, int32_t(d[i].i));
  return new_string(m, s, out);
}

static bool new_slice(Machine& m, int64_t n, Slot* out) {
  Slot* p = m.alloc_slots(n);
  if (!p) return false;
  out[0].p = p;
  out[1].i = n;
  out[2].i = n;
  return true;
}

bool string_to_bytes(Machine& m, const Slot* str, Slot* out) {
  std::string_view s = slot_string(str);
  int64_t cap = int64_t(s.size());  // what gc gives for []byte(s) (len == cap)
  Slot* p = m.alloc_slots(cap);
  if (!p) return false;
  for (size_t i = 0; i < s.size(); i++) p[i].u = uint8_t(s[i]);
  out[0].p = p;
  out[1].i = int64_t(s.size());
  out[2].i = cap;
  return true;
}

bool string_to_runes(Machine& m, const Slot* str, Slot* out) {
  std::string_view s = slot_string(str);
  std::vector<int32_t> rs;
  for (size_t i = 0; i < s.size();) {
    int w;
    rs.push_back(decode_rune(s, i, w));
    i += size_t(w);
  }
  if (!new_slice(m, int64_t(rs.size()), out)) return false;
  Slot* p = static_cast<Slot*>(out[0].p);
  for (size_t i = 0; i < rs.size(); i++) p[i].i = rs[i];
  return true;
}

bool slice_append(Machine& m, const RType* elem, const Slot* s, const Slot* vals, int64_t n,
                  Slot* out) {
  int w = elem->slots;
  Slot data = s[0];
  int64_t len = s[1].i, cap = s[2].i;
  if (n == 0) {
    out[0] = s[0];
    out[1] = s[1];
    out[2] = s[2];
    return true;
  }
  int64_t need = len + n;
  if (need > cap) {
    int64_t ncap = grow_capacity(cap, need, elem->go_size, elem->has_pointers);
    Slot* p = m.alloc_slots(ncap * w);
    if (!p) return false;
    if (len > 0 && w > 0) std::memcpy(p, data.p, sizeof(Slot) * size_t(len * w));
    data.p = p;
    cap = ncap;
  }
  if (w > 0) std::memmove(static_cast<Slot*>(data.p) + len * w, vals, sizeof(Slot) * size_t(n * w));
  out[0] = data;
  out[1].i = need;
  out[2].i = cap;
  return true;
}

bool append_string(Machine& m, const Slot* s, const Slot* str, Slot* out) {
  std::string_view v = slot_string(str);
  std::vector<Slot> tmp(v.size());
  for (size_t i = 0; i < v.size(); i++) tmp[i].u = uint8_t(v[i]);
  static RType byte_type = [] {
    RType t;
    t.kind = Kind::Uint8;
    t.slots = 1;
    t.go_size = 1;
    return t;
  }();
  return slice_append(m, &byte_type, s, tmp.data(), int64_t(tmp.size()), out);
}

}  // namespace gs
