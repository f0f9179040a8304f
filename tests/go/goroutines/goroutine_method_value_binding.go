// Tests method values bound before a go statement, closures shared by goroutines, startup handshakes from methods.
package main

import (
	"fmt"
	"sync"
)

type Server struct {
	name  string
	mu    sync.Mutex
	log   []string
	ready chan struct{}
}

func (s *Server) Start(wg *sync.WaitGroup) {
	s.ready = make(chan struct{})
	wg.Add(1)
	go s.loop(wg)
	<-s.ready
}

func (s *Server) loop(wg *sync.WaitGroup) {
	defer wg.Done()
	close(s.ready)
	s.mu.Lock()
	s.log = append(s.log, s.name+" started")
	s.mu.Unlock()
}

type val struct{ n int }

func (v val) show(ch chan string) { ch <- fmt.Sprint("val ", v.n) }

func main() {
	var wg sync.WaitGroup
	servers := []*Server{{name: "a"}, {name: "b"}}
	for _, s := range servers {
		s.Start(&wg)
	}
	wg.Wait()
	for _, s := range servers {
		fmt.Println(s.log)
	}
	ch := make(chan string, 3)
	v := val{1}
	go v.show(ch)
	fmt.Println(<-ch)
	v.n = 2
	f := v.show
	v.n = 3
	go f(ch)
	fmt.Println(<-ch)
	x := 10
	done := make(chan bool)
	go func() {
		x++
		done <- true
	}()
	<-done
	fmt.Println(x)
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			results[idx] = idx * idx
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	var mu sync.Mutex
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counter()
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counter())
}
