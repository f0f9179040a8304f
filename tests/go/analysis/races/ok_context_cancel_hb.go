// check
// Tests a result written before cancel() and read after <-ctx.Done(): cancellation orders them.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var answer int
	go func() {
		answer = 42
		cancel()
	}()
	<-ctx.Done()
	fmt.Println("answer:", answer, "err:", ctx.Err())
}
