// Assigning to a map entry whose float key equals the new key (+0 and -0): Go stores the
// new key (NeedKeyUpdate), goroscope keeps the old one.
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
