// exit: 2
// stderr: ^panic: interface conversion: interface \{\} is string, not int$
// Tests a failed single-value type assertion from interface{}.
package main

import "fmt"

func main() {
	vals := []interface{}{1, 2, "three"}
	sum := 0
	for _, v := range vals {
		sum += v.(int)
		fmt.Println("sum", sum)
	}
}
