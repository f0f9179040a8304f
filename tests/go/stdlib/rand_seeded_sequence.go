// math/rand with an explicit seed gives Go's exact sequence (its lagged Fibonacci
// generator) through every Rand method; seeds are taken modulo 2^31-1, 0 is special.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Float64())
	fmt.Println(rand.New(rand.NewSource(1)).Perm(5))
	fmt.Println(r.Uint32(), r.Uint64(), r.Int31(), r.Int(), r.Float32())
	fmt.Println(r.Int63n(1000), r.Int63n(1<<40), r.Int31n(7), r.Int31n(64), r.Intn(1<<40), r.Intn(3))
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	for _, seed := range []int64{0, 89482311, -5, 1<<31 - 1, 1<<31 + 6, -1 << 63} {
		s := rand.NewSource(seed)
		fmt.Print(s.Int63(), " ")
	}
	fmt.Println()
	r.Seed(7)
	a := r.Int63()
	r.Seed(7)
	fmt.Println(a == r.Int63(), a)
	s64 := rand.NewSource(3).(rand.Source64)
	fmt.Println(s64.Uint64())
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += r.Intn(10)
	}
	fmt.Println(sum)
}
