// math/rand with an explicit seed: Go's generator gives a fixed sequence for a seed
// (programs and tests rely on it); goroscope seeds a different generator (splitmix).
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Float64())
	fmt.Println(rand.New(rand.NewSource(1)).Perm(5))
}
