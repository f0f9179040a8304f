// exit: 2
// stderr: ^panic: runtime error: index out of range \[3\] with length 3$
// Tests an out of range index into a fixed array inside a nested data structure.
package main

import "fmt"

type Board struct {
	cells [3][3]byte
}

func main() {
	var b Board
	for i := 0; i < 3; i++ {
		b.cells[i][i] = 'X'
	}
	fmt.Println(string(b.cells[1][:]) == "\x00X\x00")
	r, c := 1, 3
	b.cells[r][c] = 'O'
}
