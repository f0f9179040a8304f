// exit: 1
// stderr: ^fatal: config missing$
// Tests log.Fatalf writes to stderr and exits 1 without running defers.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	defer fmt.Println("deferred never runs")
	log.SetFlags(0)
	fmt.Println("before fatal")
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal: %s", "config missing")
}
