// exit: 1
// stderr: ^logged 1 true$
// stderr: ^app: fatal: disk full$
// Tests bytes.Buffer with fmt.Fprintf, bytes helpers, and log output (no timestamp flags) with log.Fatal exiting 1.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	fmt.Fprintf(&b, "%d items", 3)
	b.WriteByte('!')
	fmt.Println(b.String(), b.Len())
	line, err := bytes.NewBufferString("a,b\nc").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	data, _ := io.ReadAll(bytes.NewBufferString("all of it"))
	fmt.Println(string(data), bytes.Contains(data, []byte("of")), bytes.Equal([]byte("x"), []byte("x")))
	fmt.Println(string(bytes.ToUpper([]byte("shout"))), len(bytes.Split([]byte("a b c"), []byte(" "))))
	log.SetFlags(0)
	log.Println("logged", 1, true)
	log.SetPrefix("app: ")
	log.Fatalf("fatal: %s", "disk full")
	fmt.Println("not reached")
}
