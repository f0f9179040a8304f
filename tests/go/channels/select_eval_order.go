// Tests select evaluates all channel and send-value expressions once, in source order, before choosing.
package main

import "fmt"

var log []string

func ch(name string, c chan int) chan int { log = append(log, "chan "+name); return c }
func val(name string, v int) int         { log = append(log, "val "+name); return v }

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int, 1)
	c <- 42
	select {
	case ch("a", a) <- val("a", 1):
		fmt.Println("sent a")
	case v := <-ch("c", c):
		fmt.Println("recv c", v)
	case ch("b", b) <- val("b", 2):
		fmt.Println("sent b")
	}
	fmt.Println(log)
	fmt.Println(len(a)+len(b) == 0)
	log = nil
	var nilc chan int
	select {
	case nilc <- val("nil", 3):
	case <-ch("nil-recv", nilc):
	default:
		fmt.Println("default")
	}
	fmt.Println(log)
	cc := make(chan chan string, 1)
	reply := make(chan string, 1)
	cc <- reply
	(<-cc) <- "via chan of chan"
	fmt.Println(<-reply)
	fc := make(chan func() int, 2)
	fc <- func() int { return 1 }
	fc <- func() int { return 2 }
	close(fc)
	s := 0
	for f := range fc {
		s += f()
	}
	fmt.Println(s, len(fc), cap(fc))
	var ro <-chan int = a
	var so chan<- int = b
	fmt.Println(cap(ro), cap(so))
}
