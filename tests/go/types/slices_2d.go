// Tests slices of slices: building a jagged grid, row sharing and transposing.
package main

import (
	"fmt"
	"strings"
)

func main() {
	rows, cols := 3, 4
	grid := make([][]int, rows)
	for r := range grid {
		grid[r] = make([]int, cols)
		for c := range grid[r] {
			grid[r][c] = r*cols + c
		}
	}
	fmt.Println(grid)
	t := make([][]int, cols)
	for c := 0; c < cols; c++ {
		for r := 0; r < rows; r++ {
			t[c] = append(t[c], grid[r][c])
		}
	}
	fmt.Println(t)
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Println(strings.Repeat(" ", 5-len(row)), row)
	}
	shared := grid[0]
	grid[0][0] = -1
	fmt.Println(shared[0])
	words := [][]string{{"a", "b"}, nil, {}}
	for i, w := range words {
		fmt.Println(i, len(w), w == nil)
	}
}
