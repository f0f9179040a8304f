// Tests splitting work into chunks summed by goroutines, results sent over a channel and combined.
package main

import "fmt"

type partial struct {
	chunk int
	sum   int64
}

func main() {
	const n = 100000
	data := make([]int64, n)
	for i := range data {
		data[i] = int64(i + 1)
	}
	const chunks = 7
	ch := make(chan partial)
	size := (n + chunks - 1) / chunks
	for c := 0; c < chunks; c++ {
		lo := c * size
		hi := lo + size
		if hi > n {
			hi = n
		}
		go func(c int, part []int64) {
			var s int64
			for _, v := range part {
				s += v
			}
			ch <- partial{c, s}
		}(c, data[lo:hi])
	}
	sums := make([]int64, chunks)
	var total int64
	for i := 0; i < chunks; i++ {
		p := <-ch
		sums[p.chunk] = p.sum
		total += p.sum
	}
	fmt.Println(sums)
	fmt.Println(total, total == int64(n)*(n+1)/2)
}
