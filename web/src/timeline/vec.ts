// Growable typed arrays: the compact column storage of the timeline model. Appending is
// amortised O(1); `a` may be replaced when it grows, so readers take it after appending.
// Also withRoom (the renderer's reused per-frame buffers) and binary search on sorted columns.

export class F64Vec {
  a: Float64Array;
  n = 0;
  constructor(capacity = 16) {
    this.a = new Float64Array(capacity);
  }
  push(v: number): void {
    if (this.n === this.a.length) this.a = grow(this.a, new Float64Array(this.a.length * 2));
    this.a[this.n++] = v;
  }
  last(): number {
    return this.a[this.n - 1];
  }
}

export class I32Vec {
  a: Int32Array;
  n = 0;
  constructor(capacity = 16) {
    this.a = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.n === this.a.length) this.a = grow(this.a, new Int32Array(this.a.length * 2));
    this.a[this.n++] = v;
  }
}

export class U8Vec {
  a: Uint8Array;
  n = 0;
  constructor(capacity = 16) {
    this.a = new Uint8Array(capacity);
  }
  push(v: number): void {
    if (this.n === this.a.length) this.a = grow(this.a, new Uint8Array(this.a.length * 2));
    this.a[this.n++] = v;
  }
}

function grow<T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from as never);
  return to;
}

/** buf itself when it holds `need` elements, else a copy of it twice as long (or `need`). */
export function withRoom(buf: Float32Array<ArrayBuffer>, need: number): Float32Array<ArrayBuffer> {
  if (need <= buf.length) return buf;
  const bigger = new Float32Array(Math.max(need, buf.length * 2));
  bigger.set(buf);
  return bigger;
}

/** Index of the last element of a[0..n) that is <= v (a sorted ascending), or -1. */
export function lastLE(a: Float64Array, n: number, v: number): number {
  let lo = 0;
  let hi = n; // invariant: a[i] <= v for i < lo, a[i] > v for i >= hi
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first element of a[0..n) that is >= v (a sorted ascending), or n. */
export function firstGE(a: Float64Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
