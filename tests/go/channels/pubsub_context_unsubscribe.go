// Tests pub/sub broker that unsubscribes and closes channels on context cancellation.
package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *Broker) Subscribe(ctx context.Context, topic string) <-chan string {
	ch := make(chan string, 4)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		defer b.mu.Unlock()
		list := b.subs[topic]
		for i, c := range list {
			if c == ch {
				b.subs[topic] = append(list[:i], list[i+1:]...)
				close(ch)
				break
			}
		}
	}()
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, c := range b.subs[topic] {
		select {
		case c <- msg:
			n++
		default:
		}
	}
	return n
}

func main() {
	b := &Broker{subs: map[string][]chan string{}}
	ctx1, cancel1 := context.WithCancel(context.Background())
	ctx2, cancel2 := context.WithCancel(context.Background())
	s1 := b.Subscribe(ctx1, "news")
	s2 := b.Subscribe(ctx2, "news")
	s3 := b.Subscribe(ctx2, "sport")
	fmt.Println(b.Publish("news", "hello"), b.Publish("sport", "goal"), b.Publish("none", "x"))
	for i := 0; i < 5; i++ {
		b.Publish("news", fmt.Sprint("n", i))
	}
	cancel1()
	var got []string
	for m := range s1 {
		got = append(got, m)
	}
	fmt.Println(strings.Join(got, ","))
	fmt.Println(<-s2, <-s3)
	cancel2()
	cnt := 0
	for range s2 {
		cnt++
	}
	_, ok := <-s3
	fmt.Println(cnt, ok)
	b.mu.Lock()
	fmt.Println(len(b.subs["news"]), len(b.subs["sport"]))
	b.mu.Unlock()
}
