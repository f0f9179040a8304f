// Tests priority select via nested select/default, ticker vs timeout, nil channel cases, non-blocking sends.
package main

import (
	"fmt"
	"time"
)

func main() {
	high := make(chan string, 10)
	low := make(chan string, 10)
	for i := 0; i < 3; i++ {
		high <- fmt.Sprint("h", i)
		low <- fmt.Sprint("l", i)
	}
	close(high)
	close(low)
	var order []string
	for high != nil || low != nil {
		select {
		case m, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, m)
			continue
		default:
		}
		select {
		case m, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, m)
		case m, ok := <-low:
			if !ok {
				low = nil
				continue
			}
			order = append(order, m)
		}
	}
	fmt.Println(order[:3])
	timeout := time.After(250 * time.Millisecond)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	n := 0
	for done := false; !done; {
		select {
		case <-tick.C:
			n++
			fmt.Println("tick", n)
		case <-timeout:
			fmt.Println("timeout")
			done = true
		}
	}
	ch := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- 1
	}()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("too slow")
	}
	fmt.Println(<-ch)
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
	res := make(chan int, 1)
	select {
	case res <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case res <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
}
