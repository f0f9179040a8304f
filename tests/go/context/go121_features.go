// Tests Go 1.21 context features: WithoutCancel keeps values but not cancellation, AfterFunc runs once (and stop), WithCancelCause/Cause, WithTimeoutCause.
// golden written by hand (Go 1.21 features; Debian's Go 1.19 lacks them)
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key struct{}

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key{}, "v"))
	detached := context.WithoutCancel(parent)
	calls := make(chan string, 4)
	stop := context.AfterFunc(parent, func() { calls <- "after func ran" })
	cancel()
	cancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value(key{}), detached.Done() == nil)
	fmt.Println(<-calls)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(calls), stop())

	c2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(c2, func() { calls <- "never" })
	fmt.Println(stop2(), stop2())
	cancel2()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(calls))

	errBoom := errors.New("boom")
	c3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errBoom)
	fmt.Println(c3.Err(), context.Cause(c3), errors.Is(context.Cause(c3), errBoom))
	c4, cancel4 := context.WithCancel(context.Background())
	cancel4()
	fmt.Println(context.Cause(c4))
	errSlow := errors.New("too slow")
	c5, cancel5 := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errSlow)
	defer cancel5()
	<-c5.Done()
	fmt.Println(c5.Err(), context.Cause(c5))
	fmt.Println(context.Cause(context.Background()))
}
