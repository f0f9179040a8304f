// exit: 2
// stderr: ^panic: open config: permission denied$
// Tests that a panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

var ErrPerm = errors.New("permission denied")

func main() {
	err := fmt.Errorf("open config: %w", ErrPerm)
	fmt.Println("is perm:", errors.Is(err, ErrPerm))
	panic(err)
}
