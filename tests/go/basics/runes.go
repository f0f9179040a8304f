// Tests rune arithmetic, rune/byte types and rune constants.
package main

import "fmt"

func caesar(s string, k rune) string {
	out := []rune{}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+k)%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+k)%26
		}
		out = append(out, r)
	}
	return string(out)
}

func main() {
	r := 'A'
	fmt.Println(r, r+1, string(r+1), 'a'-'A')
	fmt.Printf("%T %T %c %q %U\n", r, byte('x'), r+2, r+3, 'é')
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("xyz", 3), 23))
	digits := "4096"
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	fmt.Println(n + 1)
	var b byte = 'a'
	b += 2
	fmt.Println(b, string(rune(b)))
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600')
	upper := []byte("shout")
	for i := range upper {
		upper[i] -= 'a' - 'A'
	}
	fmt.Println(string(upper))
}
