// check
// Tests a worker that signals completion with a deferred cancel on every path.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		defer cancel()
		for i := 1; i <= 3; i++ {
			fmt.Println("step", i)
		}
	}()
	<-ctx.Done()
	fmt.Println("finished:", ctx.Err())
}
