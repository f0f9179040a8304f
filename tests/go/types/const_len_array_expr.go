// len of an array-typed expression without calls or receives is a constant.
package main

import "fmt"

var b struct{ a [10]int }
var m map[string][20]int
var s [][30]int

const (
	n1 = len(b.a)
	n2 = len(m[""])
	n3 = len(s[10])
)

func main() {
	fmt.Println(n1, n2, n3)
}
