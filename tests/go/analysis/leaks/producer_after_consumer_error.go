// check
// expect leak: 21
// Tests a producer left blocked on send after its consumer (main) stopped reading on an error.
package main

import (
	"fmt"
	"strconv"
	"time"
)

func produce(lines chan<- string, input []string) {
	for _, l := range input {
		lines <- l
	}
	close(lines)
}

func main() {
	lines := make(chan string)
	go produce(lines, []string{"1", "2", "x", "4", "5"})
	sum := 0
	for l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			fmt.Println("bad line", strconv.Quote(l), "- sum so far", sum)
			break // the producer stays blocked sending "4"
		}
		sum += n
	}
	time.Sleep(10 * time.Millisecond) // main finishes other work, then returns
	fmt.Println("main done")
}
