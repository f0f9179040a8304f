// Assigning to a map entry whose float key equals the new key (+0 and -0) stores the new
// key, as Go does.
package main

import "fmt"

func main() {
	z := 0.0
	m := map[float64]string{}
	m[z] = "a"
	m[-z] = "b"
	fmt.Println(m)
	n := map[float64]string{}
	n[-z] = "a"
	n[z] = "b"
	fmt.Println(n)
}
