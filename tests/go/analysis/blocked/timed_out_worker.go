// check
// expect blocked: 17
// expect leak: 15
// Tests a worker whose result send blocks forever after the caller timed out, while main keeps serving.
package main

import (
	"errors"
	"fmt"
	"time"
)

func fetch(timeout time.Duration) (string, error) {
	ch := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- "response" // the caller is gone: nobody can receive
	}()
	select {
	case r := <-ch:
		return r, nil
	case <-time.After(timeout):
		return "", errors.New("fetch timed out")
	}
}

func main() {
	_, err := fetch(10 * time.Millisecond)
	fmt.Println("error:", err)
	time.Sleep(100 * time.Millisecond) // main keeps serving other work
	fmt.Println("main done")
}
