// Tests struct embedding: promoted fields and methods, overriding, pointer embedding and interface satisfaction.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof (was " + d.Animal.Sound() + ")" }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) string { return l.prefix + msg }

type Service struct {
	*Logger
	Name string
}

type Sounder interface{ Sound() string }

type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Name, d.Sound())
	var s Sounder = d
	fmt.Println(s.Sound())
	var desc Describer = d
	fmt.Println(desc.Describe())
	fmt.Printf("%+v\n", d)
	svc := Service{&Logger{"[svc] "}, "api"}
	fmt.Println(svc.Log("started"), svc.prefix)
	svc.prefix = "[changed] "
	fmt.Println(svc.Logger.Log("x"))
	d2 := Dog{Breed: "pug"}
	d2.Legs = 3
	fmt.Println(d2.Describe())
}
