// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// stderr: ^goroutine 1 \[select \(no cases\)\]:$
// Tests the deadlock detector on an empty select.
package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}
