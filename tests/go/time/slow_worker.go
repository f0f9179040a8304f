// Tests racing several workers with different latencies against a shared timeout.
package main

import (
	"fmt"
	"time"
)

type result struct {
	name string
	ms   int
}

func work(name string, ms int, out chan<- result) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	out <- result{name, ms}
}

func main() {
	out := make(chan result, 4)
	go work("db", 40, out)
	go work("cache", 10, out)
	go work("api", 200, out)
	go work("disk", 70, out)
	timeout := time.After(100 * time.Millisecond)
	var got []string
	for i := 0; i < 4; i++ {
		select {
		case r := <-out:
			got = append(got, fmt.Sprintf("%s(%dms)", r.name, r.ms))
			continue
		case <-timeout:
			fmt.Println("timed out waiting; completed:", got)
		}
		break
	}
	first := make(chan string, 3)
	for _, r := range []result{{"replica-a", 50}, {"replica-b", 15}, {"replica-c", 30}} {
		go func(r result) {
			time.Sleep(time.Duration(r.ms) * time.Millisecond)
			first <- r.name
		}(r)
	}
	fmt.Println("first replica:", <-first)
}
