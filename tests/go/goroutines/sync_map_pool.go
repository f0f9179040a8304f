// Tests sync.Map methods (LoadOrStore, LoadAndDelete, Range with early stop) and sync.Pool with New.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", i), i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load("k03")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("k03", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", "fresh")
	fmt.Println(actual, loaded)
	old, loaded := m.LoadAndDelete("k05")
	fmt.Println(old, loaded)
	_, loaded = m.LoadAndDelete("k05")
	fmt.Println(loaded)
	m.Delete("k09")
	var keys []string
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v interface{}) bool {
		n++
		return n < 3
	})
	fmt.Println("stopped after", n)
	created := 0
	pool := sync.Pool{New: func() interface{} {
		created++
		return new(strings.Builder)
	}}
	b := pool.Get().(*strings.Builder)
	b.WriteString("hello")
	fmt.Println(b.String(), created)
	b.Reset()
	pool.Put(b)
	var empty sync.Pool
	fmt.Println(empty.Get() == nil)
}
