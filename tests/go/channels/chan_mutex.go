// Tests using a buffered channel of capacity one as a mutex protecting shared state.
package main

import (
	"fmt"
	"sync"
)

type Lock chan struct{}

func NewLock() Lock    { return make(Lock, 1) }
func (l Lock) Lock()   { l <- struct{}{} }
func (l Lock) Unlock() { <-l }

func main() {
	l := NewLock()
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				l.Lock()
				count++
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
	token := make(chan int, 1)
	token <- 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			v := <-token
			token <- v + i
		}(i)
	}
	wg2.Wait()
	fmt.Println(<-token)
}
