// Tests stringer and error methods invoked inside containers and via pointer receivers.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ Deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.Deg) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Pair struct {
	C Color
	T *Temp
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Println([]Color{Green, Red})
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Printf("%v %d %s %q\n", Green, Green, Green, Green)
	t := Temp{36.6}
	fmt.Println(t, &t)
	fmt.Println(Pair{Blue, &t})
	fmt.Printf("%+v\n", Pair{Red, &t})
	var e error = MyErr{404}
	fmt.Println(e, []error{e, errors.New("plain")})
	fmt.Printf("%v|%s|%+v|%#v\n", e, e, e, Red)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint("a", Red, "b"), fmt.Sprint(1, 2), fmt.Sprint("a", "b", 1, 2, "c"))
	fmt.Printf("%x\n", Color(255))
	fmt.Printf("%5v|%-6v|\n", Red, Blue)
}
