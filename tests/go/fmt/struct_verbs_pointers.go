// Tests %v, %+v and %#v on struct values, pointers to structs, embedded structs and nested anonymous structs.
package main

import "fmt"

type Base struct{ ID int }

type User struct {
	Base
	Name   string
	Emails []string
	Prefs  struct {
		Dark bool
		Size float64
	}
}

func main() {
	u := User{Base: Base{7}, Name: "ann", Emails: []string{"a@x"}}
	u.Prefs.Dark = true
	u.Prefs.Size = 1.5
	fmt.Printf("%v\n%+v\n%#v\n", u, u, u)
	fmt.Printf("%v\n%+v\n", &u, &u)
	pp := &u.Base
	fmt.Println(pp, *pp)
	type Pair struct {
		K string
		V interface{}
	}
	fmt.Printf("%#v\n", []Pair{{"a", 1}, {"b", "two"}, {"c", nil}, {"d", []int{3}}})
	fmt.Printf("%#v %#v %#v\n", map[string]int{"z": 1, "a": 2}, [2]string{"x", "y"}, struct{}{})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "s", 'r', uint(5), 2.0)
}
