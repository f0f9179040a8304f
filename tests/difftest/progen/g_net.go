// Feature group "net": net/url parsing, escaping and values, and net/http handlers served
// in-process (ServeMux.ServeHTTP into an httptest.ResponseRecorder: no network, ports or
// dates): routing patterns, PathValue, redirects, http.Error, sniffing, headers.
package progen

import "fmt"

var netFeatures = []Feature{
	{"urlparse", netURLParse},
	{"escape", netEscape},
	{"values", netValues},
	{"mux", netMux},
	{"helpers", netHelpers},
}

var urls = []string{
	"https://user:pa%20ss@example.com:8443/a/b%2Fc/../d?x=1&y=2&x=3#frag%21", "http://example.com", "/relative/path?q",
	"mailto:someone@example.com", "http://[::1]:80/ipv6", "http://[::1", "http://a b.com/", "://missing", "http://x.com/%zz",
	"HTTP://EXAMPLE.COM/Upper", "file:///etc/hosts", "http://example.com/?q=a+b&r=%20", "?only=query", "#only-frag",
	"http://例え.jp/パス", "http://host:port/", "http://example.com:/x", "//host.only/p",
}

func netURLParse(f *Func) {
	ul := f.P.Import("net/url")
	u, err := f.Fresh("u"), f.Fresh("err")
	f.Linef("%s, %s := %s.Parse(%q)", u, err, ul, Pick(f.R, urls))
	f.Linef("if %s != nil {", err)
	f.Println(err)
	f.Line("} else {")
	f.Printf("%q %q %q %q %q %q %q", u+".Scheme", u+".Host", u+".Hostname()", u+".Port()", u+".Path", u+".RawQuery", u+".Fragment")
	f.Printf("%q %q %v %v", u+".String()", u+".RequestURI()", u+".Query()", u+".User != nil")
	f.Line("}")
	if f.R.Chance(40) {
		r, err2 := f.Fresh("r"), f.Fresh("err")
		f.Linef("%s, %s := %s.ParseRequestURI(%q)", r, err2, ul, Pick(f.R, urls))
		f.Println(r+" != nil", err2)
	}
}

func netEscape(f *Func) {
	ul := f.P.Import("net/url")
	s := Pick(f.R, []string{"a b&c=d/e?f", "é/ü", "100%", "~-._", "a+b", "\x00\xff", "日本"})
	f.Printf("%q %q", ul+".QueryEscape("+fmt.Sprintf("%q", s)+")", ul+".PathEscape("+fmt.Sprintf("%q", s)+")")
	v, err := f.Fresh("v"), f.Fresh("err")
	f.Linef("%s, %s := %s.QueryUnescape(%q)", v, err, ul, Pick(f.R, []string{"a+b%20c", "%zz", "%e3%81%82", "100%", "%41%4a"}))
	f.Printf("%q %v", v, err)
	f.Linef("%s, %s = %s.PathUnescape(%q)", v, err, ul, Pick(f.R, []string{"a+b%20c", "%zz", "%2F", "%"}))
	f.Printf("%q %v", v, err)
}

func netValues(f *Func) {
	ul := f.P.Import("net/url")
	q, err := f.Fresh("q"), f.Fresh("err")
	f.Linef("%s, %s := %s.ParseQuery(%q)", q, err, ul, Pick(f.R, []string{"b=2&a=1&a=3", "x=%zz&y=1", "a;b=1", "=v&k=", "k=a+b&k=c%20d", ""}))
	f.Println(q, err)
	f.Linef("%s.Add(\"z\", \"last\")", q)
	f.Linef("%s.Set(\"a\", \"only\")", q)
	f.Linef("%s.Del(\"y\")", q)
	f.Println(q+".Encode()", q+".Get(\"a\")", q+".Has(\"b\")", q+".Get(\"missing\")")
}

// routes registered on one ServeMux (none conflict); each handler writes what matched
var routes = []string{
	`"/"`, `"/items/"`, `"GET /items/{id}"`, `"POST /items/{id}"`, `"/exact"`, `"/static/{path...}"`,
	`"GET /{$}"`, `"/teapot"`, `"/redirect"`, `"GET /users/{name}/posts/{post}"`,
}

var requests = []string{
	`"GET", "/"`, `"GET", "/items/42"`, `"POST", "/items/7"`, `"DELETE", "/items/7"`, `"GET", "/items/"`,
	`"GET", "/items"`, `"GET", "/exact"`, `"GET", "/exact/"`, `"GET", "/static/css/site.css"`, `"HEAD", "/items/1"`,
	`"GET", "/teapot"`, `"GET", "/redirect"`, `"GET", "/users/ann/posts/3?x=1"`, `"GET", "/nope/deeper"`,
	`"GET", "/items/a%2Fb"`, `"GET", "/a/../exact"`, `"PUT", "/"`, `"GET", "/items/x?id=q"`,
}

