// check
// Tests handing a slice over a channel: the sender stops touching it, the receiver owns it.
package main

import "fmt"

func main() {
	batches := make(chan []int)
	go func() {
		for b := 0; b < 3; b++ {
			batch := make([]int, 3)
			for i := range batch {
				batch[i] = b*10 + i
			}
			batches <- batch // ownership moves to the receiver
		}
		close(batches)
	}()
	for batch := range batches {
		for i := range batch {
			batch[i] *= 2
		}
		fmt.Println(batch)
	}
}
