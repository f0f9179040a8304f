// Tests futures/promises built from channels: async compute, await all, first-of race with timeout.
package main

import (
	"fmt"
	"time"
)

type Future struct {
	ch  chan struct{}
	val int
	err error
}

func Async(f func() (int, error)) *Future {
	fu := &Future{ch: make(chan struct{})}
	go func() {
		fu.val, fu.err = f()
		close(fu.ch)
	}()
	return fu
}

func (f *Future) Await() (int, error) {
	<-f.ch
	return f.val, f.err
}

func (f *Future) AwaitTimeout(d time.Duration) (int, error, bool) {
	select {
	case <-f.ch:
		return f.val, f.err, true
	case <-time.After(d):
		return 0, nil, false
	}
}

func slowSquare(n int, d time.Duration) func() (int, error) {
	return func() (int, error) {
		time.Sleep(d)
		if n < 0 {
			return 0, fmt.Errorf("negative %d", n)
		}
		return n * n, nil
	}
}

func main() {
	start := time.Now()
	fs := []*Future{
		Async(slowSquare(2, 30*time.Millisecond)),
		Async(slowSquare(3, 10*time.Millisecond)),
		Async(slowSquare(-1, 20*time.Millisecond)),
	}
	for i, f := range fs {
		v, err := f.Await()
		fmt.Println(i, v, err)
	}
	fmt.Println("all awaited in", time.Since(start).Round(5*time.Millisecond))
	slow := Async(slowSquare(9, time.Second))
	_, _, ok := slow.AwaitTimeout(50 * time.Millisecond)
	fmt.Println("slow finished in time:", ok)
	v, _, ok := slow.AwaitTimeout(2 * time.Second)
	fmt.Println("second wait:", v, ok)
	race := make(chan string, 3)
	for _, c := range []struct {
		name string
		d    time.Duration
	}{{"tortoise", 300 * time.Millisecond}, {"hare", 50 * time.Millisecond}, {"snail", time.Second}} {
		c := c
		go func() {
			time.Sleep(c.d)
			race <- c.name
		}()
	}
	fmt.Println("winner:", <-race, "second:", <-race)
}