func netMux(f *Func) {
	h, ht, fm := f.P.Import("net/http"), f.P.Import("net/http/httptest"), f.P.Import("fmt")
	mux := f.Fresh("mux")
	f.Linef("%s := %s.NewServeMux()", mux, h)
	for _, r := range routes {
		switch r {
		case `"/teapot"`:
			f.Linef("%s.HandleFunc(%s, func(w %s.ResponseWriter, r *%s.Request) {\n\t\t%s.Error(w, \"short and stout\", %s.StatusTeapot)\n\t})", mux, r, h, h, h, h)
		case `"/redirect"`:
			f.Linef("%s.HandleFunc(%s, func(w %s.ResponseWriter, r *%s.Request) {\n\t\tw.Header().Set(\"Location\", \"/exact?from=redirect\")\n\t\tw.WriteHeader(%s.StatusFound)\n\t})", mux, r, h, h, h)
		default:
			f.Linef("%s.HandleFunc(%s, func(w %s.ResponseWriter, r *%s.Request) {", mux, r, h, h)
			f.Linef("\tw.Header().Set(\"x-route\", %s)", r)
			f.Linef("\t%s.Fprintf(w, \"%%s %%s id=%%q path=%%q name=%%q q=%%q\", r.Method, r.URL.Path, r.PathValue(\"id\"), r.PathValue(\"path\"), r.PathValue(\"name\"), r.FormValue(\"x\"))", fm)
			f.Line("})")
		}
	}
	for k := f.R.Range(2, 5); k > 0; k-- {
		rec := f.Fresh("rec")
		f.Linef("%s := %s.NewRecorder()", rec, ht)
		f.Linef("%s.ServeHTTP(%s, %s.NewRequest(%s, nil))", mux, rec, ht, Pick(f.R, requests))
		f.Printf("%d %q %q %q %q", rec+".Code", rec+".Body.String()", rec+".Header().Get(\"Content-Type\")", rec+".Header().Get(\"X-Route\")", rec+".Header().Get(\"Location\")")
	}
}

func netHelpers(f *Func) {
	h, ht, fm := f.P.Import("net/http"), f.P.Import("net/http/httptest"), f.P.Import("fmt")
	codes := []string{"200", "201", "204", "301", "404", "418", "451", "500", "599", "999"}
	f.Println(h+".StatusText("+Pick(f.R, codes)+")", h+".StatusText("+Pick(f.R, codes)+")")
	keys := []string{`"content-type"`, `"x-forwarded-for"`, `"ETAG"`, `"www-authenticate"`, `"a_b"`, `"x y"`}
	f.Printf("%q %q", h+".CanonicalHeaderKey("+Pick(f.R, keys)+")", h+".CanonicalHeaderKey("+Pick(f.R, keys)+")")
	bodies := []string{`"<html><body>"`, `"plain text"`, `"{\"a\": 1}"`, `"\x89PNG\r\n\x1a\n"`, `"%PDF-1.4"`, `""`, `"GIF89a"`, `"\xef\xbb\xbfbom"`}
	f.Printf("%q", h+".DetectContentType([]byte("+Pick(f.R, bodies)+"))")
	rec := f.Fresh("rec")
	f.Linef("%s := %s.NewRecorder()", rec, ht)
	hdr := f.Fresh("hdr")
	f.Linef("%s := %s.Header()", hdr, rec)
	f.Linef("%s.Add(\"x-multi\", \"1\")", hdr)
	f.Linef("%s.Add(\"X-MULTI\", \"2\")", hdr)
	f.Linef("%s.Set(\"cache-control\", \"no-store\")", hdr)
	if f.R.Chance(50) {
		f.Linef("%s.WriteHeader(%s)", rec, Pick(f.R, []string{"201", "500", "302"}))
	}
	f.Linef("%s.Fprint(%s, %s)", fm, rec, Pick(f.R, bodies))
	f.Printf("%d %q %v %q", rec+".Code", rec+".Body.String()", hdr+".Values(\"X-Multi\")", hdr+".Get(\"Content-Type\")")
	res := f.Fresh("res")
	f.Linef("%s := %s.Result()", res, rec)
	f.Println(res+".StatusCode", res+".Status", res+".Proto", "len("+res+".Header)")
	req := f.Fresh("req")
	f.Linef("%s := %s.NewRequest(%q, %q, %s.NewReader(%q))", req, ht, Pick(f.R, []string{"POST", "GET"}), Pick(f.R, []string{"/form?a=1&b=2", "http://other.host/x?a=q", "/"}), f.P.Import("strings"), "a=body&c=3")
	f.Linef("%s.Header.Set(\"Content-Type\", \"application/x-www-form-urlencoded\")", req)
	f.Println(req+".Method", req+".Host", req+".URL.Path", req+".FormValue(\"a\")", req+".FormValue(\"c\")", req+".RequestURI")
}
