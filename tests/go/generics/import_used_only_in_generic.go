// Generics: import used only in generic (a divergence found and fixed).
package main

import (
	"fmt"
	"strings"
)

func Upper[T ~string](s T) T { return T(strings.ToUpper(string(s))) }

func main() { fmt.Println("ok") }
