// check
// expect leak: 23
// Tests a config watcher whose ticker loop has no stop signal: it is still running when main returns.
package main

import (
	"fmt"
	"time"
)

// watch polls a config file on every tick. Nothing can tell the loop to stop.
func watch(path string, every time.Duration) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	polls := 0
	for range ticker.C {
		polls++
		_ = path
	}
}

func main() {
	go watch("app.yaml", 10*time.Millisecond)
	time.Sleep(35 * time.Millisecond)
	fmt.Println("main done")
}
