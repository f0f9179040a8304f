// check
// Tests publishing plain data through an atomic flag: the Store/Load pair orders the accesses.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

type config struct {
	name    string
	retries int
}

func main() {
	var cfg config
	var ready atomic.Bool
	go func() {
		cfg = config{name: "prod", retries: 3} // plain writes...
		ready.Store(true)                      // ...published by the atomic store
	}()
	for !ready.Load() {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(cfg.name, cfg.retries)
}
