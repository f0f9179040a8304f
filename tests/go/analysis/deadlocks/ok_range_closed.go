// check
// Tests main ranging over a channel that its producer closes.
package main

import "fmt"

func main() {
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 1; i <= 3; i++ {
			nums <- i
		}
	}()
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum", sum)
}
