// bufio: Scanner (lines, words, runes, a long token, Buffer, ErrFinalToken), Reader, Writer's writes.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type counter struct {
	writes int
	buf    bytes.Buffer
}

func (c *counter) Write(p []byte) (int, error) {
	c.writes++
	return c.buf.Write(p)
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\r\ngamma\n\ndelta"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("héllo\xff"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 70000) + "\nshort\n"))
	for long.Scan() {
		fmt.Println(len(long.Text()))
	}
	fmt.Println(long.Err())
	big := bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000) + "\n"))
	big.Buffer(make([]byte, 100), 100000)
	for big.Scan() {
		fmt.Println("big", len(big.Text()))
	}
	r := bufio.NewReader(strings.NewReader("line one\nline two\r\nlast"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	r2 := bufio.NewReaderSize(strings.NewReader("héllo world"), 16)
	b, _ := r2.Peek(3)
	fmt.Printf("%q %d\n", b, r2.Buffered())
	ru, size, _ := r2.ReadRune()
	fmt.Println(string(ru), size)
	ru, size, _ = r2.ReadRune()
	fmt.Println(string(ru), size, r2.UnreadRune(), r2.UnreadRune())
	line, prefix, err := r2.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	c := &counter{}
	w := bufio.NewWriterSize(c, 16)
	fmt.Fprintf(w, "hello %d ", 42)
	w.WriteString("a longer string that exceeds the buffer")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println(c.writes, w.Buffered(), w.Available())
	w.Flush()
	fmt.Println(c.writes, c.buf.String())
	final := bufio.NewScanner(strings.NewReader("a,b,STOP,c"))
	final.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for final.Scan() {
		fmt.Print(final.Text(), " ")
	}
	fmt.Println(final.Err())
}
