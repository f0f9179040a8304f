// Tests buffered channels: len and cap, FIFO order, draining after close.
package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	fmt.Println(len(ch), cap(ch))
	ch <- 10
	ch <- 20
	ch <- 30
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	fmt.Println(len(ch))
	ch <- 40
	ch <- 50
	fmt.Println(len(ch), "full:", len(ch) == cap(ch))
	close(ch)
	fmt.Println("after close len:", len(ch))
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)
	words := make(chan string, 2)
	words <- "a"
	words <- "b"
	close(words)
	x, ok1 := <-words
	y, ok2 := <-words
	z, ok3 := <-words
	fmt.Printf("%q %v %q %v %q %v\n", x, ok1, y, ok2, z, ok3)
}
