// Tests WithTimeout firing on virtual time, deadlines of children capped by the parent, and Deadline.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := slow(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), time.Since(start).Round(time.Millisecond))
	fmt.Println(slow(context.Background(), 10*time.Millisecond))
	parent, pcancel := context.WithTimeout(context.Background(), time.Second)
	defer pcancel()
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pd, _ := parent.Deadline()
	cd, ok := child.Deadline()
	fmt.Println(ok, cd.Equal(pd))
	_, has := context.Background().Deadline()
	fmt.Println(has)
}
