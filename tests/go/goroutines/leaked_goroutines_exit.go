// Tests goroutines blocked forever when main returns: program exits 0.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 5; i++ {
		go func() { ch <- 1 }()
	}
	go func() { mu.Lock() }()
	go func() { select {} }()
	var nilch chan int
	go func() { <-nilch }()
	fmt.Println("received", <-ch)
	fmt.Println("main returns")
}
