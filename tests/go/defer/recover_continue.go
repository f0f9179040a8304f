// Tests using recover to keep processing a list of tasks after some of them panic.
package main

import (
	"fmt"
	"strings"
)

type Task struct {
	Name string
	Run  func() int
}

func runSafely(t Task) (res int, failed string) {
	defer func() {
		if r := recover(); r != nil {
			failed = fmt.Sprint(r)
			res = -1
		}
	}()
	return t.Run(), ""
}

func main() {
	data := []int{10, 20, 30}
	var m map[string]int
	idx := 7
	tasks := []Task{
		{"sum", func() int { return data[0] + data[1] + data[2] }},
		{"oob", func() int { return data[idx] }},
		{"explicit", func() int { panic("task exploded") }},
		{"nilmap", func() int { m["k"] = 1; return 0 }},
		{"len", func() int { return len(strings.Repeat("ab", 4)) }},
	}
	okCount := 0
	for _, t := range tasks {
		res, failed := runSafely(t)
		if failed != "" {
			fmt.Printf("%-8s FAILED: %s\n", t.Name, failed)
			continue
		}
		okCount++
		fmt.Printf("%-8s = %d\n", t.Name, res)
	}
	fmt.Println(okCount, "succeeded")
}
