// strconv.IsPrint, IsGraphic and quoting (%q, Quote, QuoteToGraphic) of unassigned code
// points, format characters, private use, separators and noncharacters, as Go.
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	s := "\U00040001\u0378\U000E0080"
	fmt.Printf("%q %+q\n", s, s)
	fmt.Println(strconv.Quote(s), strconv.IsPrint(0x40001), strconv.IsPrint(0x378))
	for _, r := range []rune{' ', 'a', 0x7f, 0xa0, 0xad, 0x378, 0x61c, 0x1680, 0x200b, 0x2028, 0x2060, 0x3000, 0xe000, 0xfdd0, 0xfeff, 0xfffe, 0x1f600, 0x40001, 0xe0001, 0xe0080, 0xf0000, 0x10ffff} {
		fmt.Printf("%U %v %v %v %v %s %s\n", r, strconv.IsPrint(r), strconv.IsGraphic(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			strconv.QuoteRune(r), strconv.QuoteToGraphic(string(r)))
	}
}
