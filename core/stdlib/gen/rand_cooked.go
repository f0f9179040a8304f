//go:build ignore

// Computes rngCooked of math_rand.go: the state of Go's additive lagged Fibonacci
// generator (x[n] = x[n-273] + x[n-607] mod 2^64) seeded with 1, after 7.8e12 steps, as Go
// defines the table. Iterating that long takes hours, so this jumps ahead: with P the
// characteristic polynomial x^607 - x^334 - 1, x^k mod P gives x[k] as a combination
// of the 607 seeded values. Run: go run core/stdlib/gen/rand_cooked.go
package main

import "fmt"

const (
	length = 607
	lag    = 273
	steps  = 7.8e12
)

// poly is a polynomial of degree < length with coefficients mod 2^64.
type poly [length]uint64

// mulMod returns a*b mod P.
func mulMod(a, b *poly) *poly {
	var prod [2*length - 1]uint64
	for i, ai := range a {
		if ai == 0 {
			continue
		}
		for j, bj := range b {
			prod[i+j] += ai * bj
		}
	}
	// x^d = x^(d-lag) + x^(d-length) for d >= length, from the highest degree down.
	for d := len(prod) - 1; d >= length; d-- {
		prod[d-lag] += prod[d]
		prod[d-length] += prod[d]
	}
	var r poly
	copy(r[:], prod[:length])
	return &r
}

// powX returns x^n mod P by squaring and multiplying.
func powX(n uint64) *poly {
	var result, base poly
	result[0] = 1
	base[1] = 1
	r, b := &result, &base
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = mulMod(r, b)
		}
		b = mulMod(b, b)
	}
	return r
}

// seedrand is the Lehmer generator x*48271 mod (2^31 - 1) (Schrage's method).
func seedrand(x int32) int32 {
	const a, q, r, m = 48271, 44488, 3399, 1<<31 - 1
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += m
	}
	return x
}

// seeded returns the 607 values the table's generator starts from (seed 1): each
// mixes three Lehmer outputs, after 20 discarded ones.
func seeded() *poly {
	var v poly
	x := int32(1)
	for i := -20; i < length; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := uint64(x) << 20
			x = seedrand(x)
			u ^= uint64(x) << 10
			x = seedrand(x)
			u ^= uint64(x)
			v[i] = u
		}
	}
	return &v
}

// cooked returns the generator's vector after n steps. The generator writes slot
// (334-k) mod 607 at step k, so with z[k] the value written at step k (and the seeded
// slots as z[-606..0]), z obeys the recurrence and the vector holds z[n-606..n].
func cooked(n uint64) [length]int64 {
	init := seeded()
	z := func(k int64) uint64 { return init[mod(length-lag-k)] }
	var vec [length]int64
	c := powX(n) // z[n-606] from z[-606..0], which stand for x^0..x^606
	for k := int64(n) - (length - 1); k <= int64(n); k++ {
		var v uint64
		for i, ci := range c {
			v += ci * z(int64(i)-(length-1))
		}
		vec[mod(length-lag-k)] = int64(v)
		var x poly
		x[1] = 1
		c = mulMod(c, &x)
	}
	return vec
}

func mod(k int64) int64 { return (k%length + length) % length }

func main() {
	vec := cooked(steps)
	fmt.Println("var rngCooked = [rngLen]int64{")
	for i, v := range vec {
		if i%4 == 0 {
			fmt.Print("\t")
		}
		fmt.Printf("%d,", v)
		if i%4 == 3 || i == length-1 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println("}")
}
