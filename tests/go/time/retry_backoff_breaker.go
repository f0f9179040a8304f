// Tests retry with exponential backoff and jitter-free delays on virtual time; circuit breaker state machine.
package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTransient = errors.New("transient")
var ErrOpen = errors.New("circuit open")

func retry(attempts int, base time.Duration, f func(int) error) (int, error) {
	delay := base
	var err error
	for i := 1; i <= attempts; i++ {
		if err = f(i); err == nil {
			return i, nil
		}
		if !errors.Is(err, ErrTransient) {
			return i, fmt.Errorf("permanent after %d: %w", i, err)
		}
		time.Sleep(delay)
		delay *= 2
	}
	return attempts, fmt.Errorf("gave up: %w", err)
}

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string { return [...]string{"closed", "open", "half-open"}[s] }

type Breaker struct {
	state     State
	failures  int
	threshold int
	openedAt  time.Time
	cooldown  time.Duration
}

func (b *Breaker) Call(f func() error) error {
	if b.state == Open {
		if time.Since(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.state = HalfOpen
	}
	err := f()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.state = Open
			b.openedAt = time.Now()
		}
		return err
	}
	b.failures = 0
	b.state = Closed
	return nil
}

func main() {
	start := time.Now()
	n, err := retry(5, 10*time.Millisecond, func(i int) error {
		if i < 4 {
			return fmt.Errorf("try %d: %w", i, ErrTransient)
		}
		return nil
	})
	fmt.Println(n, err, time.Since(start).Round(5*time.Millisecond))
	start = time.Now()
	n, err = retry(3, 5*time.Millisecond, func(i int) error { return ErrTransient })
	fmt.Println(n, err, time.Since(start).Round(5*time.Millisecond))
	n, err = retry(3, time.Millisecond, func(i int) error { return errors.New("fatal") })
	fmt.Println(n, err)
	b := &Breaker{threshold: 2, cooldown: 100 * time.Millisecond}
	fail := func() error { return errors.New("down") }
	ok := func() error { return nil }
	steps := []struct {
		f     func() error
		sleep time.Duration
	}{{fail, 0}, {fail, 0}, {ok, 0}, {ok, 50 * time.Millisecond}, {fail, 60 * time.Millisecond}, {ok, 110 * time.Millisecond}, {ok, 0}}
	for i, s := range steps {
		time.Sleep(s.sleep)
		err := b.Call(s.f)
		fmt.Printf("step %d: err=%v state=%v failures=%d\n", i, err, b.state, b.failures)
	}
}
