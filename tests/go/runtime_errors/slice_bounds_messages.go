// Every kind of slice-bounds panic message, as Go's boundsError words them: negative
// bounds alone, slices by capacity, arrays and strings by length, 3-index forms.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	var a [4]int
	str := "abc"
	lo, hi, mx, neg, three, four := 2, 1, 6, -1, 3, 4
	try(func() { _ = s[lo:hi] })
	try(func() { _ = s[neg:] })
	try(func() { _ = s[:neg] })
	try(func() { _ = s[:mx] })
	try(func() { _ = s[1:2:mx] })
	try(func() { _ = s[1:four:three] })
	try(func() { _ = s[lo:hi:three] })
	try(func() { _ = s[neg:1:2] })
	try(func() { _ = s[0:neg:2] })
	try(func() { _ = s[0:1:neg] })
	try(func() { _ = a[:mx] })
	try(func() { _ = a[lo:hi] })
	try(func() { _ = a[1:2:mx] })
	try(func() { _ = str[:mx] })
	try(func() { _ = str[lo:hi] })
	try(func() { _ = str[neg:] })
	try(func() { _ = s[mx] })
	try(func() { _ = s[neg] })
	try(func() { _ = str[mx] })
}
