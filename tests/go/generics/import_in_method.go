// Generics (a program written to find divergences from Go): import in method.
package main

import (
	"fmt"
	"strconv"
)

type Box[T any] struct{ v T }

func (b Box[T]) Quote() string { return strconv.Quote(fmt.Sprint(b.v)) }

func main() { fmt.Println(Box[int]{1}.v) }
