// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests sending on a full buffered channel with no receiver deadlocks.
package main

func main() {
	ch := make(chan int, 1)
	ch <- 1
	ch <- 2
}
