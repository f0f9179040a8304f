// exit: 2
// stderr: ^panic: sync: negative WaitGroup counter$
// Tests calling Done more often than Add on a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
}
