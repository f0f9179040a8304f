// httptest.ResponseRecorder: a Write after WriteHeader with a status that allows no body
// (1xx, 204, 304) is recorded but returns http.ErrBodyNotAllowed.
package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

func main() {
	for _, code := range []int{100, 200, 204, 304, 404} {
		rec := httptest.NewRecorder()
		rec.WriteHeader(code)
		n, err := rec.Write([]byte("abc"))
		m, err2 := io.WriteString(rec, "de")
		fmt.Println(code, n, err, m, errors.Is(err2, http.ErrBodyNotAllowed), rec.Body.String(), rec.Header().Get("Content-Type") == "")
	}
	rec := httptest.NewRecorder()
	rec.Header().Set("Transfer-Encoding", "chunked")
	rec.Write([]byte("<html>"))
	fmt.Printf("%q\n", rec.Header().Get("Content-Type"))
}
