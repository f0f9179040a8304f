// Benchmark: insert 1M int keys into a map, then look each one up (CPU-bound: maps).
package main

import "fmt"

func main() {
	const n = 1_000_000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		// Spread the keys so they are not simply 0..n-1.
		m[i*7919+13] = i
	}
	sum := 0
	found := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7919+13]; ok {
			sum += v
			found++
		}
	}
	fmt.Println("map len:", len(m), "found:", found, "checksum:", sum)
}
