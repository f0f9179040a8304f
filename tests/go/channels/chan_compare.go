// Tests channel values as comparable references: equality, map keys, and passing channels by value.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := a
	c := make(chan int, 1)
	fmt.Println(a == b, a == c)
	b <- 9
	fmt.Println(<-a)
	names := map[chan int]string{a: "a", c: "c"}
	fmt.Println(names[b], len(names))
	var x chan int
	fmt.Println(x == nil, x == a)
	send := func(ch chan int, v int) { ch <- v }
	send(c, 3)
	fmt.Println(len(c), <-c)
	var iface interface{} = a
	fmt.Println(iface == interface{}(b))
	fmt.Printf("%T\n", iface)
}
