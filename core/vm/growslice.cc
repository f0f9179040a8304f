// Go's append growth (runtime.growslice): the capacity rule and gc's malloc size classes.
#include "vm/growslice.h"

#include <cstdint>

namespace gs {

namespace {
// Go's malloc size classes (bytes), for append's capacity rounding.
const int64_t kSizeClasses[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

// Go's roundupsize: the size class, and since Go 1.22 an 8-byte malloc header inside the
// object for objects with pointers over 512 bytes (so []string grows 32 -> 71, not 64).
int64_t roundupsize(int64_t size, bool noscan) {
  const int64_t header = !noscan && size > 512 ? 8 : 0;
  if (size <= 32768 - 8) {
    for (int64_t c : kSizeClasses)
      if (c >= size + header) return c - header;
  }
  const int64_t page = 8192;
  return (size + page - 1) / page * page;
}
}  // namespace

bool append_len_ok(int64_t len, int64_t n, int64_t elem_size) {
  constexpr int64_t kMaxAlloc = int64_t(1) << 48;  // amd64
  if (n > INT64_MAX - len) return false;
  return elem_size == 0 || len + n <= kMaxAlloc / elem_size;
}

int64_t grow_capacity(int64_t old_cap, int64_t needed, int64_t elem_size, bool has_pointers) {
  int64_t newcap = old_cap;
  int64_t doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else {
    const int64_t threshold = 256;
    if (old_cap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = needed;
    }
  }
  if (elem_size == 0) return newcap;
  int64_t mem = roundupsize(newcap * elem_size, !has_pointers);
  return mem / elem_size;
}

}  // namespace gs
