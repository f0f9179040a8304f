// check
// expect race: 19 23
// Tests wg.Add called inside the goroutine: Wait returns before the work and the result races.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	result := 0
	go func() {
		time.Sleep(10 * time.Millisecond) // the goroutine starts its work late...
		wg.Add(1)                         // ...so this Add comes after main's Wait returned
		defer wg.Done()
		result = 42
	}()
	wg.Wait() // the counter is still 0: returns at once
	time.Sleep(50 * time.Millisecond)
	fmt.Println("result:", result)
}
