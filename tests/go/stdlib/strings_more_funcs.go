// Tests less common strings functions: Replacer, Cut, SplitN, SplitAfter, FieldsFunc, IndexFunc, TrimFunc, Title, Reader.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("hello World", unicode.IsUpper), strings.LastIndexFunc("aXbXc", unicode.IsUpper))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.Trim("  \t hi \n", " \t\n"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "ol"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ng"), strings.LastIndexAny("golang", "go"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Title("hello wide world"), strings.ToTitle("loud"), strings.ToLower("ÀÉÎ"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink", "", "-", -1))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"), strings.Count("five", ""))
	rd := strings.NewReader("abc☺def")
	b := make([]byte, 4)
	n, err := rd.Read(b)
	fmt.Println(n, err, string(b[:n]), rd.Len())
	ch, size, _ := rd.ReadRune()
	fmt.Println(string(ch), size)
	rest, _ := io.ReadAll(rd)
	fmt.Println(string(rest))
	n, err = rd.Read(b)
	fmt.Println(n, err == io.EOF)
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Repeat("-", 0))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"), strings.EqualFold("σ", "Σ"))
}
