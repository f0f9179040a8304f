// Tests bytes.Buffer reading/writing and bytes package helpers.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('☺')
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " n=%d", 5)
	p := make([]byte, 6)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]))
	c, _ := b.ReadByte()
	fmt.Println(string(c))
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size)
	fmt.Printf("%q\n", b.Next(3))
	rest, err := b.ReadString('#')
	fmt.Printf("%q %v\n", rest, err == io.EOF)
	b.Reset()
	b.WriteString("abcdef")
	b.Truncate(3)
	fmt.Println(b.String())
	buf := bytes.NewBufferString("from string")
	var sb strings.Builder
	nn, _ := buf.WriteTo(&sb)
	fmt.Println(nn, sb.String(), buf.Len())
	buf2 := bytes.NewBuffer(nil)
	m, _ := buf2.ReadFrom(strings.NewReader("read from reader"))
	fmt.Println(m, buf2.String())
	x := []byte("Go is Fun")
	fmt.Println(bytes.Contains(x, []byte("is")), bytes.Index(x, []byte("Fun")), bytes.Equal(bytes.ToUpper(x), []byte("GO IS FUN")))
	fmt.Printf("%q %q\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.Fields([]byte("  x  y ")))
	fmt.Printf("%s|%s|%s\n", bytes.TrimSpace([]byte("  t  ")), bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")), bytes.Repeat([]byte("ab"), 2))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(x, []byte("Go")), bytes.Count(x, []byte("n")))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
}
