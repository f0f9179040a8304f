// Original tests: fixedbugs/bug012.go (and 20 more: nil.go, chan/select3.go, decl.go,
// literal.go, bug013, bug024, bug047, bug055, bug056, bug065, bug075, bug092, bug184,
// bug196, issue16249, issue22881, issue30566b, issue43111, issue43835).
// A parallel assignment with a blank identifier on the left and several expressions on
// the right (`_, _ = a, b`, `x, _ = 1, *p`, `m[0], _ = v, w`) crashes goroscope while
// compiling (also `goroscope build`). `_, _ = f()` and `a, b = b, a` are fine.
// Go prints:        3
// goroscope:        Segmentation fault (exit 139), nothing printed

package main

import "fmt"

func main() {
	var x int
	x, _ = 3, 4
	fmt.Println(x)
}
