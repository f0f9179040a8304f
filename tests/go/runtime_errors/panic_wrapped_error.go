// exit: 2
// stderr: ^panic: wrapped: inner$
// Tests panicking with an fmt.Errorf error prints the full message.
package main

import "fmt"

func main() {
	panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
}
