// Tests WithValue lookups and a hand-written detached Context that keeps values but is never cancelled.
package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string

type detached struct{ parent context.Context }

func (d detached) Deadline() (time.Time, bool)       { return time.Time{}, false }
func (d detached) Done() <-chan struct{}             { return nil }
func (d detached) Err() error                        { return nil }
func (d detached) Value(key any) any                 { return d.parent.Value(key) }

func main() {
	base := context.WithValue(context.Background(), ctxKey("user"), "alice")
	req, cancel := context.WithCancel(base)
	req = context.WithValue(req, ctxKey("id"), 42)
	d := detached{req}
	cancel()
	fmt.Println(req.Err(), req.Value(ctxKey("user")), req.Value(ctxKey("id")), req.Value(ctxKey("none")))
	fmt.Println(d.Err(), d.Value(ctxKey("user")), d.Value(ctxKey("id")))
	// A context derived from the detached one works normally.
	c2, c2cancel := context.WithTimeout(d, 20*time.Millisecond)
	defer c2cancel()
	<-c2.Done()
	fmt.Println(c2.Err(), c2.Value(ctxKey("user")))
}
