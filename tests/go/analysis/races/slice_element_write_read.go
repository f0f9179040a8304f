// check
// expect race: 12 16
// Tests a slice element written by a goroutine while main sums the slice.
package main

import "fmt"

func main() {
	scores := []int{10, 20, 30}
	done := make(chan bool)
	go func() {
		scores[1] = 25
		done <- true
	}()
	sum := 0
	for _, s := range scores {
		sum += s
	}
	<-done
	fmt.Println("sum is 60 or 65:", sum == 60 || sum == 65)
}
