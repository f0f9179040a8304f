// check
// Tests errgroup tasks writing their own result slots, read after g.Wait.
package main

import (
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

func main() {
	words := []string{"alpha", "beta", "gamma"}
	upper := make([]string, len(words))
	var g errgroup.Group
	for i, w := range words {
		i, w := i, w
		g.Go(func() error {
			upper[i] = strings.ToUpper(w)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(strings.Join(upper, " "))
}
