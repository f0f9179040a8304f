// unicode.Space is the Z category (separators: space, U+00A0, U+2028, ...) without '\n'
// or '\t'; unicode.IsSpace and the White_Space table hold both.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xa0, 0x1680, 0x180e, 0x2000, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 'x'} {
		fmt.Printf("%U %v %v %v %v\n", r, unicode.Is(unicode.Space, r), unicode.IsSpace(r), unicode.Is(unicode.White_Space, r), unicode.In(r, unicode.Letter, unicode.Space))
	}
}
