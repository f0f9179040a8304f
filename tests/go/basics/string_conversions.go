// Tests conversions between string, rune, []byte and []rune.
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	bs := []byte("héllo")
	fmt.Println(bs, len(bs))
	rs := []rune("héllo")
	fmt.Println(rs, len(rs))
	rs[1] = 'e'
	fmt.Println(string(rs))
	bs[0] = 'H'
	fmt.Println(string(bs))
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96, 0x21}))
	fmt.Println(string([]rune{0x4e16, 0x754c}))
	r := 'é'
	fmt.Println(r, string(r), []byte(string(r)))
	var b byte = 'z'
	fmt.Println(b, string(rune(b)), string(b-25))
	s := "abc"
	bb := []byte(s)
	bb[0] = 'z'
	fmt.Println(s, string(bb))
	fmt.Println([]byte(""), []rune(""), len(string([]byte(nil))))
	fmt.Println(string([]rune("😀x")[0]), len([]rune("😀x")))
}
