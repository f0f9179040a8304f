// Helper functions a generated program includes when a snippet needs them: recovering a
// panic and printing it, and a call with a visible side effect for evaluation order.
package progen

type helper struct {
	code    string
	imports []string
	needs   []string // other helpers it uses
}

var helpers = map[string]helper{
	// try isolates a snippet that may panic, so one runtime error does not end the program.
	"try": {`
// try runs f and prints the value of the panic it recovers, if any.
func try(tag string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(tag, "recovered:", r)
		}
	}()
	f()
}`, []string{"fmt"}, nil},
	// tryT also prints the dynamic type of the panic value (runtime.boundsError, ...).
	"tryT": {`
// tryT runs f and prints the value and dynamic type of the panic it recovers, if any.
func tryT(tag string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s recovered: %v (%T)\n", tag, r, r)
	}()
	f()
}`, []string{"fmt"}, nil},
	// tick makes evaluation order visible: every call prints its tag and a sequence number.
	"tick": {`
var ticks int

// tick prints that it was evaluated, in which order, and returns v.
func tick(tag string, v int) int {
	ticks++
	fmt.Println("eval", ticks, tag)
	return v
}`, []string{"fmt"}, nil},
	"tickS": {`
// tickS is tick for strings.
func tickS(tag string, v string) string {
	ticks++
	fmt.Println("eval", ticks, tag)
	return v
}`, []string{"fmt"}, []string{"tick"}},
}
