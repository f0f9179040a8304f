// Tests happens-before via channels: data written before a send is visible after the matching receive.
package main

import "fmt"

type Msg struct {
	Parts []string
	Seq   int
}

func main() {
	var shared Msg
	ready := make(chan struct{})
	go func() {
		shared.Parts = []string{"written", "before", "send"}
		shared.Seq = 42
		ready <- struct{}{}
	}()
	<-ready
	fmt.Println(shared.Parts, shared.Seq)
	stages := make([]chan int, 5)
	for i := range stages {
		stages[i] = make(chan int)
	}
	for i := 0; i < 4; i++ {
		go func(in <-chan int, out chan<- int, k int) {
			v := <-in
			out <- v*10 + k
		}(stages[i], stages[i+1], i+1)
	}
	stages[0] <- 0
	fmt.Println(<-stages[4])
	sum := 0
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(v int) { ch <- v }(i + 1)
	}
	for i := 0; i < 3; i++ {
		sum += <-ch
	}
	fmt.Println(sum)
}
