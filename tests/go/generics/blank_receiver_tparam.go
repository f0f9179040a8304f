// Generics: blank receiver tparam (a divergence found and fixed).
package main

import "fmt"

type Grid[T any] struct{ cells []T }

func (g Grid[_]) Size() int { return len(g.cells) }

func main() {
	fmt.Println(Grid[int]{make([]int, 3)}.Size())
}
