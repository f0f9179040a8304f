// exit: 2
// stderr: ^panic: worker: base failure$
// Tests an unrecovered panic with a wrapped error in a goroutine.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrBase = errors.New("base failure")

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		panic(fmt.Errorf("worker: %w", ErrBase))
	}()
	wg.Wait()
}
