// Tests exponential backoff with a cap, fatal vs transient errors and context deadline.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrTransient = errors.New("transient")
var ErrFatal = errors.New("fatal")

type op func(attempt int) error

func retry(ctx context.Context, maxAttempts int, base time.Duration, f op) (int, error) {
	delay := base
	var last error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		err := f(attempt)
		if err == nil {
			return attempt, nil
		}
		if errors.Is(err, ErrFatal) {
			return attempt, fmt.Errorf("giving up: %w", err)
		}
		last = err
		fmt.Printf("  attempt %d failed (%v), sleeping %v\n", attempt, err, delay)
		t := time.NewTimer(delay)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return attempt, fmt.Errorf("cancelled after %d attempts: %w (last: %v)", attempt, ctx.Err(), last)
		}
		delay *= 2
		if delay > time.Second {
			delay = time.Second
		}
	}
	return maxAttempts, fmt.Errorf("exhausted: %w", last)
}

func main() {
	start := time.Now()
	n, err := retry(context.Background(), 5, 100*time.Millisecond, func(a int) error {
		if a < 3 {
			return fmt.Errorf("try %d: %w", a, ErrTransient)
		}
		return nil
	})
	fmt.Println(n, err, time.Since(start).Truncate(50*time.Millisecond))
	start = time.Now()
	n, err = retry(context.Background(), 10, 200*time.Millisecond, func(a int) error { return ErrTransient })
	fmt.Println(n, err, time.Since(start).Truncate(50*time.Millisecond))
	n, err = retry(context.Background(), 10, time.Millisecond, func(a int) error {
		if a == 2 {
			return fmt.Errorf("boom: %w", ErrFatal)
		}
		return ErrTransient
	})
	fmt.Println(n, err, errors.Is(err, ErrFatal))
	ctx, cancel := context.WithTimeout(context.Background(), 350*time.Millisecond)
	defer cancel()
	start = time.Now()
	n, err = retry(ctx, 10, 100*time.Millisecond, func(a int) error { return ErrTransient })
	fmt.Println(n, err, errors.Is(err, context.DeadlineExceeded), time.Since(start).Truncate(50*time.Millisecond))
}
