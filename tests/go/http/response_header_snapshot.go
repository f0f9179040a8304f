// Tests what a response carries: the header as it was when written (later changes are
// ignored), no body for HEAD and 204, and the recorder's Result like Go's.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

func handler(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/late":
		w.Header().Set("X-Early", "1")
		io.WriteString(w, "body")
		w.Header().Set("X-Late", "1")
	case "/empty":
		w.WriteHeader(http.StatusNoContent)
		_, err := io.WriteString(w, "null\n")
		fmt.Println("write after 204:", err)
	case "/typed":
		w.Header().Set("Content-Length", "4")
		w.Write([]byte("{\"a\""))
	default:
		io.WriteString(w, "<html>hi</html>")
	}
}

func show(resp *http.Response) {
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %q early=%q late=%q type=%q len=%d\n", resp.StatusCode, b, resp.Header.Get("X-Early"),
		resp.Header.Get("X-Late"), resp.Header.Get("Content-Type"), resp.ContentLength)
}

func main() {
	for _, path := range []string{"/late", "/empty", "/typed", "/page"} {
		rec := httptest.NewRecorder()
		handler(rec, httptest.NewRequest("GET", path, nil))
		show(rec.Result())
	}
	srv := httptest.NewServer(http.HandlerFunc(handler))
	defer srv.Close()
	for _, path := range []string{"/late", "/empty", "/page"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		show(resp)
	}
	resp, err := http.Head(srv.URL + "/page")
	if err != nil {
		fmt.Println(err)
		return
	}
	show(resp)
}
