// Seeded random choices for the generator. math/rand/v2's PCG is specified, so the same
// seed gives the same program on every Go version.
package progen

import "math/rand/v2"

// Rand is the generator's only source of choices.
type Rand struct{ r *rand.Rand }

// NewRand returns the choice source of one program.
func NewRand(seed uint64) *Rand {
	return &Rand{rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Intn returns a number in [0, n).
func (r *Rand) Intn(n int) int { return r.r.IntN(n) }

// Range returns a number in [lo, hi].
func (r *Rand) Range(lo, hi int) int { return lo + r.r.IntN(hi-lo+1) }

// Chance is true with probability pct percent.
func (r *Rand) Chance(pct int) bool { return r.r.IntN(100) < pct }

// Uint64 returns 64 random bits.
func (r *Rand) Uint64() uint64 { return r.r.Uint64() }

// Weighted returns an index into weights, each chosen in proportion to its weight.
func (r *Rand) Weighted(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// Pick returns one element of xs.
func Pick[T any](r *Rand, xs []T) T { return xs[r.Intn(len(xs))] }
