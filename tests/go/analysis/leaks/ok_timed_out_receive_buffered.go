// check
// Tests the timed-out receive fixed with a buffer of 1: the late worker can always deliver and exit.
package main

import (
	"errors"
	"fmt"
	"time"
)

func fetch(timeout time.Duration) (string, error) {
	ch := make(chan string, 1) // the worker never blocks on send
	go func() {
		time.Sleep(100 * time.Millisecond)
		ch <- "response"
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
	time.Sleep(200 * time.Millisecond) // main keeps working; the worker finishes meanwhile
	fmt.Println("main done")
}
