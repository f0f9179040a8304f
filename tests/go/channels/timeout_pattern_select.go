// Tests a for-select loop with a labelled break that exits on a quit signal after consuming all values.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			data <- i
		}
		quit <- true
	}()
	var got []int
loop:
	for {
		select {
		case v := <-data:
			got = append(got, v)
		case <-quit:
			break loop
		}
	}
	fmt.Println(got)
	c1, c2 := make(chan string), make(chan string)
	go func() { c1 <- "one" }()
	v1 := <-c1
	go func() { c2 <- "two" }()
	var v2 string
	select {
	case v2 = <-c2:
	}
	fmt.Println(v1, v2)
}
