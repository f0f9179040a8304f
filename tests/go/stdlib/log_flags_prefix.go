// Tests log package: flags 0, prefixes, custom loggers to a bytes.Buffer and stdout, Lmsgprefix, Panic recovered.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("plain line", 42)
	log.Printf("formatted %q %d", "x", 7)
	log.Print("no newline added twice\n")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	fmt.Println("prefix:", log.Prefix(), "flags:", log.Flags())
	var buf bytes.Buffer
	l := log.New(&buf, "svc: ", 0)
	l.Println("first")
	l.Printf("second %v", []int{1, 2})
	l.SetPrefix("SVC: ")
	l.Print("third")
	fmt.Print(buf.String())
	fmt.Println(buf.Len())
	l2 := log.New(os.Stdout, "msg> ", log.Lmsgprefix)
	l2.Println("lmsgprefix")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad value %d", 3)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		l.Panicln("panicln", "args")
	}()
	fmt.Println(log.Writer() == os.Stdout)
}
