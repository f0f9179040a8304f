// Generics (a program written to find divergences from Go): coretypes.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func Runes[T ~string](s T) []rune {
	var out []rune
	for _, r := range s {
		out = append(out, r)
	}
	return out
}

func FirstByte[T ~string | ~[]byte](s T) byte { return s[0] }
func Tail[T ~string | ~[]byte](s T) T        { return s[1:] }
func Size[T ~string | ~[]byte](s T) int      { return len(s) }

func CopyTo[T ~string | ~[]byte](dst []byte, s T) int { return copy(dst, s) }

func Make[S ~[]E, E any](n int) S { return make(S, n) }
func MakeM[M ~map[K]V, K comparable, V any]() M { return make(M) }
func Lit[S ~[]int]() S                         { return S{1, 2, 3} }
func MLit[M ~map[string]int]() M               { return M{"a": 1} }

func SendAll[C ~chan E, E any](c C, xs ...E) {
	for _, x := range xs {
		c <- x
	}
	close(c)
}

func RecvAll[E any](c <-chan E) []E {
	var out []E
	for x := range c {
		out = append(out, x)
	}
	return out
}

func Ptr[P ~*E, E any](p P, v E) { *p = v }

type Str string
type Bytes []byte
type IntSlice []int
type Dict map[string]int
type Pipe chan string

func Apply[F ~func(E) E, E any](f F, xs []E) []E {
	out := make([]E, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Transform func(string) string

func SortedKeys[M ~map[K]V, K ~string, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func Arr[A ~[3]E, E any](a A) E { return a[len(a)-1] }

type Tri [3]string

func main() {
	fmt.Println(string(Runes(Str("héllo"))), len(Runes("日本")))
	fmt.Println(FirstByte("abc"), FirstByte(Bytes{9}), Tail(Str("xyz")), Tail([]byte("xyz")), Size(Str("four")))
	fmt.Printf("%T %T\n", Tail(Str("ab")), Tail(Bytes("ab")))
	buf := make([]byte, 3)
	fmt.Println(CopyTo(buf, "hello"), string(buf), CopyTo(buf, Bytes{'z'}), string(buf))
	s := Make[IntSlice](3)
	fmt.Printf("%T %v\n", s, s)
	m := MakeM[Dict]()
	m["x"] = 1
	fmt.Printf("%T %v\n", m, m)
	fmt.Printf("%T %v %T %v\n", Lit[IntSlice](), Lit[[]int](), MLit[Dict](), MLit[Dict]())
	p := make(Pipe, 5)
	SendAll(p, "a", "b")
	fmt.Println(RecvAll(p))
	c := make(chan int, 2)
	go SendAll(c, 1, 2, 3)
	fmt.Println(RecvAll(c))
	var ro <-chan int = func() chan int { c := make(chan int, 1); c <- 9; close(c); return c }()
	fmt.Println(RecvAll(ro))
	var n int
	Ptr(&n, 4)
	fmt.Println(n)
	fmt.Println(Apply(Transform(strings.ToUpper), []string{"a", "b"}))
	fmt.Println(SortedKeys(map[Str]bool{"b": true, "a": false}))
	fmt.Println(Arr(Tri{"x", "y", "z"}), Arr([3]int{1, 2, 3}))
}
