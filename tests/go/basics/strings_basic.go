// Tests string indexing (bytes), len, concatenation, comparison and slicing.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	fmt.Printf("%T %T\n", s[0], s[1:3])
	fmt.Println(s[:1], s[7:], s[1:3] == "é")
	t := s + "!"
	t += "?"
	fmt.Println(t, len(t))
	words := []string{"banana", "apple", "Banana", "apple pie", "", "b"}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		fmt.Printf("%q < %q: %v, == %v, >= %v\n", a, b, a < b, a == b, a >= b)
	}
	var empty string
	fmt.Println(empty == "", len(empty))
	raw := `a\nb	"c"`
	fmt.Println(raw, len(raw))
	esc := "tab\there\nnl \"q\" \\ \x41\u00e9\U0001F600"
	fmt.Println(esc)
	fmt.Println(len("\U0001F600"), len("\xff"))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), s[len(s)-3:])
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc)
}
