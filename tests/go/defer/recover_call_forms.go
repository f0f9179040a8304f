// Tests which recover calls stop a panic: named deferred funcs, method values, second recover, recover outside panics.
package main

import (
	"errors"
	"fmt"
)

type Guard struct{ name string }

func (g *Guard) Recover() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "method recovered:", r)
	}
}

func handle() {
	r := recover()
	fmt.Println("named func recovered:", r)
	fmt.Println("second recover:", recover())
}

func viaMethod() {
	g := &Guard{"guard"}
	defer g.Recover()
	panic("method panic")
}

func viaNamed() {
	defer handle()
	panic(errors.New("named panic"))
}

func noPanic() {
	defer handle()
	fmt.Println("no panic here")
}

func panicInDeferRecoveredOuter() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		panic("panic from defer without prior panic")
	}()
	return "normal"
}

func recoverThenContinue() (n int) {
	for i := 0; i < 4; i++ {
		func() {
			defer func() {
				if recover() != nil {
					n += 10
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			n++
		}()
	}
	return
}

func main() {
	viaMethod()
	viaNamed()
	noPanic()
	fmt.Println(panicInDeferRecoveredOuter())
	fmt.Println(recoverThenContinue())
	fmt.Println("top-level recover:", recover())
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	var g *Guard
	defer func() {
		fmt.Println("before method on nil guard")
	}()
	_ = g
	panic("final")
}
