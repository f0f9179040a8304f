// Title: Fix: a watcher with a Close method
// Shows: The watcher type owns its goroutine: NewWatcher starts it, and Close signals it to stop and waits until it has exited, like closing a file or a connection.
// Expect: the watcher reloads versions 1 to 3, Close stops it, and no goroutine leaks.
// Check: clean
// Pair: 04-goroutine-without-stop-plan-bad

package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Watcher polls a config source in its own goroutine until Close is called.
type Watcher struct {
	version atomic.Int64
	stop    chan struct{} // closed by Close: "please stop"
	done    chan struct{} // closed by the goroutine: "I have stopped"
}

func NewWatcher(source *atomic.Int64) *Watcher {
	w := &Watcher{stop: make(chan struct{}), done: make(chan struct{})}
	go w.loop(source)
	return w
}

func (w *Watcher) loop(source *atomic.Int64) {
	defer close(w.done)
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-w.stop:
			fmt.Println("watcher: stopping")
			return
		case <-ticker.C:
			if v := source.Load(); v != w.version.Load() {
				w.version.Store(v)
				fmt.Println("watcher: reloaded config version", v)
			}
		}
	}
}

// Close stops the watcher and waits until its goroutine has exited.
func (w *Watcher) Close() {
	close(w.stop)
	<-w.done
}

func main() {
	var source atomic.Int64
	source.Store(1)
	w := NewWatcher(&source)
	defer w.Close() // FIX: whoever creates a watcher closes it

	for i := 2; i <= 3; i++ {
		time.Sleep(250 * time.Millisecond)
		fmt.Println("main: writing config version", i)
		source.Store(int64(i))
	}
	time.Sleep(250 * time.Millisecond)
	fmt.Println("main: done, closing the watcher")
}
