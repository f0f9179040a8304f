// Tests builtins used directly in defer/go statements: close, delete, panic, copy, print; anonymous interface type switch cases.
package main

import (
	"fmt"
	"sync"
)

type Foo interface{ Foo() string }
type impl struct{}

func (impl) Foo() string { return "foo!" }

type ByteSlice []byte
type MyAlias = impl

func main() {
	ch := make(chan int, 2)
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer close(ch)
		defer delete(m, "a")
		ch <- 1
	}()
	_, ok := m["a"]
	fmt.Println(ok, len(m))
	for v := range ch {
		fmt.Println("from closed chan", v)
	}
	dst := make([]int, 3)
	func() {
		defer copy(dst, []int{7, 8, 9})
	}()
	fmt.Println(dst)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic("deferred panic builtin")
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		println("println goes to stderr")
	}()
	wg.Wait()
	var x interface{} = impl{}
	switch v := x.(type) {
	case interface{ Bar() }:
		fmt.Println("bar")
	case interface{ Foo() string }:
		fmt.Println("anon iface:", v.Foo())
	}
	bs := ByteSlice("named bytes")
	fmt.Println(string(bs), len(bs))
	var a MyAlias
	fmt.Println(a.Foo())
	fm := map[string]func(int) int{"dbl": func(i int) int { return i * 2 }}
	fa := [2]func() string{func() string { return "x" }, impl{}.Foo}
	fmt.Println(fm["dbl"](21), fa[0](), fa[1]())
	mc := map[string]chan int{"c": make(chan int, 1)}
	mc["c"] <- 5
	fmt.Println(<-mc["c"])
}
