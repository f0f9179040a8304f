// Tests struct{} channels for signalling start/stop between goroutines and a one-shot ready latch.
package main

import (
	"fmt"
	"sync"
)

type Service struct {
	start chan struct{}
	stop  chan struct{}
	log   []string
	mu    sync.Mutex
}

func (s *Service) record(msg string) {
	s.mu.Lock()
	s.log = append(s.log, msg)
	s.mu.Unlock()
}

func (s *Service) run(done chan<- struct{}) {
	<-s.start
	s.record("started")
	<-s.stop
	s.record("stopping")
	done <- struct{}{}
}

func main() {
	s := &Service{start: make(chan struct{}), stop: make(chan struct{})}
	done := make(chan struct{})
	go s.run(done)
	s.record("created")
	close(s.start)
	s.stop <- struct{}{}
	<-done
	s.record("stopped")
	fmt.Println(s.log)
	latch := make(chan struct{})
	var wg sync.WaitGroup
	counts := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-latch
			<-latch
			counts[i]++
		}(i)
	}
	close(latch)
	wg.Wait()
	fmt.Println(counts)
}
