// check
// Tests a goroutine waiting on ctx.Done() of its own WithTimeout context: only the deadline timer can wake it.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	result := make(chan error)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		defer cancel()
		<-ctx.Done()
		result <- ctx.Err()
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("waiting:", <-result)
}
