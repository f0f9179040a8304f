// Tests labeled continue/break out of select and switch nested in loops.
package main

import "fmt"

func main() {
	chs := []chan int{make(chan int, 10), make(chan int, 10)}
	for i := 0; i < 6; i++ {
		chs[i%2] <- i
	}
	close(chs[0])
	close(chs[1])
	got := 0
outer:
	for round := 0; round < 10; round++ {
		for _, c := range chs {
			select {
			case v, ok := <-c:
				if !ok {
					continue outer
				}
				if v == 4 {
					fmt.Println("skip to next round at", v)
					continue outer
				}
				got += v
			default:
			}
		}
	}
	fmt.Println("got", got)
	count := 0
L1:
	for i := 0; i < 5; i++ {
	L2:
		for j := 0; j < 5; j++ {
			switch {
			case j == 3:
				continue L1
			case i == 3:
				break L1
			case j == i:
				continue L2
			}
			count++
			select {
			default:
				if count == 7 {
					break L2
				}
			}
		}
	}
	fmt.Println("count", count)
	done := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
		close(done)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v%2 == 0 {
				continue loop
			}
			sum += v
		case <-done:
			break loop
		}
	}
	fmt.Println("sum", sum)
}
