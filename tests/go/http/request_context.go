// Tests the server request context: cancelled when the handler returns, and when the client times out.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

func main() {
	observed := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/async", func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		go func() {
			// Runs after the handler returned: the request context is done by then.
			time.Sleep(50 * time.Millisecond)
			observed <- fmt.Sprint("async: ", ctx.Err())
		}()
		fmt.Fprint(w, "accepted")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(time.Second):
			fmt.Fprint(w, "too late")
		case <-r.Context().Done():
			observed <- fmt.Sprint("slow handler: ", r.Context().Err())
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/async")
	fmt.Println(resp.StatusCode, err)
	fmt.Println(<-observed)
	client := &http.Client{Timeout: 100 * time.Millisecond}
	_, err = client.Get(srv.URL + "/slow")
	fmt.Println(err != nil)
	fmt.Println(<-observed)
}
