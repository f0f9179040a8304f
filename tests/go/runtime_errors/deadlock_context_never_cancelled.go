// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests waiting on ctx.Done() of a context nobody cancels deadlocks.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println("waiting")
	<-ctx.Done()
}
