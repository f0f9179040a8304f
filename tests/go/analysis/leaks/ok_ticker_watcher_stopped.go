// check
// Tests a ticker watcher with a stop channel: main closes it and waits for the watcher to return.
package main

import (
	"fmt"
	"time"
)

func watch(every time.Duration, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			// poll the config file
		case <-stop:
			return
		}
	}
}

func main() {
	stop := make(chan struct{})
	done := make(chan struct{})
	go watch(10*time.Millisecond, stop, done)
	time.Sleep(35 * time.Millisecond)
	close(stop)
	<-done
	fmt.Println("watcher stopped")
}
