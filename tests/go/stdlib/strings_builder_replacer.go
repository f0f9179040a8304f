// Tests strings.Builder, Reader rune reading, Replacer priorities, Map, Cut, Split variants.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('世')
	n, err := sb.Write([]byte("!!"))
	fmt.Println(n, err, sb.Len(), sb.String())
	sb.Grow(100)
	fmt.Println(sb.Cap() >= 100+sb.Len())
	sb.Reset()
	sb.WriteString("fresh")
	fmt.Println(sb.String())
	r := strings.NewReader("héllo wörld")
	for {
		ch, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println()
	fmt.Println(r.UnreadRune(), r.Len())
	rep := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(rep.Replace("<a href='x'>a & b</a>"))
	rep2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(rep2.Replace("aaaaaa aaaa a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3é"))
	fmt.Println(strings.Title("hello go world"), strings.ToTitle("abc"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  \t\n "))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	s, ok := strings.TrimPrefix("prefix-body", "prefix-"), true
	fmt.Println(s, ok)
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ng"), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'z'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 0) == "")
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimFunc("123abc456", unicode.IsDigit), strings.Trim("  !hi! ", " !"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.HasSuffix("file.go", ".go"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.Compare("a", "b"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ", "), strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1))
}
