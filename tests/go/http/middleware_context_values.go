// Tests middleware chains passing request IDs through context values, Request.Clone with a new context.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
)

type ctxKey int

const reqIDKey ctxKey = 0

var nextID atomic.Int64

func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := nextID.Add(1)
		ctx := context.WithValue(r.Context(), reqIDKey, id)
		w.Header().Set("X-Request-ID", fmt.Sprint(id))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func logging(prefix string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Printf("%s> %s %s id=%v\n", prefix, r.Method, r.URL.Path, r.Context().Value(reqIDKey))
		next.ServeHTTP(w, r)
		fmt.Printf("%s< %s\n", prefix, r.URL.Path)
	})
}

func main() {
	final := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, _ := r.Context().Value(reqIDKey).(int64)
		fmt.Fprintf(w, "hello #%d ua=%q", id, r.UserAgent())
	})
	h := withRequestID(logging("L", final))
	ts := httptest.NewServer(h)
	defer ts.Close()
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest("GET", ts.URL+"/p"+fmt.Sprint(i), nil)
		req.Header.Set("User-Agent", "tester/1.0")
		resp, err := ts.Client().Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(string(b), resp.Header.Get("X-Request-ID"))
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/direct", nil)
	h.ServeHTTP(rec, req)
	fmt.Println(rec.Body.String(), rec.Header().Get("X-Request-ID"))
	r2 := req.Clone(context.WithValue(context.Background(), reqIDKey, int64(99)))
	fmt.Println(r2.Context().Value(reqIDKey), req.Context().Value(reqIDKey), r2.URL.Path)
}
