// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// A ticker that nobody receives from does not keep a deadlock from being noticed (Go 1.23+).
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(time.Millisecond)
	defer tk.Stop()
	<-tk.C
	fmt.Println("one tick")
	done := make(chan bool)
	<-done
}
