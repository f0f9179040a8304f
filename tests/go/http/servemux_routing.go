// ServeMux: Go redirects a path that is not clean (/a/../exact) and a subtree root
// without its slash (/items -> /items/) with 307; "GET /{$}" matches only "/" (goroscope
// also gives it /items and /exact/); a path wildcard gets the unescaped segment.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func main() {
	mux := http.NewServeMux()
	for _, p := range []string{"/", "/items/", "GET /items/{id}", "/exact", "GET /{$}"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "%s path=%q id=%q", p, r.URL.Path, r.PathValue("id"))
		})
	}
	for _, target := range []string{"/a/../exact", "/items", "/exact/", "/items/a%2Fb", "/"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		fmt.Printf("%s: %d %q %q\n", target, rec.Code, rec.Body.String(), rec.Header().Get("Location"))
	}
}
