// Tests width/precision with multibyte strings, slices, flags and argument indexes.
package main

import "fmt"

func main() {
	for _, s := range []string{"é", "日本", "abc", "", "😀x"} {
		fmt.Printf("[%5s][%-5s][%.1s][%5.1s][%q][%x][% X][%5q]\n", s, s, s, s, s, s, s, s)
	}
	fmt.Printf("[%5c][%-3c][%5U][%08.3f][%-08d][%+q]\n", 'é', 'x', 'é', -3.14159, 42, "é")
	fmt.Printf("[%6.2v][%v][%10v][%-10v]\n", 3.14159, []string{"é"}, []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("[%3d][%-3d][%03d][% d][%+d]\n", []int{1, 22}, []int{1}, []int{7}, []int{5, -5}, []int{5})
	fmt.Printf("[%t][%5t][%v]\n", false, true, []bool{true})
	fmt.Printf("[%x][%X][%#x][%x]\n", "hello", []byte{1, 171}, "hi", []string{"ab", "cd"})
	fmt.Printf("[%o][%#o][%b][%#b]\n", 64, 64, 5, 5)
	fmt.Printf("[%e][%E][%.0e][%#.0e]\n", 123456.789, 0.000123, 5.5, 5.0)
	fmt.Printf("[%g][%.3g][%g][%g][%g]\n", 100000.0, 123456.0, 1e-5, 0.0001, float32(1e7))
	fmt.Printf("[%v][%v][%v]\n", float32(0.1), float32(16777216.0), float32(1e-10))
	fmt.Printf("[%6.3v][%.10v]\n", "abcdefgh", "short")
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%08.3f|%+.2e|%x|%X\n", -1.5, -1234.5678, -255, 3.5)
	fmt.Printf("%s|%v|%d\n", []byte(nil), []byte{}, []byte("A"))
	fmt.Printf("%5.2f%%|%c%c\n", 99.5, 0x48, 0x69)
	fmt.Println(fmt.Sprintf("%3[1]d|%-3[1]d|%[1]x|%[2]*[1]d", 5, 6))
	fmt.Println(fmt.Sprintf("%[3]v %[1]v %v", 1, 2, 3))
	fmt.Println(fmt.Sprintf("%[5]d", 1), fmt.Sprintf("%.*d", -1, 5), fmt.Sprintf("%-+5d|", 3))
}
