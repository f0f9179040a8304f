// check
// Tests a queue whose buffer fits every job before the consumer starts.
package main

import "fmt"

func main() {
	jobs := []string{"a", "b", "c"}
	queue := make(chan string, len(jobs))
	for _, job := range jobs {
		queue <- job
		fmt.Println("queued", job)
	}
	close(queue)
	for job := range queue {
		fmt.Println("run", job)
	}
}
