// Title: Fix: context.WithoutCancel
// Shows: Since Go 1.21, context.WithoutCancel(ctx) returns a copy of ctx that keeps its values but is never cancelled and has no deadline: the standard library's version of the detached context.
// Expect: every seed succeeds: the broker publishes the order with request ID req-7.
// Check: clean
// Pair: 01-inappropriate-context-bad

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
	// FIX: the goroutine outlives the handler, so it must not inherit the
	// request's cancellation. WithoutCancel keeps the values (the request ID)
	// and drops cancellation and deadline. If the publish needs a time limit,
	// give it its own: context.WithTimeout(context.WithoutCancel(...), d).
	ctx := context.WithoutCancel(r.Context())
	go func() {
		published <- publish(ctx, "order 42 created")
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

	// Whoever runs first when both wake up, the publisher's context is live.
	if err := <-published; err != nil {
		fmt.Println("publish error:", err, "- the order was saved but never published")
		os.Exit(1)
	}
	fmt.Println("publish succeeded under every seed, and still knew the request ID")
}
