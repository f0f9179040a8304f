// Original test: fixedbugs/bug336.go (issue 1672).
// `type T2 T1` where T1 (declared before it) is a struct whose fields refer back to *T2:
// goroscope gives T2 no fields. (Declared in the other order, it works.)
// - this program: Go prints {<nil>}; goroscope prints <nil>
// - y.Next on a T2 or *T2: "y.Next undefined (type *T2 has no field or method Next)"
// - &T2{...}: "composite literal of this type is not supported" (bug336's error)
// - `y := &T2{}; _ = y.Next.Next` makes `goroscope build` crash (SIGSEGV, exit 139)
// Go prints:        {<nil>}
// goroscope:        <nil>

package main

import "fmt"

type T1 struct{ Next *T2 }

type T2 T1

func main() {
	var y T2
	fmt.Println(y)
}
