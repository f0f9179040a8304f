// Tests %c, %q, %U and %#U with ASCII, accented, CJK, emoji and control characters.
package main

import "fmt"

func main() {
	for _, r := range []rune{'A', 'é', '世', '😀', '\t', 0x7f, 0x10FFFF} {
		fmt.Printf("%c|%q|%+q|%U|%#U|%d|%x\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%q %+q %#q\n", "日本\n", "日本\n", "日本")
	fmt.Printf("%x % x %X\n", "日本", "日本", "日本")
	fmt.Printf("%q\n", []rune("aé"))
	fmt.Printf("%c%c%c\n", 71, 111, 33)
	fmt.Printf("%v %c\n", 'z', []rune{'o', 'k'})
}
