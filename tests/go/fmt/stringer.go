// Tests that String() methods are used by %v, %s and Println, including inside slices, maps and struct fields.
package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Entry struct {
	Lvl Level
	Msg string
}

type Matrix [][]int

func (m Matrix) String() string {
	var rows []string
	for _, r := range m {
		rows = append(rows, fmt.Sprint(r))
	}
	return strings.Join(rows, "/")
}

func main() {
	fmt.Println(Info, Warn, Level(9))
	fmt.Printf("%v %s %d %q %x\n", Warn, Warn, Warn, Warn, Warn)
	fmt.Println([]Level{Debug, Warn})
	fmt.Println(Entry{Info, "started"})
	fmt.Printf("%+v\n", Entry{Warn, "disk"})
	fmt.Printf("%#v\n", Entry{Warn, "disk"})
	fmt.Println(map[Level]int{Warn: 2, Debug: 1})
	fmt.Println(Matrix{{1, 2}, {3}})
	e := &Entry{Debug, "ptr"}
	fmt.Println(e)
	fmt.Println(fmt.Sprint(Info) + "!")
	var s fmt.Stringer = Warn
	fmt.Println(s)
	fmt.Printf("%5s|%-6v|\n", Info, Debug)
}
