// Tests a panicking handler aborts only its response; ErrAbortHandler; server keeps serving.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/panic" {
			panic("handler exploded")
		}
		if r.URL.Path == "/abort" {
			panic(http.ErrAbortHandler)
		}
		io.WriteString(w, "fine")
	}))
	defer ts.Close()
	for _, p := range []string{"/ok", "/panic", "/abort", "/ok"} {
		resp, err := http.Get(ts.URL + p)
		if err != nil {
			fmt.Println(p, "err:", strings.ReplaceAll(err.Error(), ts.URL, "URL"))
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(p, resp.StatusCode, string(b))
	}
}
