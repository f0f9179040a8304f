// Tests bytes.Buffer reads, strings.Reader Seek/ReadAt/Unread, io.ReadAll/Copy through wrapping readers.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

type countW struct{ n int }

func (c *countW) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	var b bytes.Buffer
	b.WriteString("hello, ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.Len(), b.String())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.Len())
	s, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", s, err)
	r, sz, err := b.ReadRune()
	fmt.Println(string(r), sz, err)
	fmt.Printf("%q\n", b.Next(3))
	s, err = b.ReadString('x')
	fmt.Printf("%q %v\n", s, err)
	n, err = b.Read(p)
	fmt.Println(n, err)
	b.Reset()
	b.WriteString("abcdef")
	b.Truncate(3)
	fmt.Println(b.String())
	sr := strings.NewReader("The quick brown fox")
	fmt.Println(sr.Len(), sr.Size())
	data, err := io.ReadAll(upper{sr})
	fmt.Println(string(data), err, sr.Len())
	sr.Seek(4, 0)
	buf := make([]byte, 5)
	sr.Read(buf)
	fmt.Println(string(buf))
	sr.Seek(-3, 2)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest))
	n, err = sr.ReadAt(buf, 10)
	fmt.Println(n, err, string(buf[:n]))
	n, err = sr.ReadAt(buf, 16)
	fmt.Println(n, err, string(buf[:n]))
	_, err = sr.Seek(-100, 0)
	fmt.Println(err)
	sr.Reset("xyz")
	c, _ := sr.ReadByte()
	sr.UnreadByte()
	c2, _ := sr.ReadByte()
	fmt.Println(string(c), string(c2))
	fmt.Println(sr.UnreadRune())
	all, _ := io.ReadAll(&oneByte{strings.NewReader("slowly read")})
	fmt.Println(string(all))
	var cw countW
	nn, err := io.Copy(&cw, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println(nn, err, cw.n)
	var out bytes.Buffer
	nn, err = out.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(nn, err, out.String())
	var dst strings.Builder
	nn, err = out.WriteTo(&dst)
	fmt.Println(nn, err, dst.String(), out.Len())
	fmt.Println(errors.Is(io.ErrUnexpectedEOF, io.EOF), io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
	bb := bytes.NewBufferString("line1\nline2\nline3")
	for {
		line, err := bb.ReadString('\n')
		fmt.Printf("%q ", line)
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Fields([]byte(" a b  c ")))
	fmt.Printf("%s|%q|%v\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.TrimSpace([]byte("  x  ")), bytes.Repeat([]byte("ab"), 3))
	io.WriteString(&b, "ws")
	fmt.Println(b.String())
}
