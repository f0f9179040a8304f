// Tests type switch with multi-type cases, nil and interface cases, fallthrough, init statements and struct/any switch values.
package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func kind(x any) string {
	switch v := x.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string len " + fmt.Sprint(len(v))
	case Animal:
		return "animal " + v.Sound()
	case error:
		return "error " + v.Error()
	case nil:
		return "nil!"
	case func() int:
		return fmt.Sprint("func returning ", v())
	case []any:
		s := ""
		for _, e := range v {
			s += kind(e) + ";"
		}
		return s
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		fallthrough
	case n >= 75:
		return "B"
	default:
		return "C"
	}
}

func main() {
	var a Animal
	var c *Cat
	fmt.Println(kind(1), kind(int64(2)), kind(int32(3)))
	fmt.Println(kind("hey"), kind(Dog{}), kind(&Cat{}), kind(Cat{}))
	fmt.Println(kind(nil), kind(a), kind(c))
	fmt.Println(kind(func() int { return 7 }), kind([]any{1, "x", nil}))
	fmt.Println(kind(fmt.Errorf("e")))
	for _, n := range []int{95, 85, 77, 10} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("fell into 6")
	case 7:
		fmt.Println("not here")
	}
	switch s := "go"; {
	case s == "go":
		fmt.Println("go!")
	}
	i := 0
	switch i++; i {
	case 1:
		fmt.Println("i is 1")
	}
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float match")
	}
	type pt struct{ x, y int }
	switch (pt{1, 2}) {
	case pt{1, 2}:
		fmt.Println("struct match")
	}
	var any1 any = 3
	switch any1 {
	case "3":
		fmt.Println("string")
	case 3.0:
		fmt.Println("float")
	case 3:
		fmt.Println("int")
	}
}
