// check
// exit: 3
// expect leak: 14
// os.Exit ends the program like main returning: a goroutine still blocked then is a leak.
package main

import (
	"os"
	"time"
)

func main() {
	ch := make(chan int)
	go func() { <-ch }()
	time.Sleep(time.Millisecond)
	os.Exit(3)
}
