// Title: Expecting deterministic select
// Shows: When several cases of a select are ready, Go picks one at random, not the first one written. A consumer that expects to drain every message before it sees the disconnect signal sometimes quits early and loses messages.
// Expect: fails under some seeds (lost messages); the number received changes with the seed.
// Check: some-seeds-fail
// Pair: 10-nondeterministic-select-fixed

package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	messages := make(chan int, 10)
	disconnect := make(chan struct{})

	// The producer sends a message every 100ms, then says goodbye.
	go func() {
		for i := 1; i <= 10; i++ {
			messages <- i
			time.Sleep(100 * time.Millisecond)
		}
		fmt.Println("producer: sent 10 messages, disconnecting")
		disconnect <- struct{}{}
	}()

	received := 0
	for {
		// BUG: "messages is listed first, so it wins while it has data" is
		// wrong: with both cases ready, select chooses one uniformly at random.
		select {
		case m := <-messages:
			received++
			fmt.Println("consumer: got message", m)
			time.Sleep(150 * time.Millisecond) // handling a message is slower
		case <-disconnect:
			fmt.Printf("consumer: disconnected after %d of 10 messages\n", received)
			if received < 10 {
				fmt.Println("messages lost, still in the buffer:", 10-received)
				os.Exit(1)
			}
			return
		}
	}
}
