// Tests slice capacity growth across element sizes (size-class rounding) as printed by tutorial-style programs.
package main

import "fmt"

type big struct{ a, b, c int64 }

func main() {
	var bs []byte
	var is []int
	var ss []string
	var st []big
	var i32 []int32
	last := [5]int{-1, -1, -1, -1, -1}
	for i := 0; i < 2000; i++ {
		bs = append(bs, byte(i))
		is = append(is, i)
		ss = append(ss, "")
		st = append(st, big{})
		i32 = append(i32, 0)
		caps := [5]int{cap(bs), cap(is), cap(ss), cap(st), cap(i32)}
		for k := range caps {
			if caps[k] != last[k] {
				fmt.Printf("kind %d len %d cap %d\n", k, i+1, caps[k])
				last[k] = caps[k]
			}
		}
	}
	a := append([]int{}, 1, 2, 3)
	fmt.Println(len(a), cap(a))
	a = append(a, 4)
	fmt.Println(len(a), cap(a))
	b := append([]byte("hello"), " world"...)
	fmt.Println(len(b), cap(b))
	c := append([]int(nil), make([]int, 7)...)
	fmt.Println(len(c), cap(c))
	d := append(make([]int, 5, 5), make([]int, 6)...)
	fmt.Println(len(d), cap(d))
	e := []rune("héllo wörld")
	fmt.Println(len(e), cap(e))
	s := make([]int, 0, 3)
	s = append(s, 1, 2, 3, 4)
	fmt.Println(len(s), cap(s))
	var t []string
	t = append(t, "a", "b", "c", "d", "e")
	fmt.Println(len(t), cap(t))
}
