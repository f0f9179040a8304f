// Tests unicode/utf8: RuneCountInString, DecodeRuneInString, DecodeLastRuneInString, RuneLen, ValidString, EncodeRune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r == utf8.RuneError, size)
	for _, c := range []rune{'a', 'é', '世', '😀', -1, 0xD800} {
		fmt.Print(utf8.RuneLen(c), " ")
	}
	fmt.Println()
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8}), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0x110000))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.RuneError, string(utf8.RuneError), utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.FullRuneInString("\xe4\xb8"), utf8.RuneStart(0x96))
	b := utf8.AppendRune(nil, '世')
	fmt.Println(b)
}
