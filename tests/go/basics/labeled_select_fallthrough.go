// Tests labeled break/continue in nested loops, select inside for, switch inside for.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				continue outer
			}
			if v == 8 {
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println("| end row", i)
	}
	fmt.Println()
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			switch {
			case v%2 == 0:
				continue recv
			case v > 7:
				break recv
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-ish ")
		case 2, 3:
			fmt.Print("two-three ")
			if i == 3 {
				break
			}
			fmt.Print("(2) ")
		default:
			fmt.Print("other ")
		}
	}
	fmt.Println()
	x := 5
	switch y := x * 2; {
	case y > 5:
		fmt.Println("big", y)
		fallthrough
	case y > 100:
		fmt.Println("fell through")
	case y > 1:
		fmt.Println("not reached")
	}
}
