// Tests disabling select cases by setting channels to nil once they are closed.
package main

import "fmt"

func numbers(prefix string, vals ...int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- fmt.Sprint(prefix, v)
		}
	}()
	return ch
}

func main() {
	a := numbers("a", 1, 2, 3)
	b := numbers("b", 10, 20)
	var fromA, fromB []string
	closes := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			fromA = append(fromA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			fromB = append(fromB, v)
		}
	}
	fmt.Println(fromA, fromB, "closes seen:", closes)
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case never <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel cases are never ready")
	}
}
