// Tests select with assignment to existing variables, comma-ok receives, send cases, default in loop.
package main

import "fmt"

func main() {
	in := make(chan int, 3)
	out := make(chan int, 2)
	in <- 1
	in <- 2
	close(in)
	var v int
	var ok bool
	received := 0
	sent := 0
	for i := 0; i < 6; i++ {
		select {
		case v, ok = <-in:
			if ok {
				received += v
			} else {
				in = nil
			}
		default:
			select {
			case out <- i:
				sent++
			default:
			}
		}
	}
	fmt.Println(received, sent, v, ok, len(out))
	if x, ok := <-out; ok {
		fmt.Println("first out", x)
	}
	close(out)
	for x := range out {
		fmt.Println("rest", x)
	}
	x, ok2 := <-out
	fmt.Println(x, ok2)
	done := make(chan bool)
	data := make(chan string)
	go func() {
		for {
			select {
			case s := <-data:
				fmt.Println("got", s)
			case done <- true:
				return
			}
		}
	}()
	data <- "a"
	data <- "b"
	<-done
	fmt.Println("finished")
	var arr [3]chan int
	for i := range arr {
		arr[i] = make(chan int, 1)
	}
	arr[1] <- 5
	select {
	case n := <-arr[0]:
		fmt.Println("0", n)
	case n := <-arr[1]:
		fmt.Println("1", n)
	case n := <-arr[2]:
		fmt.Println("2", n)
	}
	fmt.Println(len(arr[1]), cap(arr[1]))
}
