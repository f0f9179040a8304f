// exit: 2
// stderr: ^panic: first \[recovered, repanicked\]$
// Re-panicking with the recovered value: Go (since 1.23) reports one panic marked
// "[recovered, repanicked]".
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("first")
}
