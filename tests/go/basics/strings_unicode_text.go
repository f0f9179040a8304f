// Tests string/rune/byte handling with non-ASCII text.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Héllo, 世界! ñ"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	b := []byte(s)
	fmt.Println(b[1], b[2], string(b[7:13]))
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	fmt.Println(strings.ToUpper(s), strings.Title("go is fun"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s))
	fmt.Println(strings.IndexRune(s, '世'), strings.Index(s, "界"), strings.Count(s, ""), strings.Fields(" a  b\tc\n"))
	fmt.Printf("%q %+q %x\n", s, s, s[:3])
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteRune('α' + rune(i))
		sb.WriteByte('-')
	}
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(string(rune(65)), string([]byte{0xe4, 0xb8, 0x96}), s[1], s[1:3])
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Repeat("ab", 3), strings.Split("a,b,,c", ","), len(strings.Split("", ",")))
	c := 'z' - 'a'
	fmt.Println(c, 'a'+1, string(rune('a'+1)))
}
