// Tests unicode classification and case mapping: IsUpper, IsLower, IsDigit, IsLetter, IsSpace, IsPunct, ToUpper, ToLower.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'A', 'z', '5', ' ', '\n', '!', 'é', 'Ω', '٣', '世', '_'} {
		fmt.Printf("%q upper=%v lower=%v digit=%v number=%v letter=%v space=%v punct=%v\n",
			r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsLetter(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ω')), string(unicode.ToUpper('1')), string(unicode.ToTitle('a')))
	counts := map[string]int{}
	for _, r := range "Hello, World 123!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek), unicode.MaxRune)
}
