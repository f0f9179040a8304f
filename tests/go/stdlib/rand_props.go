// Tests math/rand functions by properties that hold for any generator: ranges, permutations, shuffles.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	okIntn := true
	for i := 0; i < 1000; i++ {
		v := rand.Intn(10)
		if v < 0 || v >= 10 {
			okIntn = false
		}
	}
	fmt.Println("Intn in [0,10):", okIntn)
	okF := true
	for i := 0; i < 1000; i++ {
		f := rand.Float64()
		if f < 0 || f >= 1 {
			okF = false
		}
	}
	fmt.Println("Float64 in [0,1):", okF)
	p := rand.Perm(8)
	sort.Ints(p)
	fmt.Println("Perm sorted:", p)
	xs := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sort.Strings(xs)
	fmt.Println("Shuffle keeps elements:", xs)
	r := rand.New(rand.NewSource(42))
	v := r.Int63n(100)
	fmt.Println("Int63n in range:", v >= 0 && v < 100, rand.Int() >= 0, rand.Int31n(5) < 5)
	seen := map[int]bool{}
	for i := 0; i < 2000; i++ {
		seen[rand.Intn(6)] = true
	}
	fmt.Println("all six faces seen:", len(seen) == 6)
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 20; i++ {
		if a.Intn(1000) != b.Intn(1000) {
			same = false
		}
	}
	fmt.Println("same seed same sequence:", same)
}
