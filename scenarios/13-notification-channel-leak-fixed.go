// Title: Fix: a buffer of one for the result
// Shows: With a result channel of capacity 1, the late goroutine can always complete its send, even when nobody is listening any more, and then it exits; the channel is garbage collected with the value in it.
// Expect: the call times out, the late answer goes into the buffer, the goroutine exits; no leak.
// Check: clean
// Pair: 12-notification-channel-leak-bad

package main

import (
	"errors"
	"fmt"
	"time"
)

func fetch(item string) (int, error) {
	// FIX: room for the one value the goroutine will ever send.
	result := make(chan int, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		fmt.Println("backend: answering for", item)
		result <- 42 // never blocks
		fmt.Println("backend: answer buffered, exiting")
	}()
	select {
	case price := <-result:
		return price, nil
	case <-time.After(100 * time.Millisecond):
		return 0, errors.New("timeout")
	}
}

func main() {
	_, err := fetch("coffee")
	fmt.Println("main: fetch coffee:", err)
	time.Sleep(time.Second)
	fmt.Println("main: done; no goroutine left behind")
}
