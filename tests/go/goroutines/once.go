// Tests sync.Once: initialization runs exactly once even when called from many goroutines.
package main

import (
	"fmt"
	"sync"
)

type Config struct{ Values map[string]string }

var (
	once    sync.Once
	config  *Config
	loadCnt int
)

func getConfig() *Config {
	once.Do(func() {
		loadCnt++
		config = &Config{Values: map[string]string{"env": "test"}}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	envs := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			envs[i] = getConfig().Values["env"]
		}(i)
	}
	wg.Wait()
	fmt.Println(loadCnt, envs[0], envs[9])
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("printed once, i =", i) })
	}
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do after panic ran:", ran)
}
