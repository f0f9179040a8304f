// Tests closing a channel to signal completion: range loops end, receives yield zero values with ok=false.
package main

import "fmt"

type Event struct {
	ID   int
	Name string
}

func produce(n int) <-chan Event {
	ch := make(chan Event)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- Event{i, fmt.Sprint("event-", i)}
		}
	}()
	return ch
}

func main() {
	for e := range produce(3) {
		fmt.Printf("%+v\n", e)
	}
	ch := produce(1)
	e, ok := <-ch
	fmt.Println(e, ok)
	e, ok = <-ch
	fmt.Printf("%+v %v\n", e, ok)
	e, ok = <-ch
	fmt.Printf("%+v %v\n", e, ok)
	done := make(chan struct{})
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-done
			results <- i * 2
		}(i)
	}
	close(done)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("broadcast via close, sum:", sum)
	var p *int
	pc := make(chan *int, 1)
	close(pc)
	p, ok = <-pc
	fmt.Println(p == nil, ok)
}
