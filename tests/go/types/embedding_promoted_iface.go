// Tests struct embedding with interfaces, promoted methods, overriding, embedded interface fields.
package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
}

type Animal interface {
	Sound() string
	Name() string
}

type Base struct {
	name string
	logs []string
}

func (b *Base) Log(s string)  { b.logs = append(b.logs, b.name+": "+s) }
func (b Base) Name() string   { return b.name }
func (b Base) Sound() string  { return "..." }
func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

type Dog struct {
	*Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	lives int
}

func (c Cat) Sound() string { return "meow" }

type Service struct {
	Logger
	calls int
}

func (s *Service) Do() {
	s.calls++
	s.Log(fmt.Sprintf("call %d", s.calls))
}

type upper struct{ sb *strings.Builder }

func (u upper) Log(s string) { u.sb.WriteString(strings.ToUpper(s) + ";") }

func main() {
	d := Dog{&Base{name: "rex"}, "lab"}
	c := &Cat{Base{name: "tom"}, 9}
	animals := []Animal{d, c, Base{name: "thing"}}
	for _, a := range animals {
		fmt.Println(a.Name(), a.Sound())
	}
	fmt.Println(d.Describe(), "|", c.Describe())
	d.Log("bark")
	c.Log("purr")
	c.Base.Log("direct")
	fmt.Println(d.logs, c.logs, len(d.Base.logs))
	var l Logger = d
	l.Log("via iface")
	fmt.Println(d.logs)
	var l2 Logger = c
	l2.Log("x")
	fmt.Println(len(c.logs))
	sb := &strings.Builder{}
	s := &Service{Logger: upper{sb}}
	s.Do()
	s.Do()
	fmt.Println(sb.String(), s.calls)
	_, isLogger := interface{}(Cat{}).(Logger)
	_, isLoggerP := interface{}(&Cat{}).(Logger)
	_, dogLogger := interface{}(Dog{}).(Logger)
	fmt.Println(isLogger, isLoggerP, dogLogger)
	fmt.Printf("%+v\n", Cat{Base{name: "z"}, 1})
}
