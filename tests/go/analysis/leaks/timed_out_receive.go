// check
// expect leak: 14
// Tests a timed-out receive on an unbuffered channel: fetch gives up, the worker is left behind.
package main

import (
	"errors"
	"fmt"
	"time"
)

func fetch(timeout time.Duration) (string, error) {
	ch := make(chan string) // unbuffered: the worker's send needs a receiver
	go func() {
		time.Sleep(200 * time.Millisecond) // slow backend
		ch <- "response"                   // nobody receives after the timeout
	}()
	select {
	case r := <-ch:
		return r, nil
	case <-time.After(timeout):
		return "", errors.New("fetch timed out")
	}
}

func main() {
	_, err := fetch(50 * time.Millisecond)
	fmt.Println("error:", err)
}
