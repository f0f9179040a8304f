// Tests ranging over strings: byte offsets, multi-byte runes and invalid UTF-8.
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println(count)
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}
