// Tests pub/sub broker with topic subscriptions, buffered subscriber channels, unsubscribe and shutdown.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan string
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 10)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[string][]string{}
	subscribe := func(name, topic string) {
		ch := b.Subscribe(topic)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				mu.Lock()
				received[name] = append(received[name], m)
				mu.Unlock()
			}
		}()
	}
	subscribe("s1", "news")
	subscribe("s2", "news")
	subscribe("s3", "sports")
	counts := []int{
		b.Publish("news", "election"),
		b.Publish("sports", "goal"),
		b.Publish("news", "weather"),
		b.Publish("tech", "nobody listens"),
	}
	b.Close()
	wg.Wait()
	fmt.Println(counts, b.Publish("news", "late"))
	names := make([]string, 0)
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, strings.Join(received[n], ","))
	}
}
