// Tests sort.Sort and sort.Stable with a custom sort.Interface implementation and sort.Reverse.
package main

import (
	"fmt"
	"sort"
)

type Track struct {
	Title  string
	Artist string
	Year   int
}

type byYear []Track

func (b byYear) Len() int           { return len(b) }
func (b byYear) Less(i, j int) bool { return b[i].Year < b[j].Year }
func (b byYear) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type byTitle []Track

func (b byTitle) Len() int           { return len(b) }
func (b byTitle) Less(i, j int) bool { return b[i].Title < b[j].Title }
func (b byTitle) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func show(ts []Track) {
	for _, t := range ts {
		fmt.Printf("  %-12s %-8s %d\n", t.Title, t.Artist, t.Year)
	}
}

func main() {
	tracks := []Track{
		{"Go", "Delilah", 2012},
		{"Ready", "Moby", 1992},
		{"Alpha", "Alicia", 2007},
		{"Beta", "Led", 2007},
		{"Zed", "Moby", 1992},
	}
	sort.Sort(byTitle(tracks))
	fmt.Println("by title:")
	show(tracks)
	sort.Stable(byYear(tracks))
	fmt.Println("stable by year:")
	show(tracks)
	sort.Sort(sort.Reverse(byTitle(tracks)))
	fmt.Println("reverse title:")
	show(tracks)
	fmt.Println(sort.IsSorted(byYear(tracks)), sort.IsSorted(sort.Reverse(byTitle(tracks))))
}
