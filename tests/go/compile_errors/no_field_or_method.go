// errorcheck
// Tests that selecting a nonexistent field or method is rejected.
package main

import "fmt"

type User struct {
	Name string
}

func (u User) Greet() string { return "hi " + u.Name }

func main() {
	u := User{"ann"}
	fmt.Println(u.Email)   // ERROR "u.Email undefined \(type User has no field or method Email\)"
	fmt.Println(u.greet()) // ERROR "has no field or method greet"
}
