// Tests request/reply over channels of channels, nil-channel disabling in select, semaphores.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- request{i, rc}
		fmt.Println(<-rc)
	}
	close(reqs)
	// nil-channel disabling in select
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	bc := make(chan string, 3)
	bc <- "x"
	bc <- "y"
	fmt.Println(len(bc), cap(bc))
	close(bc)
	for s := range bc {
		fmt.Print(s)
	}
	fmt.Println(len(bc))
	var ro <-chan string = bc
	v, ok := <-ro
	fmt.Printf("%q %v\n", v, ok)
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	inner <- 42
	cc <- inner
	fmt.Println(<-<-cc)
	var uc chan int
	fmt.Println(len(uc), cap(uc))
	fn := make(chan func() string, 1)
	fn <- func() string { return "func over chan" }
	fmt.Println((<-fn)())
	sem := make(chan struct{}, 2)
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		sem <- struct{}{}
		go func(i int) {
			defer func() { <-sem }()
			results <- i
		}(i)
	}
	for i := 0; i < cap(sem); i++ {
		sem <- struct{}{}
	}
	close(results)
	t := 0
	for r := range results {
		t += r
	}
	fmt.Println("total", t)
}
