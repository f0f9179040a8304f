// Tests strings search functions: Contains, ContainsAny, ContainsRune, Index, LastIndex, IndexByte, IndexRune, IndexAny, HasPrefix, HasSuffix, Count.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "XYZ"), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny("golang", "nl"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasPrefix(s, "quick"), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, ""))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σ", "σ"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
