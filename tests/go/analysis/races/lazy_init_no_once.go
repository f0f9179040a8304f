// check
// expect race: 16 20
// Tests lazy initialisation of a package variable without sync.Once.
package main

import (
	"fmt"
	"time"
)

var defaultPort int // 0 means "not loaded yet"

func loadPort() int { return 8080 }

func port() int {
	if p := defaultPort; p != 0 {
		return p
	}
	p := loadPort()
	defaultPort = p
	return p
}

func main() {
	results := make(chan int, 2)
	go func() { results <- port() }()
	go func() {
		time.Sleep(time.Millisecond) // the second caller sees the value already set
		results <- port()
	}()
	fmt.Println(<-results, <-results)
}
