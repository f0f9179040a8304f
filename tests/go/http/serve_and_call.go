// Tests a program that serves HTTP on :8080 and calls itself: handlers, query, POST body, JSON-ish text, status codes, Shutdown.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/greet", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"greeting":"hello, %s"}`, r.URL.Query().Get("name"))
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "only POST", http.StatusMethodNotAllowed)
			return
		}
		b, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(strings.ToUpper(string(b))))
	})
	srv := &http.Server{Addr: ":8080", Handler: mux}
	done := make(chan error)
	go func() { done <- srv.ListenAndServe() }()
	time.Sleep(10 * time.Millisecond)

	resp, err := http.Get("http://localhost:8080/greet?name=gopher")
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"), string(body))

	resp, err = http.Post("http://localhost:8080/echo", "text/plain", strings.NewReader("shout"))
	if err != nil {
		panic(err)
	}
	body, _ = io.ReadAll(resp.Body)
	fmt.Println(resp.Status, string(body))

	resp, _ = http.Get("http://localhost:8080/echo")
	body, _ = io.ReadAll(resp.Body)
	fmt.Printf("%d %q\n", resp.StatusCode, body)

	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println(srv.Shutdown(ctx), <-done)
}
