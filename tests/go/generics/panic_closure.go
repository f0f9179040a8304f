// exit: 2
// stderr: ^panic: myerr\(2\)$
// Generics (a program written to find divergences from Go): panic closure.
package main

import (
	"errors"
	"fmt"
)

type MyErr[T any] struct{ v T }

func (e MyErr[T]) Error() string { return fmt.Sprintf("myerr(%v)", e.v) }

func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func Process[T comparable](xs []T, bad T) {
	Each(xs, func(x T) {
		if x == bad {
			panic(MyErr[T]{x})
		}
		fmt.Println("ok", x)
	})
}

func main() {
	defer fmt.Println("deferred in main")
	var e error = MyErr[int]{1}
	fmt.Println(errors.As(e, new(MyErr[int])))
	Process([]int{1, 2, 3}, 2)
}
