// check
// Tests a struct whose channel field is made by its constructor.
package main

import "fmt"

type job struct {
	name string
	done chan bool
}

func newJob(name string) *job { return &job{name: name, done: make(chan bool)} }

func main() {
	j := newJob("backup")
	go func() {
		j.done <- true
	}()
	<-j.done
	fmt.Println(j.name, "finished")
}
