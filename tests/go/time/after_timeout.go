// Tests time.After in select: a fast operation wins, a slow one times out.
package main

import (
	"fmt"
	"time"
)

func fetch(delay time.Duration, val string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- val
	}()
	return ch
}

func main() {
	select {
	case v := <-fetch(10*time.Millisecond, "fast result"):
		fmt.Println(v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case v := <-fetch(100*time.Millisecond, "slow result"):
		fmt.Println(v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	t := <-time.After(5 * time.Millisecond)
	fmt.Println("time.After delivers a time:", !t.IsZero())
}
