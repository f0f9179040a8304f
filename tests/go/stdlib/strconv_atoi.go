// Tests strconv.Itoa and Atoi including error messages and the NumError fields.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-45), strconv.Itoa(1<<40))
	for _, s := range []string{"123", "-7", "+8", "x", "", "12a", " 1", "99999999999999999999", "0x10", "007"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
	_, err := strconv.Atoi("nope")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.Atoi("123456789012345678901")
	fmt.Println(errors.Is(err, strconv.ErrRange))
	s := strconv.Itoa(42) + "!"
	fmt.Println(s, len(s))
}
