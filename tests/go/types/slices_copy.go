// Tests the copy builtin: counts, overlap, copying from strings, and copy vs assignment.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:3]))
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src, clone)
	alias := src
	alias[0] = -1
	fmt.Println(src[0])
	grid := [][]int{{1, 2}, {3, 4}}
	shallow := make([][]int, len(grid))
	copy(shallow, grid)
	shallow[0][0] = 99
	shallow[1] = []int{7, 7}
	fmt.Println(grid, shallow)
}
