// Tests ranging over strings with invalid UTF-8, truncated sequences and surrogates; %q/%+q/%x of such strings.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xc3\xa9\xe2\x82\xe2\x82\xac\xf0\x9f\x98\x80\xc3" + "\xed\xa0\x80"
	for i, r := range s {
		fmt.Printf("%d:%U:%q ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), []rune(s))
	fmt.Printf("%q\n%+q\n%x\n% x\n%s\n", s, s, s, s, []byte(s)[:4])
	bs := []byte(s)
	for len(bs) > 0 {
		r, size := utf8.DecodeRune(bs)
		fmt.Print(r, "/", size, " ")
		bs = bs[size:]
	}
	fmt.Println()
	fmt.Println(string([]rune(s)))
	fmt.Println(string(rune(0x110000)) == "\uFFFD", string(rune(0xD800)))
	fmt.Printf("%q %v\n", string([]byte{0xe2, 0x82}), []byte(string(rune(-5))))
	r, sz := utf8.DecodeLastRuneInString("x\xe2\x82")
	fmt.Println(r, sz)
	fmt.Println(utf8.FullRuneInString("\xe2\x82"), utf8.RuneLen(-1), utf8.RuneLen(0x10FFFF), utf8.ValidRune(0xD800))
	cnt := 0
	for range "\xff\xfe\xfd" {
		cnt++
	}
	fmt.Println(cnt)
	str := "héllo"
	fmt.Println(str[1], str[1:3], string(str[1]), len(str))
	for i := 0; i < len(str); i++ {
		fmt.Printf("%02x ", str[i])
	}
	fmt.Println()
}
