// Title: Propagating an inappropriate context
// Shows: An HTTP handler publishes asynchronously with the request's context; the server cancels that context as soon as the handler returns, so the publish sometimes fails with "context canceled", depending on the interleaving.
// Expect: fails under some seeds (publish error: context canceled); try "Run with new seed".
// Check: some-seeds-fail
// Pair: 02-inappropriate-context-fixed-detached

package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"time"
)

type ctxKey string

var published = make(chan error, 1)

// publish sends msg to a message broker: connecting takes 10ms, and it gives up
// as soon as ctx is cancelled, like any well-behaved context-aware call.
func publish(ctx context.Context, msg string) error {
	select {
	case <-time.After(10 * time.Millisecond): // connected to the broker
	case <-ctx.Done():
	}
	if err := ctx.Err(); err != nil { // cancelled: give up, send nothing
		return err
	}
	fmt.Printf("broker: published %q (request %v)\n", msg, ctx.Value(ctxKey("request-id")))
	return nil
}

// withRequestID is a middleware: it stores a request ID in the request context.
func withRequestID(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ctxKey("request-id"), "req-7")
		next(w, r.WithContext(ctx))
	}
}

func handleOrder(w http.ResponseWriter, r *http.Request) {
	fmt.Printf("handler: saving order 42 (request %v)\n", r.Context().Value(ctxKey("request-id")))
	// BUG: r.Context() belongs to the request. The server cancels it as soon as
	// this handler returns, but the goroutine below outlives the handler.
	go func() {
		published <- publish(r.Context(), "order 42 created")
	}()
	time.Sleep(10 * time.Millisecond) // saving the order also takes 10ms
	w.WriteHeader(http.StatusAccepted)
} // returning ends the request: the server cancels r.Context()

func main() {
	srv := httptest.NewServer(withRequestID(handleOrder))
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/orders", "application/json", nil)
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	fmt.Println("client: got", resp.Status, "- the request is over, its context cancelled")

	// The handler and the publisher both wake up 10ms after the request arrives:
	// whoever runs first decides whether the publish sees a live or a cancelled
	// context.
	if err := <-published; err != nil {
		fmt.Println("publish error:", err, "- the order was saved but never published")
		os.Exit(1)
	}
	fmt.Println("publish succeeded (this time: try another seed)")
}
