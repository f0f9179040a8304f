// Tests cancellation propagating through three levels of contexts and Err before/after.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	mid, cancelMid := context.WithCancel(root)
	defer cancelMid()
	leaf, cancelLeaf := context.WithTimeout(mid, time.Hour)
	defer cancelLeaf()
	fmt.Println(root.Err(), mid.Err(), leaf.Err())
	done := make(chan string)
	go func() {
		<-leaf.Done()
		done <- "leaf done: " + leaf.Err().Error()
	}()
	cancel()
	fmt.Println(<-done)
	fmt.Println(root.Err(), mid.Err(), leaf.Err())
	fmt.Println(root.Done() == root.Done())
	// Cancelling a child leaves the parent alone.
	p, pc := context.WithCancel(context.Background())
	defer pc()
	c, cc := context.WithCancel(p)
	cc()
	fmt.Println(c.Err(), p.Err())
}
