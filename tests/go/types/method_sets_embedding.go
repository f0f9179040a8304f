// Tests method sets through embedding: value struct embedding *T gets T's pointer methods; deep promotion; shadowing depth.
package main

import "fmt"

type Mover interface{ Move(int) }
type Namer interface{ Name() string }

type Engine struct{ pos int }

func (e *Engine) Move(d int) { e.pos += d }
func (e Engine) Name() string { return fmt.Sprint("engine@", e.pos) }

type Car struct {
	*Engine
	brand string
}

type Truck struct {
	Engine
	load int
}

type Convoy struct {
	Car
	Truck2 Truck
}

type Wrapper struct {
	Car
}

func (w Wrapper) Name() string { return "wrapper(" + w.Car.Name() + ")" }

func main() {
	c := Car{&Engine{}, "vw"}
	var m Mover = c
	m.Move(5)
	fmt.Println(c.pos, c.Name())
	t := Truck{}
	var m2 Mover = &t
	m2.Move(3)
	fmt.Println(t.pos, t.Name())
	_, ok := interface{}(t).(Mover)
	_, ok2 := interface{}(&t).(Mover)
	_, ok3 := interface{}(c).(Namer)
	fmt.Println(ok, ok2, ok3)
	cv := Convoy{Car: Car{&Engine{10}, "x"}}
	cv.Move(1)
	cv.Truck2.Move(2)
	fmt.Println(cv.pos, cv.Engine.pos, cv.Truck2.pos, cv.Name())
	w := Wrapper{c}
	var n Namer = w
	fmt.Println(n.Name(), w.Car.Engine.Name())
	f := c.Move
	f(100)
	g := (*Engine).Move
	g(c.Engine, 1)
	h := Car.Name
	fmt.Println(h(c), c.pos)
	fmt.Printf("%+v\n", t)
}
