// Tests Split, SplitN, SplitAfter, Join, Fields and FieldsFunc, including empty strings and separators.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("no-sep", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-") == "", strings.Join([]string{"solo"}, "+"))
	fmt.Printf("%q\n", strings.Fields("  leading   and\ttabs\nnewlines  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	csv := "name:ann;age:31;city:oslo"
	for _, kv := range strings.Split(csv, ";") {
		parts := strings.SplitN(kv, ":", 2)
		fmt.Printf("%s=%s ", parts[0], parts[1])
	}
	fmt.Println()
	fmt.Println(len(strings.Split("a b c d", " ")))
}
