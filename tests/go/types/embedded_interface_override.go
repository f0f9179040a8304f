// Tests overriding methods of an embedded interface, wrapping io.Reader, promoted methods through several levels, nil embedded interface call.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger interface {
	Log(string)
	Level() int
}

type base struct{ lvl int }

func (b base) Log(s string) { fmt.Println("base:", s) }
func (b base) Level() int   { return b.lvl }

type loud struct {
	Logger
}

func (l loud) Log(s string) { l.Logger.Log(strings.ToUpper(s)) }

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type Named interface{ Name() string }
type Person struct{ name string }

func (p Person) Name() string { return p.name }

type Employee struct {
	Person
	title string
}

type Manager struct {
	Employee
	reports []Named
}

func (m Manager) Name() string { return "Mgr " + m.Employee.Name() }

type nilEmbed struct {
	Named
}

func main() {
	var l Logger = loud{base{3}}
	l.Log("hello")
	fmt.Println(l.Level())
	ll := loud{loud{base{5}}}
	ll.Log("nested")
	cr := &countingReader{Reader: strings.NewReader("some data here")}
	b, _ := io.ReadAll(cr)
	fmt.Println(string(b), cr.n)
	e := Employee{Person{"ann"}, "dev"}
	m := Manager{Employee{Person{"bob"}, "lead"}, []Named{e, Person{"cy"}}}
	fmt.Println(e.Name(), m.Name(), m.Employee.Name(), m.Person.name)
	for _, r := range m.reports {
		fmt.Println(" -", r.Name())
	}
	var n Named = m
	fmt.Println(n.Name())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var ne nilEmbed
	fmt.Println(ne.Named == nil)
	ne.Name()
}
