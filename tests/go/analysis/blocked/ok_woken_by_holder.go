// check
// Tests a consumer blocked on a channel whose producer is sleeping and sends later.
package main

import (
	"fmt"
	"sync"
	"time"
)

func pipeline(wg *sync.WaitGroup) {
	ch := make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		time.Sleep(30 * time.Millisecond) // the consumer is blocked meanwhile
		ch <- 7
	}()
	go func() {
		defer wg.Done()
		fmt.Println("consumer got", <-ch)
	}()
}

func main() {
	var wg sync.WaitGroup
	pipeline(&wg)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main still running")
	wg.Wait()
}
