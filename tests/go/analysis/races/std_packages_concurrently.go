// check
// Goroutines using every standard package at once: the race detector reports nothing of
// goroscope's own library (context once raced on its lazily created root node).
package main

import (
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
)

type S struct {
	A int
	B string
}

func (s S) String() string { return "S" + strconv.Itoa(s.A) }

func work(i int) {
	ctx, cancel := context.WithCancel(context.Background())
	ctx2, cancel2 := context.WithTimeout(ctx, time.Millisecond)
	ctx3 := context.WithValue(ctx2, "k", i)
	_ = context.WithoutCancel(ctx3)
	cancel2()
	cancel()
	<-ctx3.Done()
	_ = ctx3.Err()
	_ = fmt.Sprintf("%v %d %s %q %x %+v", S{i, "x"}, i, "s", "q", i, S{})
	_ = fmt.Sprint(3.5, []int{1}, map[string]int{"a": 1})
	_ = errors.New("e")
	_ = fmt.Errorf("w: %w", io.EOF)
	_ = errors.Is(fmt.Errorf("w: %w", io.EOF), io.EOF)
	b, _ := json.Marshal(S{i, "y"})
	var s S
	_ = json.Unmarshal(b, &s)
	_ = rand.Intn(100)
	_ = rand.Float64()
	_ = math.Sqrt(float64(i))
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	_ = strings.Repeat("a", 3) + strings.ToUpper("b")
	var bb bytes.Buffer
	bb.WriteString("x")
	_ = strconv.Quote("q")
	_ = time.Now().Add(time.Second).Format(time.RFC3339)
	_ = time.Since(time.Now())
	t := time.NewTimer(time.Millisecond)
	t.Stop()
	_ = unicode.IsUpper('A')
	_ = utf8.RuneLen('é')
	l := list.New()
	l.PushBack(1)
	u, _ := url.Parse("http://x/y?z=1")
	_ = u.Query().Get("z")
	log.New(io.Discard, "", 0).Println("x")
	var once sync.Once
	once.Do(func() {})
	var n atomic.Int64
	n.Add(1)
	sem := semaphore.NewWeighted(2)
	_ = sem.Acquire(context.Background(), 1)
	sem.Release(1)
	g, _ := errgroup.WithContext(context.Background())
	g.Go(func() error { return nil })
	_ = g.Wait()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/p", nil)
	http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("A", "b")
		fmt.Fprint(w, "ok")
	}).ServeHTTP(rec, req)
	_ = rec.Body.String()
	fmt.Fprint(os.Stderr, "")
	time.Sleep(time.Millisecond)
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				work(i*10 + j)
			}
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
