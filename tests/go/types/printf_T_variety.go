// Tests %T of builtin, composite, function, channel, anonymous struct and library types.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

type MyFunc func(int) (string, error)
type Tree struct {
	L, R *Tree
	V    int
}

func main() {
	vals := []any{
		1, int8(1), uint(1), uintptr(1), 1.5, float32(1), "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, map[[2]int]*Tree{}, &Tree{}, Tree{},
		func() {}, func(int, ...string) error { return nil }, MyFunc(nil), make(chan int), make(<-chan bool), make(chan<- []byte),
		struct{}{}, struct {
			A int
			b string `tag:"x"`
		}{}, &[2]int{}, errors.New("x"), fmt.Errorf("w %w", io.EOF), io.EOF, strings.NewReader(""), &sync.Mutex{}, time.Second, time.Now, time.Month(1),
		[]any{}, map[any]any{}, new(any), new(error), [][]*int{}, struct{ io.Reader }{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var r io.Reader = strings.NewReader("x")
	fmt.Printf("%T %T\n", r, &r)
	var e error
	fmt.Printf("%T %v\n", e, e)
}
