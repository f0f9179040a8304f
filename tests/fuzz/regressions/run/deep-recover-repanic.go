package main

import "fmt"

func g(n int) (r int) {
	defer func() {
		if recover() != nil {
			panic(n)
		}
	}()
	if n == 0 {
		panic(0)
	}
	return g(n - 1)
}

func main() {
	defer func() { fmt.Println("main recovered", recover()) }()
	g(10000)
}
