// exit: 2
// stderr: ^panic: runtime error: index out of range \[3\] with length 1$
// Generics (a program written to find divergences from Go): panic goroutine method.
package main

import (
	"fmt"
	"sync"
)

type Worker[T any] struct {
	id   int
	data []T
}

func (w Worker[T]) Run(wg *sync.WaitGroup, i int) {
	defer wg.Done()
	fmt.Println("item", w.data[i])
}

func main() {
	var wg sync.WaitGroup
	w := Worker[string]{1, []string{"a"}}
	wg.Add(1)
	go w.Run(&wg, 0)
	wg.Wait()
	wg.Add(1)
	go w.Run(&wg, 3)
	wg.Wait()
}
