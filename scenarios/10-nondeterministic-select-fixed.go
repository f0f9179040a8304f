// Title: Fix: drain before disconnecting
// Shows: The disconnect signal only means "nothing more will be sent". On receiving it, the consumer drains what is still buffered (a select with a default case) before it stops, so no message is lost whatever select picks.
// Expect: every seed receives all 10 messages.
// Check: clean
// Pair: 09-nondeterministic-select-bad

package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	messages := make(chan int, 10)
	disconnect := make(chan struct{})

	go func() {
		for i := 1; i <= 10; i++ {
			messages <- i
			time.Sleep(100 * time.Millisecond)
		}
		fmt.Println("producer: sent 10 messages, disconnecting")
		disconnect <- struct{}{}
	}()

	received := 0
	handle := func(m int) {
		received++
		fmt.Println("consumer: got message", m)
		time.Sleep(150 * time.Millisecond)
	}
	for {
		select {
		case m := <-messages:
			handle(m)
		case <-disconnect:
			// FIX: take everything still in the buffer, then stop. (With a
			// single producer, closing messages and ranging over it is
			// simpler still.)
		drain:
			for {
				select {
				case m := <-messages:
					handle(m)
				default: // the buffer is empty
					break drain
				}
			}
			fmt.Printf("consumer: disconnected after %d of 10 messages\n", received)
			if received < 10 {
				os.Exit(1)
			}
			return
		}
	}
}
