// Tests shadowing of promoted fields and methods by shallower names and multiple embedding levels.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Hello() string { return "base hello " + b.Name }
func (b Base) Kind() string  { return "base" }

type Middle struct {
	Base
	Name string
}

func (m Middle) Kind() string { return "middle/" + m.Base.Kind() }

type Top struct {
	Middle
	ID string
}

func main() {
	t := Top{Middle{Base{1, "base-name"}, "middle-name"}, "top-id"}
	fmt.Println(t.ID, t.Middle.ID, t.Base.ID)
	fmt.Println(t.Name, t.Base.Name)
	fmt.Println(t.Hello())
	fmt.Println(t.Kind(), t.Base.Kind())
	t.Name = "renamed"
	fmt.Println(t.Middle.Name, t.Middle.Base.Name)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v\n", t)
}
