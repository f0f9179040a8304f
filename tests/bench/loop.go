// Benchmark: a 50M-iteration integer loop (CPU-bound: arithmetic and back-edges).
package main

import "fmt"

func main() {
	const n = 50_000_000
	var sum uint64
	x := uint64(1)
	for i := 0; i < n; i++ {
		x = x*6364136223846793005 + 1442695040888963407
		sum += (x >> 33) ^ uint64(i)
		if i%7 == 3 {
			sum -= uint64(i & 255)
		}
	}
	fmt.Println("loop checksum:", sum)
}
