// Tests preserving input order of concurrent results by giving each item its own result channel.
package main

import (
	"fmt"
	"strings"
	"time"
)

func process(s string) string {
	time.Sleep(time.Duration(10-len(s)) * 4 * time.Millisecond)
	return strings.ToUpper(s) + "(" + fmt.Sprint(len(s)) + ")"
}

func main() {
	inputs := []string{"a", "bbbb", "cc", "ddddddd", "eee"}
	futures := make([]chan string, len(inputs))
	for i, in := range inputs {
		futures[i] = make(chan string, 1)
		go func(in string, out chan<- string) {
			out <- process(in)
		}(in, futures[i])
	}
	for i, f := range futures {
		fmt.Println(i, <-f)
	}
	var order []string
	done := make(chan string)
	for _, in := range inputs {
		go func(in string) { done <- process(in) }(in)
	}
	for range inputs {
		order = append(order, <-done)
	}
	fmt.Println("completion order by sleep length:", order)
}
