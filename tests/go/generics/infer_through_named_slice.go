// Generics: infer through named slice (a divergence found and fixed).
package main

import "fmt"

type List[T any] []T

func Len[T any](l List[T]) int { return len(l) }

func main() {
	fmt.Println(Len([]string{"a", "b"}))
}
