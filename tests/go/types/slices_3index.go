// Tests three-index slice expressions s[a:b:c] and the resulting len and cap.
package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 50)
	fmt.Println(arr, s)
	s = append(s, 60)
	s[0] = 20
	fmt.Println(arr, s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	full := arr[1:3]
	fmt.Println(len(full), cap(full))
	ext := full[:6]
	fmt.Println(ext)
	lim := arr[1:3:4]
	fmt.Println(lim[:3], cap(lim[1:]))
	sl := []string{"a", "b", "c", "d"}
	head := sl[:2:2]
	head = append(head, "X")
	fmt.Println(sl, head)
	str := "hello"
	fmt.Println(str[1:4], str[:0] == "", str[5:])
}
