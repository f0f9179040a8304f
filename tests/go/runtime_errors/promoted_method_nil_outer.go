// Pointer methods promoted through a nil outer pointer panic (taking &m.M dereferences m),
// also at offset 0; a method on a nil pointer itself does not.
package main

import "fmt"

type M struct{}

func (m *M) F() int { return 0 }

type M1 struct{ M }

type E struct{ a int }

func (e *E) G() int { return 1 }

type M3 struct{ E }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panicked:", recover() != nil) }()
	f()
}

func main() {
	var m1 *M1
	var m3 *M3
	try("m1.F()", func() { m1.F() })
	try("m1.M.F()", func() { m1.M.F() })
	try("m3.G()", func() { m3.G() })
}
