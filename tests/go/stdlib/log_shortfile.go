// Tests runtime.Caller and log's Lshortfile/Lmsgprefix: the line reported is the user's call.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	short := file
	for i := len(file) - 1; i > 0; i-- {
		if file[i] == '/' {
			short = file[i+1:]
			break
		}
	}
	return fmt.Sprint(short, ":", line, " ", ok)
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hi")
	log.Printf("n=%d", 3)
	l := log.New(os.Stdout, "[x] ", log.Lshortfile|log.Lmsgprefix)
	l.Print("from logger")
	func() { log.Print("in closure") }()
	fmt.Println(where())
	_, _, _, ok := runtime.Caller(50)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	log.Panicln("boom")
}
