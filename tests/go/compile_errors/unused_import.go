// errorcheck
// Tests that an imported package that is never used is rejected.
package main

import (
	"fmt"
	"os" // ERROR ".os. imported and not used"
)

func main() {
	fmt.Println("hello")
}
