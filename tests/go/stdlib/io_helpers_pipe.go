// io: ReadFull, CopyN, MultiReader/Writer, TeeReader, LimitReader, SectionReader, Pipe.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

func main() {
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf))
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err)
	var out bytes.Buffer
	w, err2 := io.CopyN(&out, strings.NewReader("0123456789"), 4)
	fmt.Println(w, err2, out.String())
	w, err2 = io.CopyN(&out, strings.NewReader("xy"), 4)
	fmt.Println(w, err2, out.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	fmt.Fprint(mw, "to both")
	fmt.Println(a.String(), "|", b.String())
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	lb, _ := io.ReadAll(lr)
	fmt.Println(string(lb))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sb, _ := io.ReadAll(sr)
	fmt.Println(string(sb), sr.Size())
	pos, _ := sr.Seek(1, io.SeekStart)
	p := make([]byte, 2)
	sr.Read(p)
	fmt.Println(pos, string(p))
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "msg %d\n", i)
		}
		pw.Close()
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	wg.Wait()
	pr2, pw2 := io.Pipe()
	pr2.CloseWithError(fmt.Errorf("reader gone"))
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err)
	io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
}
