// errorcheck
// Tests rejected assignments between distinct named and unnamed types without conversion.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 100
	var f Fahrenheit
	f = c // ERROR "cannot use c \(variable of type Celsius\) as Fahrenheit value in assignment"
	var n int = 3
	var x float64 = n // ERROR "cannot use n \(variable of type int\) as float64 value in variable declaration"
	var p *int = nil
	var q int = nil // ERROR "cannot use nil as int value in variable declaration"
	fmt.Println(c, f, x, p, q)
}
