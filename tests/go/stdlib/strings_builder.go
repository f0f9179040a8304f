// Tests strings.Builder: WriteString, WriteByte, WriteRune, Len, Reset and building a report.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune('!')
	fmt.Println(b.String(), b.Len())
	n, err := b.WriteString("xyz")
	fmt.Println(n, err, b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	var table strings.Builder
	rows := [][]string{{"id", "name"}, {"1", "alpha"}, {"2", "beta"}}
	for i, r := range rows {
		if i > 0 {
			table.WriteString("\n")
		}
		table.WriteString(strings.Join(r, "\t"))
	}
	fmt.Println(table.String())
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteByte(byte('a' + i%26))
	}
	s := sb.String()
	fmt.Println(len(s), s[:5], s[995:])
	b.Grow(64)
	fmt.Println(b.Len())
}
