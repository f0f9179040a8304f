// Title: A result channel nobody reads
// Shows: fetch starts a goroutine and waits for its answer with a timeout. When the timeout wins, nobody will ever receive from the unbuffered channel, so the goroutine blocks forever on its send and leaks, one per slow call.
// Expect: the call times out; the analysis reports the sender goroutine blocked forever and leaked at exit.
// Check: leak
// Pair: 13-notification-channel-leak-fixed

package main

import (
	"errors"
	"fmt"
	"time"
)

// fetch asks a slow backend for a price, but waits at most 100ms.
func fetch(item string) (int, error) {
	result := make(chan int) // BUG: unbuffered; the send needs a receiver
	go func() {
		time.Sleep(300 * time.Millisecond) // the backend is slow today
		fmt.Println("backend: answering for", item)
		result <- 42 // blocks forever: fetch has already returned
		fmt.Println("backend: never printed")
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
	time.Sleep(time.Second) // the program goes on with other work
	fmt.Println("main: done; the backend goroutine is still stuck on its send")
}
