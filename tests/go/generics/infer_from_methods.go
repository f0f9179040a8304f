// Generics: infer from methods (known to fail: see KNOWN_FAILURES).
package main

import "fmt"

type Getter[T any] interface{ Get() T }

func Extract[G Getter[T], T any](g G) T { return g.Get() }

type IntBox struct{ v int }

func (b IntBox) Get() int { return b.v }

func main() {
	fmt.Println(Extract(IntBox{5}))
}
