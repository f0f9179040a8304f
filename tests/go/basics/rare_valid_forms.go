// Tests rarely used but valid forms: new, &[]T/&map, arrays of channels, method expressions on named ints, IIFEs, 3-index slices.
package main

import "fmt"

type T struct{ a, b int }

type Num int

func (n Num) Double() Num { return n * 2 }
func (n *Num) Inc()       { *n++ }

func multi() (a, b, c int) { return 1, 2, 3 }

func main() {
	i := 65
	fmt.Println(string(rune(i)), string(rune(0x263A)))
	p := new(int)
	*p += 5
	fmt.Println(*p)
	sp := &[]int{1, 2}
	*sp = append(*sp, 3)
	fmt.Println(*sp, len(*sp))
	mp := &map[string]int{"a": 1}
	(*mp)["b"] = 2
	fmt.Println(len(*mp))
	var chans [3]chan int
	for i := range chans {
		chans[i] = make(chan int, 1)
		chans[i] <- i * 10
	}
	fmt.Println(<-chans[2], <-chans[0])
	n := Num(4)
	n.Inc()
	fmt.Println(n.Double(), Num(3).Double(), Num.Double(5))
	(&n).Inc()
	fmt.Println(n)
	_, b, _ := multi()
	fmt.Println(b)
	t := T{b: 2}
	t2 := &T{1, 2}
	t2.a, t.a = t.a, t2.a
	fmt.Println(t, *t2)
	x := []T{{1, 2}, {3, 4}}[1].b
	fmt.Println(x, map[string]int{"k": 7}["k"], [3]int{1, 2, 3}[2], "hello"[1], "hello"[1:3])
	var arr [2][]int
	arr[0] = append(arr[0], 1)
	fmt.Println(arr, len(arr[1]))
	func() {
		fmt.Println("iife")
	}()
	y := func(a int) int { return a * a }(7)
	fmt.Println(y)
	type pair [2]int
	ps := map[pair]string{{1, 2}: "a"}
	fmt.Println(ps[pair{1, 2}])
	var iface interface {
		Double() Num
	} = n
	fmt.Println(iface.Double())
	const c = len("const string")
	var arr2 [c]byte
	fmt.Println(len(arr2), cap(arr2[:5]))
	bs := make([]byte, 3, 10)
	fmt.Println(len(bs[:cap(bs)]), bs[1:2:5])
	label := 0
outer:
	for {
		switch {
		case label < 3:
			label++
			continue outer
		default:
			break outer
		}
	}
	fmt.Println(label)
	var u8 uint8 = 250
	for u8 != 4 {
		u8++
	}
	fmt.Println(u8)
	fmt.Println(len([]rune("héllo")), cap(make(chan int, 5)), copy(make([]int, 2), []int{1, 2, 3}))
}
