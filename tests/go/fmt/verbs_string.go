// Tests string and byte-slice verbs: %s %q %x %X % x %#q with width and precision.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%x|%X|% x|%#x\n", s, s, s, s, s, s)
	b := []byte("Go!")
	fmt.Printf("%s|%q|%x|% X|%v|%d\n", b, b, b, b, b, b)
	fmt.Printf("|%10s|%-10s|%.2s|%10.3s|%-10.1s|\n", "abc", "abc", "abcdef", "abcdef", "xyz")
	fmt.Printf("%q %q %q %+q %#q %#q\n", "tab\there", `back\slash`, "quote\"d", "héllo", "raw", "has`tick")
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%s\n", []string{"x", "y"})
	fmt.Printf("%5.1q|\n", "hello")
	fmt.Printf("%x %X\n", "", []byte{})
	fmt.Printf("%s %v\n", []byte(nil), [3]byte{1, 2, 3})
	fmt.Printf("%.3s|%.10s|\n", "日本語日本語", "short")
	fmt.Printf("%-6s|%6s|\n", "日本", "日本")
	fmt.Printf("%q %q\n", "\x00\x7f", "\xff")
	fmt.Printf("%s %s\n", "multiple", "args")
	fmt.Printf("%%s is literal, 100%%\n")
}
