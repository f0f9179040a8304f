// Tests string transformations: Replace, ReplaceAll, ToUpper, ToLower, Repeat, Title-free casing, Map and NewReplacer.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "oink", "baa"))
	fmt.Println(strings.Replace(s, "", "-", 3))
	fmt.Println(strings.ReplaceAll("abc", "", "|"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC DEF"), strings.ToUpper("ß"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "", len(strings.Repeat("é", 4)))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.ToTitle("go"), strings.ToUpper(""), strings.ToLower("MiXeD123"))
}
