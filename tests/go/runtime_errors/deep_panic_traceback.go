// exit: 2
// A panic deep in a recursion prints the innermost and outermost 50 frames, like Go.
package main

func f(n int) {
	if n == 0 {
		panic("boom")
	}
	f(n - 1)
}

func main() { f(200) }
