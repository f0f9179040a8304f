// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests main ranging over a channel whose producer never closes it.
package main

import "fmt"

func main() {
	nums := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			nums <- i
		}
		// BUG: no close(nums)
	}()
	sum := 0
	for n := range nums {
		sum += n
		fmt.Println("got", n)
	}
	fmt.Println("sum", sum)
}
