// Request.FormValue and ParseForm read an application/x-www-form-urlencoded body of a
// POST, PUT or PATCH (its values before the query's), not of a GET or another type;
// PostForm and PostFormValue hold the body's alone; errors are kept with the values.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	for _, c := range []struct{ method, ctype, body string }{
		{"POST", "application/x-www-form-urlencoded", "a=body&c=3"},
		{"PUT", "Application/X-WWW-Form-Urlencoded; charset=utf-8", "a=put"},
		{"PATCH", "application/x-www-form-urlencoded", "a=1;b=2&c=%zz&d=4"},
		{"GET", "application/x-www-form-urlencoded", "a=get"},
		{"POST", "text/plain", "a=text"},
		{"POST", "", "a=none"},
	} {
		req := httptest.NewRequest(c.method, "/form?a=query&b=2", strings.NewReader(c.body))
		if c.ctype != "" {
			req.Header.Set("Content-Type", c.ctype)
		}
		fmt.Printf("%s %q: %q %q %q %q |", c.method, c.ctype, req.FormValue("a"), req.FormValue("b"), req.FormValue("c"), req.PostFormValue("a"))
		fmt.Println(req.Form, req.PostForm, req.ParseForm())
	}
	req := httptest.NewRequest("POST", "/?x=%zz", strings.NewReader("y=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	fmt.Println(req.ParseForm(), req.Form, req.PostForm)
	req, _ = http.NewRequest("POST", "/p?q=1", nil)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	fmt.Println(req.ParseForm(), req.Form)
}
