// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests main sending more values than a buffered channel holds, with no receiver.
package main

import "fmt"

func main() {
	queue := make(chan string, 2)
	for _, job := range []string{"a", "b", "c"} {
		queue <- job // the third send blocks: the buffer is full
		fmt.Println("queued", job)
	}
	close(queue)
	for job := range queue {
		fmt.Println("run", job)
	}
}
