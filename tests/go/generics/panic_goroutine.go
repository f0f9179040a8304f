// exit: 2
// stderr: ^panic: check failed: got a, want b$
// Generics (a program written to find divergences from Go): panic goroutine.
package main

import (
	"fmt"
	"sync"
)

type Worker[T any] struct {
	name string
	f    func(T) T
}

func (w Worker[T]) Run(in T, wg *sync.WaitGroup, out *T) {
	defer wg.Done()
	*out = w.f(in)
}

func Check[T comparable](got, want T) {
	if got != want {
		panic(fmt.Sprintf("check failed: got %v, want %v", got, want))
	}
}

func main() {
	var wg sync.WaitGroup
	var res int
	w := Worker[int]{"dbl", func(x int) int { return x * 2 }}
	wg.Add(1)
	go w.Run(21, &wg, &res)
	wg.Wait()
	fmt.Println(res)
	Check(res, 42)
	done := make(chan bool)
	go func() {
		Check("a", "b")
		done <- true
	}()
	<-done
}
