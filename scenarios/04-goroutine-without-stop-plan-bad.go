// Title: A goroutine without a stop plan
// Shows: A config watcher goroutine polls for changes with a ticker forever; nothing tells it to stop, so it is still running (and holding its ticker) when main returns: a goroutine leak.
// Expect: runs, then the analysis reports the watcher goroutine as leaked at exit.
// Check: leak
// Pair: 05-goroutine-without-stop-plan-fixed-context

package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// config is the shared configuration; the watcher reloads it into version.
type config struct {
	version atomic.Int64
}

// watch polls the config source every 100ms and reloads it when it changed.
// It loops forever: there is no way to tell it to stop.
func (c *config) watch(source *atomic.Int64) {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop() // never runs: the loop never ends
	for range ticker.C {
		if v := source.Load(); v != c.version.Load() {
			c.version.Store(v)
			fmt.Println("watcher: reloaded config version", v)
		}
	}
}

func main() {
	var source atomic.Int64 // the "file" the watcher polls
	source.Store(1)
	c := &config{}

	// BUG: started with no way to stop it and no way to wait for it.
	go c.watch(&source)

	for i := 2; i <= 3; i++ {
		time.Sleep(250 * time.Millisecond)
		fmt.Println("main: writing config version", i)
		source.Store(int64(i))
	}
	time.Sleep(250 * time.Millisecond)
	fmt.Println("main: done, returning; the watcher is still polling")
	// In a server or a test suite, every call that starts a watcher like this
	// leaves one more goroutine (and ticker) behind.
}
