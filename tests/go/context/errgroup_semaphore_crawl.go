// Tests recursive crawl with errgroup + semaphore, fail-fast vs collect errors, deadline cancellation.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
)

var graph = map[string][]string{
	"/":        {"/a", "/b", "/c"},
	"/a":       {"/a/1", "/a/2", "/"},
	"/b":       {"/b/1", "/broken"},
	"/c":       {"/a", "/c/deep"},
	"/c/deep":  {"/c/deeper"},
	"/a/1":     nil,
	"/a/2":     {"/a/1"},
	"/b/1":     nil,
	"/c/deeper": nil,
}

func fetch(ctx context.Context, url string) ([]string, error) {
	select {
	case <-time.After(time.Duration(len(url)) * time.Millisecond):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	links, ok := graph[url]
	if !ok {
		return nil, fmt.Errorf("fetch %s: 404", url)
	}
	return links, nil
}

func crawl(ctx context.Context, root string, failFast bool) ([]string, error) {
	g, ctx := errgroup.WithContext(ctx)
	sem := semaphore.NewWeighted(2)
	var mu sync.Mutex
	seen := map[string]bool{}
	var errs []string
	var visit func(u string)
	visit = func(u string) {
		mu.Lock()
		if seen[u] {
			mu.Unlock()
			return
		}
		seen[u] = true
		mu.Unlock()
		g.Go(func() error {
			if err := sem.Acquire(ctx, 1); err != nil {
				return err
			}
			links, err := fetch(ctx, u)
			sem.Release(1)
			if err != nil {
				if failFast {
					return err
				}
				mu.Lock()
				errs = append(errs, err.Error())
				mu.Unlock()
				return nil
			}
			for _, l := range links {
				visit(l)
			}
			return nil
		})
	}
	visit(root)
	err := g.Wait()
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	sort.Strings(errs)
	if len(errs) > 0 && err == nil {
		err = errors.New(strings.Join(errs, "; "))
	}
	return out, err
}

func main() {
	pages, err := crawl(context.Background(), "/", false)
	fmt.Println(pages)
	fmt.Println(err)
	_, err = crawl(context.Background(), "/b", true)
	fmt.Println(err)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel()
	_, err = crawl(ctx, "/", true)
	fmt.Println(err)
}
