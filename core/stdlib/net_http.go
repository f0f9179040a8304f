// Package http (net/http) on goroscope's virtual loopback network: servers and clients in
// the same program talk through internal/vnet with a virtual latency. Server semantics
// follow Go's: each request is served on its own goroutine, its context is cancelled
// when the client goes away (cancel or timeout) and when ServeHTTP returns, handler
// panics are logged and close the connection.
package http

import (
	"context"
	"errors"
	"fmt"
	"internal/vnet"
	"io"
	"log"
	"net/url"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// ---- status codes ----

const (
	StatusContinue                      = 100
	StatusSwitchingProtocols            = 101
	StatusProcessing                    = 102
	StatusEarlyHints                    = 103
	StatusOK                            = 200
	StatusCreated                       = 201
	StatusAccepted                      = 202
	StatusNonAuthoritativeInfo          = 203
	StatusNoContent                     = 204
	StatusResetContent                  = 205
	StatusPartialContent                = 206
	StatusMultiStatus                   = 207
	StatusAlreadyReported               = 208
	StatusIMUsed                        = 226
	StatusMultipleChoices               = 300
	StatusMovedPermanently              = 301
	StatusFound                         = 302
	StatusSeeOther                      = 303
	StatusNotModified                   = 304
	StatusUseProxy                      = 305
	StatusTemporaryRedirect             = 307
	StatusPermanentRedirect             = 308
	StatusBadRequest                    = 400
	StatusUnauthorized                  = 401
	StatusPaymentRequired               = 402
	StatusForbidden                     = 403
	StatusNotFound                      = 404
	StatusMethodNotAllowed              = 405
	StatusNotAcceptable                 = 406
	StatusProxyAuthRequired             = 407
	StatusRequestTimeout                = 408
	StatusConflict                      = 409
	StatusGone                          = 410
	StatusLengthRequired                = 411
	StatusPreconditionFailed            = 412
	StatusRequestEntityTooLarge         = 413
	StatusRequestURITooLong             = 414
	StatusUnsupportedMediaType          = 415
	StatusRequestedRangeNotSatisfiable  = 416
	StatusExpectationFailed             = 417
	StatusTeapot                        = 418
	StatusMisdirectedRequest            = 421
	StatusUnprocessableEntity           = 422
	StatusLocked                        = 423
	StatusFailedDependency              = 424
	StatusTooEarly                      = 425
	StatusUpgradeRequired               = 426
	StatusPreconditionRequired          = 428
	StatusTooManyRequests               = 429
	StatusRequestHeaderFieldsTooLarge   = 431
	StatusUnavailableForLegalReasons    = 451
	StatusInternalServerError           = 500
	StatusNotImplemented                = 501
	StatusBadGateway                    = 502
	StatusServiceUnavailable            = 503
	StatusGatewayTimeout                = 504
	StatusHTTPVersionNotSupported       = 505
	StatusVariantAlsoNegotiates         = 506
	StatusInsufficientStorage           = 507
	StatusLoopDetected                  = 508
	StatusNotExtended                   = 510
	StatusNetworkAuthenticationRequired = 511
)

var statusText = map[int]string{
	StatusContinue:                      "Continue",
	StatusSwitchingProtocols:            "Switching Protocols",
	StatusProcessing:                    "Processing",
	StatusEarlyHints:                    "Early Hints",
	StatusOK:                            "OK",
	StatusCreated:                       "Created",
	StatusAccepted:                      "Accepted",
	StatusNonAuthoritativeInfo:          "Non-Authoritative Information",
	StatusNoContent:                     "No Content",
	StatusResetContent:                  "Reset Content",
	StatusPartialContent:                "Partial Content",
	StatusMultiStatus:                   "Multi-Status",
	StatusAlreadyReported:               "Already Reported",
	StatusIMUsed:                        "IM Used",
	StatusMultipleChoices:               "Multiple Choices",
	StatusMovedPermanently:              "Moved Permanently",
	StatusFound:                         "Found",
	StatusSeeOther:                      "See Other",
	StatusNotModified:                   "Not Modified",
	StatusUseProxy:                      "Use Proxy",
	StatusTemporaryRedirect:             "Temporary Redirect",
	StatusPermanentRedirect:             "Permanent Redirect",
	StatusBadRequest:                    "Bad Request",
	StatusUnauthorized:                  "Unauthorized",
	StatusPaymentRequired:               "Payment Required",
	StatusForbidden:                     "Forbidden",
	StatusNotFound:                      "Not Found",
	StatusMethodNotAllowed:              "Method Not Allowed",
	StatusNotAcceptable:                 "Not Acceptable",
	StatusProxyAuthRequired:             "Proxy Authentication Required",
	StatusRequestTimeout:                "Request Timeout",
	StatusConflict:                      "Conflict",
	StatusGone:                          "Gone",
	StatusLengthRequired:                "Length Required",
	StatusPreconditionFailed:            "Precondition Failed",
	StatusRequestEntityTooLarge:         "Request Entity Too Large",
	StatusRequestURITooLong:             "Request URI Too Long",
	StatusUnsupportedMediaType:          "Unsupported Media Type",
	StatusRequestedRangeNotSatisfiable:  "Requested Range Not Satisfiable",
	StatusExpectationFailed:             "Expectation Failed",
	StatusTeapot:                        "I'm a teapot",
	StatusMisdirectedRequest:            "Misdirected Request",
	StatusUnprocessableEntity:           "Unprocessable Entity",
	StatusLocked:                        "Locked",
	StatusFailedDependency:              "Failed Dependency",
	StatusTooEarly:                      "Too Early",
	StatusUpgradeRequired:               "Upgrade Required",
	StatusPreconditionRequired:          "Precondition Required",
	StatusTooManyRequests:               "Too Many Requests",
	StatusRequestHeaderFieldsTooLarge:   "Request Header Fields Too Large",
	StatusUnavailableForLegalReasons:    "Unavailable For Legal Reasons",
	StatusInternalServerError:           "Internal Server Error",
	StatusNotImplemented:                "Not Implemented",
	StatusBadGateway:                    "Bad Gateway",
	StatusServiceUnavailable:            "Service Unavailable",
	StatusGatewayTimeout:                "Gateway Timeout",
	StatusHTTPVersionNotSupported:       "HTTP Version Not Supported",
	StatusVariantAlsoNegotiates:         "Variant Also Negotiates",
	StatusInsufficientStorage:           "Insufficient Storage",
	StatusLoopDetected:                  "Loop Detected",
	StatusNotExtended:                   "Not Extended",
	StatusNetworkAuthenticationRequired: "Network Authentication Required",
}

// StatusText returns a text for the HTTP status code, "" if unknown.
func StatusText(code int) string { return statusText[code] }

const (
	MethodGet     = "GET"
	MethodHead    = "HEAD"
	MethodPost    = "POST"
	MethodPut     = "PUT"
	MethodPatch   = "PATCH"
	MethodDelete  = "DELETE"
	MethodOptions = "OPTIONS"
)

var (
	ErrServerClosed   = errors.New("http: Server closed")
	ErrHandlerTimeout = errors.New("http: Handler timeout")
	ErrBodyNotAllowed = errors.New("http: request method or response status code does not allow body")
	ErrAbortHandler   = errors.New("net/http: abort Handler")
)

// ---- headers ----

type Header map[string][]string

// CanonicalHeaderKey returns the canonical form of a header key ("content-type" ->
// "Content-Type"); a key with a byte that is not a token character (a space, non-ASCII)
// is not a valid header name and is returned unchanged, as in Go.
func CanonicalHeaderKey(s string) string {
	for i := 0; i < len(s); i++ {
		if !isTokenByte(s[i]) {
			return s
		}
	}
	b := []byte(s)
	upper := true
	for i, c := range b {
		if upper && 'a' <= c && c <= 'z' {
			b[i] = c - 32
		} else if !upper && 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
		upper = c == '-'
	}
	return string(b)
}

// isTokenByte reports whether c may appear in an HTTP token (RFC 9110's tchar).
func isTokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func (h Header) Add(key, value string) {
	key = CanonicalHeaderKey(key)
	h[key] = append(h[key], value)
}

func (h Header) Set(key, value string) { h[CanonicalHeaderKey(key)] = []string{value} }

func (h Header) Get(key string) string {
	v := h[CanonicalHeaderKey(key)]
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

func (h Header) Values(key string) []string { return h[CanonicalHeaderKey(key)] }
func (h Header) Del(key string)             { delete(h, CanonicalHeaderKey(key)) }

func (h Header) Clone() Header {
	if h == nil {
		return nil
	}
	c := make(Header, len(h))
	for k, v := range h {
		c[k] = append([]string(nil), v...)
	}
	return c
}

// Write writes the header in wire format, keys sorted.
func (h Header) Write(w io.Writer) error {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			if _, err := fmt.Fprintf(w, "%s: %s\r\n", k, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// ---- requests and responses ----

type Request struct {
	Method        string
	URL           *url.URL
	Proto         string
	ProtoMajor    int
	ProtoMinor    int
	Header        Header
	Body          io.ReadCloser
	ContentLength int64
	Host          string
	Form          url.Values // the query's values and the body's (ParseForm)
	PostForm      url.Values // the values of a POST, PUT or PATCH form body
	RemoteAddr    string
	RequestURI    string
	Response      *Response
	Pattern       string // the ServeMux pattern that matched
	ctx           context.Context
	pat           *pattern
	matches       []string          // the values of pat's named wildcards
	otherValues   map[string]string // SetPathValue's for other names
}

// Context returns the request's context: for incoming server requests it is cancelled
// when the client's connection closes, the request is cancelled, or ServeHTTP returns.
func (r *Request) Context() context.Context {
	if r.ctx != nil {
		return r.ctx
	}
	return context.Background()
}

// WithContext returns a shallow copy of r with its context changed to ctx.
func (r *Request) WithContext(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	r2 := new(Request)
	*r2 = *r
	r2.ctx = ctx
	return r2
}

// Clone returns a deep copy of r with its context changed to ctx.
func (r *Request) Clone(ctx context.Context) *Request {
	r2 := r.WithContext(ctx)
	r2.Header = r.Header.Clone()
	u := *r.URL
	r2.URL = &u
	return r2
}

// FormValue returns the first value for key of the parsed form (ParseForm): a value of
// the body comes before those of the query.
func (r *Request) FormValue(key string) string {
	if r.Form == nil {
		r.ParseForm()
	}
	return r.Form.Get(key)
}

// PostFormValue returns the first value for key of the form body alone.
func (r *Request) PostFormValue(key string) string {
	if r.PostForm == nil {
		r.ParseForm()
	}
	return r.PostForm.Get(key)
}

// ParseForm fills PostForm from an application/x-www-form-urlencoded body of a POST, PUT
// or PATCH request, and Form with those values followed by the URL query's. The error
// is the first one met; the values parsed anyway are kept, as in Go.
func (r *Request) ParseForm() error {
	var err error
	if r.PostForm == nil {
		if r.Method == MethodPost || r.Method == MethodPut || r.Method == MethodPatch {
			r.PostForm, err = parsePostForm(r)
		}
		if r.PostForm == nil {
			r.PostForm = url.Values{}
		}
	}
	if r.Form == nil {
		r.Form = url.Values{}
		copyValues(r.Form, r.PostForm)
		if r.URL != nil {
			query, qerr := url.ParseQuery(r.URL.RawQuery)
			if err == nil {
				err = qerr
			}
			copyValues(r.Form, query)
		}
	}
	return err
}

// maxFormSize is the largest form body ParseForm reads (10 MB, as Go).
const maxFormSize = 10 << 20

// parsePostForm parses the body of r if it is a URL-encoded form.
func parsePostForm(r *Request) (url.Values, error) {
	if r.Body == nil {
		return nil, errors.New("missing form body")
	}
	mediaType, _, _ := strings.Cut(r.Header.Get("Content-Type"), ";")
	if strings.ToLower(strings.TrimSpace(mediaType)) != "application/x-www-form-urlencoded" {
		return nil, nil
	}
	b, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	if len(b) > maxFormSize {
		return nil, errors.New("http: POST too large")
	}
	return url.ParseQuery(string(b))
}

func copyValues(dst, src url.Values) {
	for k, vs := range src {
		dst[k] = append(dst[k], vs...)
	}
}

// PathValue returns the value of a {name} wildcard of the matched ServeMux pattern, or
// the value SetPathValue gave name.
func (r *Request) PathValue(name string) string {
	if i := r.patIndex(name); i >= 0 {
		return r.matches[i]
	}
	return r.otherValues[name]
}

func (r *Request) SetPathValue(name, value string) {
	if i := r.patIndex(name); i >= 0 {
		r.matches[i] = value
		return
	}
	if r.otherValues == nil {
		r.otherValues = map[string]string{}
	}
	r.otherValues[name] = value
}

// patIndex returns the index of the wildcard name in the matched pattern, or -1.
func (r *Request) patIndex(name string) int {
	if r.pat == nil {
		return -1
	}
	i := 0
	for _, seg := range r.pat.segments {
		if seg.wild && seg.s != "" {
			if seg.s == name {
				return i
			}
			i++
		}
	}
	return -1
}

func (r *Request) UserAgent() string { return r.Header.Get("User-Agent") }

func NewRequest(method, target string, body io.Reader) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, target, body)
}

func NewRequestWithContext(ctx context.Context, method, target string, body io.Reader) (*Request, error) {
	if method == "" {
		method = "GET"
	}
	if ctx == nil {
		return nil, errors.New("net/http: nil Context")
	}
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	rc, ok := body.(io.ReadCloser)
	if !ok && body != nil {
		rc = io.NopCloser(body)
	}
	if body == nil {
		rc = nil
	}
	return &Request{
		Method: method, URL: u, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: make(Header), Body: rc, Host: u.Host, ctx: ctx,
	}, nil
}

type Response struct {
	Status        string
	StatusCode    int
	Proto         string
	ProtoMajor    int
	ProtoMinor    int
	Header        Header
	Body          io.ReadCloser
	ContentLength int64
	Request       *Request
}

// ---- handlers and the mux ----

type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

type HandlerFunc func(ResponseWriter, *Request)

func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) { f(w, r) }

type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

// Flusher is implemented by ResponseWriters that can flush buffered data to the client.
type Flusher interface {
	Flush()
}

// Error replies to the request with the message and HTTP code.
func Error(w ResponseWriter, error string, code int) {
	h := w.Header()
	h.Del("Content-Length")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	fmt.Fprintln(w, error)
}

func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

// pattern is a parsed ServeMux pattern, "[METHOD ][HOST]/[PATH]": segments are
// literals (unescaped), {name} wildcards, a final {name...} or trailing-slash multi
// wildcard matching the rest of the path, or a final {$} (the literal "/") anchoring
// a trailing slash.
type pattern struct {
	str, method, host string
	segments          []segment
	loc               string // where it was registered, for conflict messages
}

type segment struct {
	s     string // literal, wildcard name (empty for a trailing slash), or "/" for {$}
	wild  bool
	multi bool
}

func (p *pattern) String() string       { return p.str }
func (p *pattern) lastSegment() segment { return p.segments[len(p.segments)-1] }

// parsePattern parses s, failing with Go's messages and the offset they are at.
func parsePattern(s string) (*pattern, error) {
	if s == "" {
		return nil, errors.New("empty pattern")
	}
	off := 0
	p, err := parsePatternAt(s, &off)
	if err != nil {
		return nil, fmt.Errorf("at offset %d: %w", off, err)
	}
	return p, nil
}

func parsePatternAt(s string, off *int) (*pattern, error) {
	p := &pattern{str: s}
	rest := s
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		p.method, rest = s[:i], strings.TrimLeft(s[i+1:], " \t")
		if !validMethod(p.method) {
			return nil, fmt.Errorf("invalid method %q", p.method)
		}
		*off = len(p.method) + 1
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return nil, errors.New("host/path missing /")
	}
	p.host, rest = rest[:i], rest[i:]
	if j := strings.IndexByte(p.host, '{'); j >= 0 {
		*off += j
		return nil, errors.New("host contains '{' (missing initial '/'?)")
	}
	*off += i
	if p.method != "" && p.method != "CONNECT" && rest != cleanPath(rest) {
		return nil, errors.New("non-CONNECT pattern with unclean path can never match")
	}
	seen := map[string]bool{}
	for rest != "" {
		rest = rest[1:]
		*off = len(s) - len(rest)
		if rest == "" {
			p.segments = append(p.segments, segment{wild: true, multi: true}) // trailing slash
			break
		}
		var seg string
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			seg, rest = rest[:i], rest[i:]
		} else {
			seg, rest = rest, ""
		}
		if !strings.Contains(seg, "{") {
			p.segments = append(p.segments, segment{s: pathUnescape(seg)})
			continue
		}
		w, err := parseWildcard(seg, rest == "", seen)
		if err != nil {
			return nil, err
		}
		p.segments = append(p.segments, w)
	}
	return p, nil
}

// parseWildcard parses the wildcard segment seg ({name}, {name...} or {$}); last says
// whether it ends the pattern, and seen holds the names already used.
func parseWildcard(seg string, last bool, seen map[string]bool) (segment, error) {
	if seg[0] != '{' {
		return segment{}, errors.New("bad wildcard segment (must start with '{')")
	}
	if seg[len(seg)-1] != '}' {
		return segment{}, errors.New("bad wildcard segment (must end with '}')")
	}
	name := seg[1 : len(seg)-1]
	if name == "$" {
		if !last {
			return segment{}, errors.New("{$} not at end")
		}
		return segment{s: "/"}, nil
	}
	name, multi := strings.CutSuffix(name, "...")
	switch {
	case multi && !last:
		return segment{}, errors.New("{...} wildcard not at end")
	case name == "":
		return segment{}, errors.New("empty wildcard")
	case !isWildcardName(name):
		return segment{}, fmt.Errorf("bad wildcard name %q", name)
	case seen[name]:
		return segment{}, fmt.Errorf("duplicate wildcard name %q", name)
	}
	seen[name] = true
	return segment{s: name, wild: true, multi: multi}, nil
}

// isWildcardName reports whether s is a Go identifier.
func isWildcardName(s string) bool {
	for i, c := range s {
		if !unicode.IsLetter(c) && c != '_' && (i == 0 || !unicode.IsDigit(c)) {
			return false
		}
	}
	return true
}

func validMethod(m string) bool {
	for i := 0; i < len(m); i++ {
		if !isTokenByte(m[i]) {
			return false
		}
	}
	return m != ""
}

// pathUnescape unescapes a path segment, leaving one with a bad escape as it is.
func pathUnescape(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// relationship is how the sets of requests two patterns match compare.
type relationship string

const (
	equivalent   relationship = "equivalent"   // the same requests
	moreGeneral  relationship = "moreGeneral"  // all of the other's and more
	moreSpecific relationship = "moreSpecific" // a part of the other's
	disjoint     relationship = "disjoint"     // no request in common
	overlaps     relationship = "overlaps"     // some in common, neither more specific
)

// conflictsWith reports whether p1 and p2 cannot both be registered: for some request
// neither would be the more specific.
func (p1 *pattern) conflictsWith(p2 *pattern) bool {
	if p1.host != p2.host {
		return false
	}
	rel := p1.comparePathsAndMethods(p2)
	return rel == equivalent || rel == overlaps
}

func (p1 *pattern) comparePathsAndMethods(p2 *pattern) relationship {
	mrel := p1.compareMethods(p2)
	if mrel == disjoint {
		return disjoint
	}
	return combineRelationships(mrel, p1.comparePaths(p2))
}

// compareMethods compares the methods: no method matches all, and GET matches HEAD.
func (p1 *pattern) compareMethods(p2 *pattern) relationship {
	switch {
	case p1.method == p2.method:
		return equivalent
	case p1.method == "" || p1.method == "GET" && p2.method == "HEAD":
		return moreGeneral
	case p2.method == "" || p2.method == "GET" && p1.method == "HEAD":
		return moreSpecific
	}
	return disjoint
}

func (p1 *pattern) comparePaths(p2 *pattern) relationship {
	multi1, multi2 := p1.lastSegment().multi, p2.lastSegment().multi
	n1, n2 := len(p1.segments), len(p2.segments)
	if n1 != n2 && !multi1 && !multi2 {
		return disjoint
	}
	rel := equivalent
	for i := 0; i < n1 && i < n2; i++ {
		if rel = combineRelationships(rel, compareSegments(p1.segments[i], p2.segments[i])); rel == disjoint {
			return disjoint
		}
	}
	switch {
	case n1 == n2:
		return rel
	case n1 < n2 && multi1:
		return combineRelationships(rel, moreGeneral)
	case n2 < n1 && multi2:
		return combineRelationships(rel, moreSpecific)
	}
	return disjoint
}

func compareSegments(s1, s2 segment) relationship {
	switch {
	case s1.multi && s2.multi:
		return equivalent
	case s1.multi:
		return moreGeneral
	case s2.multi:
		return moreSpecific
	case s1.wild && s2.wild:
		return equivalent
	case s1.wild:
		if s2.s == "/" { // a wildcard does not match the {$} slash
			return disjoint
		}
		return moreGeneral
	case s2.wild:
		if s1.s == "/" {
			return disjoint
		}
		return moreSpecific
	case s1.s == s2.s:
		return equivalent
	}
	return disjoint
}

// combineRelationships combines the relationships of two parts of patterns (methods and
// paths, or successive segments).
func combineRelationships(r1, r2 relationship) relationship {
	switch {
	case r1 == equivalent:
		return r2
	case r1 == disjoint || r2 == disjoint:
		return disjoint
	case r1 == overlaps || r2 == overlaps:
		return overlaps
	case r2 == equivalent || r2 == r1:
		return r1
	}
	return overlaps // one more general, the other more specific
}

// describeConflict explains why p1 conflicts with p2, as Go's message does.
func describeConflict(p1, p2 *pattern) string {
	mrel, prel := p1.compareMethods(p2), p1.comparePaths(p2)
	switch {
	case combineRelationships(mrel, prel) == equivalent:
		return fmt.Sprintf("%s matches the same requests as %s", p1, p2)
	case prel == overlaps:
		return fmt.Sprintf("%s and %s both match some paths, like %q.\nBut neither is more specific than the other.\n"+
			"%s matches %q, but %s doesn't.\n%s matches %q, but %s doesn't.",
			p1, p2, commonPath(p1, p2), p1, differencePath(p1, p2), p2, p2, differencePath(p2, p1), p1)
	case mrel == moreGeneral:
		return fmt.Sprintf("%s matches more methods than %s, but has a more specific path pattern", p1, p2)
	}
	return fmt.Sprintf("%s matches fewer methods than %s, but has a more general path pattern", p1, p2)
}

// writeSegment writes a path that s matches ("/" for a multi wildcard or {$}).
func writeSegment(b *strings.Builder, s segment) {
	b.WriteByte('/')
	if !s.multi && s.s != "/" {
		b.WriteString(s.s)
	}
}

// commonPath returns a path both overlapping patterns match.
func commonPath(p1, p2 *pattern) string {
	var b strings.Builder
	n := min(len(p1.segments), len(p2.segments))
	for i := 0; i < n; i++ {
		if s1 := p1.segments[i]; s1.wild {
			writeSegment(&b, p2.segments[i])
		} else {
			writeSegment(&b, s1)
		}
	}
	writeRest(&b, p1, p2, n)
	return b.String()
}

// differencePath returns a path p1 matches and p2 does not, for overlapping patterns.
func differencePath(p1, p2 *pattern) string {
	var b strings.Builder
	n := min(len(p1.segments), len(p2.segments))
	for i := 0; i < n; i++ {
		s1, s2 := p1.segments[i], p2.segments[i]
		switch {
		case s1.multi && s2.multi:
			b.WriteByte('/')
			return b.String()
		case s1.multi:
			b.WriteByte('/')
			if s2.s == "/" { // p2 ends in {$}: give p1's rest a segment
				if s1.s != "" {
					b.WriteString(s1.s)
				} else {
					b.WriteString("x")
				}
			}
			return b.String()
		case s1.wild && !s2.wild && s1.s == s2.s:
			b.WriteString("/" + s2.s + "x") // a value unlike p2's literal
		default:
			writeSegment(&b, s1)
		}
	}
	writeRest(&b, p1, p2, n)
	return b.String()
}

// writeRest writes paths for the segments of the longer pattern after the first n.
func writeRest(b *strings.Builder, p1, p2 *pattern, n int) {
	for _, p := range []*pattern{p1, p2} {
		if len(p.segments) > n {
			for _, s := range p.segments[n:] {
				writeSegment(b, s)
			}
			return
		}
	}
}

// match reports whether the cleaned, escaped path matches p's segments, and the values
// of p's named wildcards.
func (p *pattern) match(path string) (bool, []string) {
	var matches []string
	for _, seg := range p.segments {
		if path == "" {
			return false, nil
		}
		if seg.multi {
			if seg.s != "" {
				matches = append(matches, pathUnescape(path[1:]))
			}
			return true, matches
		}
		s, rest := firstSegment(path)
		switch {
		case seg.wild && s != "/":
			matches = append(matches, s)
		case seg.wild || s != seg.s:
			return false, nil
		}
		path = rest
	}
	return path == "", matches
}

// firstSegment splits off the first segment of path, unescaped; a trailing slash is the
// segment "/".
func firstSegment(path string) (seg, rest string) {
	if path == "/" {
		return "/", ""
	}
	path = path[1:]
	i := strings.IndexByte(path, '/')
	if i < 0 {
		i = len(path)
	}
	return pathUnescape(path[:i]), path[i:]
}

// ServeMux matches requests against registered patterns as Go 1.22+ does: the most
// specific pattern wins (patterns whose precedence is unclear may not both be
// registered), a host-specific pattern over others, GET patterns also serve HEAD.
// Paths are cleaned first, and a subtree root without its slash redirects to it.
type ServeMux struct {
	mu       sync.RWMutex
	patterns []*pattern
	handlers []Handler
}

func NewServeMux() *ServeMux { return &ServeMux{} }

var DefaultServeMux = NewServeMux()

func (mux *ServeMux) Handle(pattern string, handler Handler) { mux.register(pattern, handler) }

func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	mux.register(pattern, HandlerFunc(handler))
}

func Handle(pattern string, handler Handler) { DefaultServeMux.register(pattern, handler) }

func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.register(pattern, HandlerFunc(handler))
}

func (mux *ServeMux) register(pattern string, handler Handler) {
	if err := mux.registerErr(pattern, handler); err != nil {
		panic(err)
	}
}

// registerErr is called by register from Handle and the like, so that the caller of
// those is three frames up: the registration site conflicts name.
func (mux *ServeMux) registerErr(patstr string, handler Handler) error {
	if patstr == "" {
		return errors.New("http: invalid pattern")
	}
	if f, isFunc := handler.(HandlerFunc); handler == nil || isFunc && f == nil {
		return errors.New("http: nil handler")
	}
	pat, err := parsePattern(patstr)
	if err != nil {
		return fmt.Errorf("parsing %q: %w", patstr, err)
	}
	pat.loc = "unknown location"
	if _, file, line, ok := runtime.Caller(3); ok {
		pat.loc = file + ":" + strconv.Itoa(line)
	}
	mux.mu.Lock()
	defer mux.mu.Unlock()
	for _, old := range mux.patterns {
		if pat.conflictsWith(old) {
			return fmt.Errorf("pattern %q (registered at %s) conflicts with pattern %q (registered at %s):\n%s",
				pat, pat.loc, old, old.loc, describeConflict(pat, old))
		}
	}
	mux.patterns = append(mux.patterns, pat)
	mux.handlers = append(mux.handlers, handler)
	return nil
}

// match returns the index of the most specific pattern matching the request, host
// patterns first, or -1.
func (mux *ServeMux) match(host, method, path string) (int, []string) {
	for _, h := range []string{host, ""} {
		best, matches := -1, []string(nil)
		for i, p := range mux.patterns {
			if p.host != h || p.method != "" && p.method != method && !(p.method == "GET" && method == "HEAD") {
				continue
			}
			ok, m := p.match(path)
			if ok && (best < 0 || p.comparePathsAndMethods(mux.patterns[best]) == moreSpecific) {
				best, matches = i, m
			}
		}
		if best >= 0 || h == "" {
			return best, matches
		}
	}
	return -1, nil
}

// exactMatch reports whether the pattern at i matches path without using its multi
// wildcard for a nonempty rest ("/a/b/{$}" and "/a/b/" match "/a/b/" exactly, "/a/"
// does not).
func (mux *ServeMux) exactMatch(i int, path string) bool {
	if i < 0 {
		return false
	}
	p := mux.patterns[i]
	if !p.lastSegment().multi {
		return true
	}
	return strings.HasSuffix(path, "/") && len(p.segments) == strings.Count(path, "/")
}

// matchOrRedirect matches the request, or returns where to redirect it when only its
// path with a trailing slash has an exact match (/tree to /tree/).
func (mux *ServeMux) matchOrRedirect(host, method, path string, u *url.URL) (int, []string, *url.URL) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	i, matches := mux.match(host, method, path)
	if !mux.exactMatch(i, path) && !strings.HasSuffix(path, "/") {
		if j, _ := mux.match(host, method, path+"/"); mux.exactMatch(j, path+"/") {
			return j, nil, &url.URL{Path: cleanPath(u.Path) + "/", RawQuery: u.RawQuery}
		}
	}
	return i, matches, nil
}

// findHandler returns the handler for r, the pattern string Handler reports (the path a
// redirect leads to, for one), and the matched pattern and its wildcard values.
func (mux *ServeMux) findHandler(r *Request) (Handler, string, *pattern, []string) {
	host, escaped := stripHostPort(r.Host), r.URL.EscapedPath()
	path := cleanPath(escaped)
	i, matches, to := mux.matchOrRedirect(host, r.Method, path, r.URL)
	if to != nil {
		return RedirectHandler(to.String(), StatusTemporaryRedirect), to.Path, nil, nil
	}
	if path != escaped {
		patStr := ""
		if i >= 0 {
			patStr = mux.patterns[i].str
		}
		to := &url.URL{Path: path, RawQuery: r.URL.RawQuery}
		return RedirectHandler(to.String(), StatusTemporaryRedirect), patStr, nil, nil
	}
	if i < 0 {
		if allowed := mux.matchingMethods(host, path); len(allowed) > 0 {
			return HandlerFunc(func(w ResponseWriter, r *Request) {
				w.Header().Set("Allow", strings.Join(allowed, ", "))
				Error(w, StatusText(StatusMethodNotAllowed), StatusMethodNotAllowed)
			}), "", nil, nil
		}
		return NotFoundHandler(), "", nil, nil
	}
	return mux.handlers[i], mux.patterns[i].str, mux.patterns[i], matches
}

// matchingMethods lists, sorted, the methods of patterns that match path (or path with
// a trailing slash), with HEAD when GET is there: the Allow header of a 405.
func (mux *ServeMux) matchingMethods(host, path string) []string {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	set := map[string]bool{}
	for _, p := range mux.patterns {
		if p.method == "" || p.host != host && p.host != "" {
			continue
		}
		if ok, _ := p.match(path); ok {
			set[p.method] = true
		} else if ok, _ := p.match(path + "/"); ok && !strings.HasSuffix(path, "/") {
			set[p.method] = true
		}
	}
	if set["GET"] {
		set["HEAD"] = true
	}
	methods := make([]string, 0, len(set))
	for m := range set {
		methods = append(methods, m)
	}
	sort.Strings(methods)
	return methods
}

// Handler returns the handler for r and the pattern it matched ("" for none).
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	h, pattern, _, _ = mux.findHandler(r)
	return h, pattern
}

func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	if r.RequestURI == "*" {
		w.Header().Set("Connection", "close")
		w.WriteHeader(StatusBadRequest)
		return
	}
	var h Handler
	h, r.Pattern, r.pat, r.matches = mux.findHandler(r)
	h.ServeHTTP(w, r)
}

// stripHostPort returns the host of "host:port" (or h itself when it has no valid port).
func stripHostPort(h string) string {
	if !strings.Contains(h, ":") {
		return h
	}
	host, port := h, ""
	if strings.HasPrefix(h, "[") {
		end := strings.LastIndexByte(h, ']')
		if end < 0 || end+1 == len(h) || h[end+1] != ':' {
			return h
		}
		host, port = h[1:end], h[end+2:]
	} else if i := strings.LastIndexByte(h, ':'); strings.IndexByte(h[:i], ':') < 0 {
		host, port = h[:i], h[i+1:]
	} else {
		return h // too many colons
	}
	if strings.ContainsAny(host, "[]") || strings.ContainsAny(port, "[]") {
		return h
	}
	return host
}

// cleanPath returns the canonical form of the URL path p: rooted, with "." and ".."
// elements and repeated slashes removed, and its trailing slash kept.
func cleanPath(p string) string {
	if p == "" {
		return "/"
	}
	if p[0] != '/' {
		p = "/" + p
	}
	np := cleanSlashes(p)
	if p[len(p)-1] == '/' && np != "/" {
		np += "/"
	}
	return np
}

// cleanSlashes is path.Clean: the shortest path equivalent to p by purely lexical
// processing ("a//b/./c/.." is "a/b"; "" is ".").
func cleanSlashes(p string) string {
	rooted := strings.HasPrefix(p, "/")
	var out []string
	for _, elem := range strings.Split(p, "/") {
		switch {
		case elem == "" || elem == ".":
		case elem != "..":
			out = append(out, elem)
		case len(out) > 0 && out[len(out)-1] != "..":
			out = out[:len(out)-1]
		case !rooted:
			out = append(out, "..") // a relative path keeps its leading ".."
		}
	}
	s := strings.Join(out, "/")
	if rooted {
		return "/" + s
	}
	if s == "" {
		return "."
	}
	return s
}

// Redirect replies with a redirect to url (relative to the request's path when it is
// relative), and a short HTML body for GET requests.
func Redirect(w ResponseWriter, r *Request, to string, code int) {
	if u, err := url.Parse(to); err == nil && u.Scheme == "" && u.Host == "" {
		to = absoluteRedirect(r.URL.Path, to)
	}
	h := w.Header()
	_, hadType := h["Content-Type"]
	h.Set("Location", hexEscapeNonASCII(to))
	if !hadType && (r.Method == "GET" || r.Method == "HEAD") {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	if !hadType && r.Method == "GET" {
		fmt.Fprintln(w, "<a href=\""+htmlEscape(to)+"\">"+StatusText(code)+"</a>.\n")
	}
}

// absoluteRedirect resolves the relative redirect target to against the request path
// and cleans it, keeping its trailing slash and query.
func absoluteRedirect(reqPath, to string) string {
	if reqPath == "" {
		reqPath = "/"
	}
	if to == "" || to[0] != '/' {
		to = reqPath[:strings.LastIndexByte(reqPath, '/')+1] + to
	}
	to, query, hasQuery := strings.Cut(to, "?")
	trailing := strings.HasSuffix(to, "/")
	to = cleanSlashes(to)
	if trailing && !strings.HasSuffix(to, "/") {
		to += "/"
	}
	if hasQuery {
		to += "?" + query
	}
	return to
}

// RedirectHandler returns a handler that redirects every request to url with code.
func RedirectHandler(url string, code int) Handler {
	return HandlerFunc(func(w ResponseWriter, r *Request) { Redirect(w, r, url, code) })
}

var htmlReplacer = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")

func htmlEscape(s string) string { return htmlReplacer.Replace(s) }

// hexEscapeNonASCII %-escapes the bytes of s beyond ASCII.
func hexEscapeNonASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			b.WriteString("%" + strconv.FormatUint(uint64(c), 16))
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// ---- server ----

type Server struct {
	Addr         string
	Handler      Handler
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	IdleTimeout  time.Duration
	ErrorLog     *log.Logger

	mu       sync.Mutex
	closed   chan struct{}
	active   int
	idle     chan struct{}
	shutdown bool
}

func (srv *Server) init() {
	srv.mu.Lock()
	if srv.closed == nil {
		srv.closed = make(chan struct{})
	}
	srv.mu.Unlock()
}

// ListenAndServe listens on the virtual network at srv.Addr and serves requests until
// Shutdown or Close; it then returns ErrServerClosed.
func (srv *Server) ListenAndServe() error {
	srv.init()
	srv.mu.Lock()
	shutdown := srv.shutdown
	srv.mu.Unlock()
	if shutdown {
		return ErrServerClosed
	}
	addr := srv.Addr
	if addr == "" {
		addr = ":80"
	}
	if !vnet.Listen(addr, srv) {
		return errors.New("listen tcp " + addr + ": bind: address already in use")
	}
	<-srv.closed
	return ErrServerClosed
}

func ListenAndServe(addr string, handler Handler) error {
	server := &Server{Addr: addr, Handler: handler}
	return server.ListenAndServe()
}

func (srv *Server) stopListening() {
	srv.init()
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.shutdown {
		return
	}
	srv.shutdown = true
	addr := srv.Addr
	if addr == "" {
		addr = ":80"
	}
	if vnet.Lookup(addr) == any(srv) {
		vnet.Unlisten(addr)
	}
	close(srv.closed)
}

// Shutdown stops accepting requests and waits for active ones to finish (or ctx to end).
func (srv *Server) Shutdown(ctx context.Context) error {
	srv.stopListening()
	for {
		srv.mu.Lock()
		n := srv.active
		srv.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// Close stops the server immediately.
func (srv *Server) Close() error {
	srv.stopListening()
	return nil
}

// response is the server's ResponseWriter: it buffers the body until the handler returns.
// The header sent is the one at WriteHeader time (later changes have no effect, as in Go).
type response struct {
	header      Header
	sent        Header
	status      int
	wroteHeader bool
	noBody      bool // the status (204, 304) allows no body
	body        strings.Builder
}

func (w *response) Header() Header { return w.header }

func (w *response) WriteHeader(code int) {
	if w.wroteHeader {
		log.Printf("http: superfluous response.WriteHeader call")
		return
	}
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	w.wroteHeader = true
	w.status = code
	w.sent = w.header.Clone()
	w.noBody = code == StatusNoContent || code == StatusNotModified
}

func (w *response) Write(p []byte) (int, error) {
	return w.WriteString(string(p))
}

func (w *response) WriteString(s string) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if w.noBody {
		return 0, ErrBodyNotAllowed
	}
	w.body.WriteString(s)
	return len(s), nil
}

func (w *response) Flush() {}

type result struct {
	resp *Response
	err  error
}

// serve runs one request on the server's goroutine and sends the response back.
func (srv *Server) serve(clientCtx context.Context, req *Request, body string, out chan<- result) {
	time.Sleep(time.Duration(vnet.Latency)) // the request travels to the server
	srv.mu.Lock()
	if srv.shutdown {
		srv.mu.Unlock()
		out <- result{nil, errors.New("connection refused")}
		return
	}
	srv.active++
	srv.mu.Unlock()
	defer func() {
		srv.mu.Lock()
		srv.active--
		srv.mu.Unlock()
	}()
	ctx, cancel := context.WithCancel(context.Background())
	// The connection closes when the client gives up: the server sees it one latency later.
	go func() {
		select {
		case <-clientCtx.Done():
			time.Sleep(time.Duration(vnet.Latency))
			cancel()
		case <-ctx.Done():
		}
	}()
	sreq := new(Request)
	*sreq = *req
	sreq.ctx = ctx
	sreq.Header = req.Header.Clone()
	sreq.Body = io.NopCloser(strings.NewReader(body))
	sreq.ContentLength = int64(len(body))
	sreq.RemoteAddr = "127.0.0.1:" + strconv.Itoa(vnet.ClientPort())
	sreq.RequestURI = req.URL.RequestURI()
	if sreq.Host == "" {
		sreq.Host = req.URL.Host
	}
	w := &response{header: make(Header)}
	h := srv.Handler
	if h == nil {
		h = DefaultServeMux
	}
	panicked := true
	func() {
		defer func() {
			if !panicked {
				return
			}
			if v := recover(); v != nil && v != ErrAbortHandler {
				fmt.Fprintf(os.Stderr, "http: panic serving %s: %v\n", sreq.RemoteAddr, v)
			}
		}()
		h.ServeHTTP(w, sreq)
		panicked = false
	}()
	// ServeHTTP returned: the response is complete, and the request's context ends.
	cancel()
	time.Sleep(time.Duration(vnet.Latency)) // the response travels back
	if panicked {
		out <- result{nil, io.EOF}
		return
	}
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	text, header := w.body.String(), w.sent
	if _, typed := header["Content-Type"]; !typed && len(text) > 0 {
		header.Set("Content-Type", detectContentType(text))
	}
	if !w.noBody {
		header.Set("Content-Length", strconv.Itoa(len(text)))
	}
	header.Set("Date", time.Now().Format("Mon, 02 Jan 2006 15:04:05")+" GMT")
	contentLength := int64(len(text))
	if req.Method == MethodHead {
		text = "" // the length is announced, the body is not sent
	}
	out <- result{&Response{
		Status:        strconv.Itoa(w.status) + " " + StatusText(w.status),
		StatusCode:    w.status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        header,
		Body:          io.NopCloser(strings.NewReader(text)),
		ContentLength: contentLength,
		Request:       req,
	}, nil}
}

// DetectContentType implements Go's content sniffing (the WHATWG MIME Sniffing
// algorithm) on the first 512 bytes of data: the first signature that matches gives the
// type, with text/plain for data without binary bytes and application/octet-stream
// otherwise.
func DetectContentType(data []byte) string { return detectContentType(string(data)) }

func detectContentType(s string) string {
	if len(s) > 512 {
		s = s[:512]
	}
	firstNonWS := 0
	for firstNonWS < len(s) && strings.IndexByte("\t\n\f\r ", s[firstNonWS]) >= 0 {
		firstNonWS++
	}
	for _, sig := range sniffSignatures {
		if ct := sig.sniff(s, firstNonWS); ct != "" {
			return ct
		}
	}
	return "application/octet-stream"
}

// sniffer is a content signature: it returns the type of data it recognizes, else "".
type sniffer interface {
	sniff(data string, firstNonWS int) string
}

// riffMask keeps the chunk type of a RIFF (or FORM) file and ignores its size.
const riffMask = "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF"

// sniffSignatures lists the signatures in the order Go tries them.
var sniffSignatures = []sniffer{
	htmlTag("<!DOCTYPE HTML"), htmlTag("<HTML"), htmlTag("<HEAD"), htmlTag("<SCRIPT"),
	htmlTag("<IFRAME"), htmlTag("<H1"), htmlTag("<DIV"), htmlTag("<FONT"), htmlTag("<TABLE"),
	htmlTag("<A"), htmlTag("<STYLE"), htmlTag("<TITLE"), htmlTag("<B"), htmlTag("<BODY"),
	htmlTag("<BR"), htmlTag("<P"), htmlTag("<!--"),
	masked{pat: "<?xml", skipWS: true, ct: "text/xml; charset=utf-8"},
	masked{pat: "%PDF-", ct: "application/pdf"},
	masked{pat: "%!PS-Adobe-", ct: "application/postscript"},
	// Byte order marks, in data of at least 4 bytes.
	masked{pat: "\xFE\xFF\x00\x00", mask: "\xFF\xFF\x00\x00", ct: "text/plain; charset=utf-16be"},
	masked{pat: "\xFF\xFE\x00\x00", mask: "\xFF\xFF\x00\x00", ct: "text/plain; charset=utf-16le"},
	masked{pat: "\xEF\xBB\xBF\x00", mask: "\xFF\xFF\xFF\x00", ct: "text/plain; charset=utf-8"},
	// Images.
	masked{pat: "\x00\x00\x01\x00", ct: "image/x-icon"},
	masked{pat: "\x00\x00\x02\x00", ct: "image/x-icon"},
	masked{pat: "BM", ct: "image/bmp"},
	masked{pat: "GIF87a", ct: "image/gif"},
	masked{pat: "GIF89a", ct: "image/gif"},
	masked{pat: "RIFF\x00\x00\x00\x00WEBPVP", mask: riffMask + "\xFF\xFF", ct: "image/webp"},
	masked{pat: "\x89PNG\r\n\x1A\n", ct: "image/png"},
	masked{pat: "\xFF\xD8\xFF", ct: "image/jpeg"},
	// Audio and video.
	masked{pat: "FORM\x00\x00\x00\x00AIFF", mask: riffMask, ct: "audio/aiff"},
	masked{pat: "ID3", ct: "audio/mpeg"},
	masked{pat: "OggS\x00", ct: "application/ogg"},
	masked{pat: "MThd\x00\x00\x00\x06", ct: "audio/midi"},
	masked{pat: "RIFF\x00\x00\x00\x00AVI ", mask: riffMask, ct: "video/avi"},
	masked{pat: "RIFF\x00\x00\x00\x00WAVE", mask: riffMask, ct: "audio/wave"},
	mp4Box{},
	masked{pat: "\x1A\x45\xDF\xA3", ct: "video/webm"},
	// Fonts: an Embedded OpenType font has "LP" after 34 bytes of any value.
	masked{pat: strings.Repeat("\x00", 34) + "LP", mask: strings.Repeat("\x00", 34) + "\xFF\xFF", ct: "application/vnd.ms-fontobject"},
	masked{pat: "\x00\x01\x00\x00", ct: "font/ttf"},
	masked{pat: "OTTO", ct: "font/otf"},
	masked{pat: "ttcf", ct: "font/collection"},
	masked{pat: "wOFF", ct: "font/woff"},
	masked{pat: "wOF2", ct: "font/woff2"},
	// Archives.
	masked{pat: "\x1F\x8B\x08", ct: "application/x-gzip"},
	masked{pat: "PK\x03\x04", ct: "application/zip"},
	masked{pat: "Rar!\x1A\x07\x00", ct: "application/x-rar-compressed"},
	masked{pat: "Rar!\x1A\x07\x01\x00", ct: "application/x-rar-compressed"},
	masked{pat: "\x00asm", ct: "application/wasm"},
	plainText{},
}

// htmlTag matches an HTML tag (ASCII letters in any case) after leading white space,
// followed by a space or '>'.
type htmlTag string

func (h htmlTag) sniff(data string, firstNonWS int) string {
	data = data[firstNonWS:]
	if len(data) <= len(h) || data[len(h)] != ' ' && data[len(h)] != '>' {
		return ""
	}
	for i := 0; i < len(h); i++ {
		c := data[i]
		if 'A' <= h[i] && h[i] <= 'Z' {
			c &^= 0x20 // upper case
		}
		if c != h[i] {
			return ""
		}
	}
	return "text/html; charset=utf-8"
}

// masked matches data whose first bytes, ANDed with mask (all ones when empty), are pat;
// skipWS starts after leading white space.
type masked struct {
	pat, mask string
	skipWS    bool
	ct        string
}

func (m masked) sniff(data string, firstNonWS int) string {
	if m.skipWS {
		data = data[firstNonWS:]
	}
	if len(data) < len(m.pat) {
		return ""
	}
	for i := 0; i < len(m.pat); i++ {
		c := data[i]
		if m.mask != "" {
			c &= m.mask[i]
		}
		if c != m.pat[i] {
			return ""
		}
	}
	return m.ct
}

// mp4Box matches an MP4 file: a first box of type "ftyp" (its size, big-endian, a
// multiple of 4 within data) whose brands include one starting with "mp4".
type mp4Box struct{}

func (mp4Box) sniff(data string, firstNonWS int) string {
	if len(data) < 12 {
		return ""
	}
	size := int(data[0])<<24 | int(data[1])<<16 | int(data[2])<<8 | int(data[3])
	if len(data) < size || size%4 != 0 || data[4:8] != "ftyp" {
		return ""
	}
	for brand := 8; brand < size; brand += 4 {
		if brand != 12 && data[brand:brand+3] == "mp4" { // bytes 12-15 are a version
			return "video/mp4"
		}
	}
	return ""
}

// plainText matches data without binary bytes (controls other than white space and
// ESC) after leading white space.
type plainText struct{}

func (plainText) sniff(data string, firstNonWS int) string {
	for i := firstNonWS; i < len(data); i++ {
		switch b := data[i]; {
		case b <= 0x08, b == 0x0B, 0x0E <= b && b <= 0x1A, 0x1C <= b && b <= 0x1F:
			return ""
		}
	}
	return "text/plain; charset=utf-8"
}

// ---- client ----

type RoundTripper interface {
	RoundTrip(*Request) (*Response, error)
}

type Client struct {
	Transport RoundTripper
	Timeout   time.Duration
}

var DefaultClient = &Client{}

// timeoutError is the error of a request that hit Client.Timeout; it wraps
// context.DeadlineExceeded like Go's.
type timeoutError struct{ msg string }

func (e *timeoutError) Error() string   { return e.msg }
func (e *timeoutError) Timeout() bool   { return true }
func (e *timeoutError) Temporary() bool { return true }
func (e *timeoutError) Unwrap() error   { return context.DeadlineExceeded }

func methodTitle(m string) string {
	if m == "" {
		return "Get"
	}
	return m[:1] + strings.ToLower(m[1:])
}

func (c *Client) Do(req *Request) (*Response, error) {
	if req.URL == nil {
		return nil, errors.New("http: nil Request.URL")
	}
	uerr := func(err error) error {
		return &url.Error{Op: methodTitle(req.Method), URL: req.URL.String(), Err: err}
	}
	if c.Transport != nil {
		resp, err := c.Transport.RoundTrip(req)
		if err != nil {
			return nil, uerr(err)
		}
		return resp, nil
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return nil, uerr(errors.New("unsupported protocol scheme " + strconv.Quote(req.URL.Scheme)))
	}
	ctx := req.Context()
	timedOut := false
	if c.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.Timeout)
		defer cancel()
		timedOut = true
	}
	host := req.URL.Host
	if !strings.Contains(host, ":") {
		host += ":80"
	}
	srv, _ := vnet.Lookup(host).(*Server)
	if srv == nil {
		return nil, uerr(errors.New("dial tcp " + vnet.Key(host) + ": connect: connection refused"))
	}
	body := ""
	if req.Body != nil {
		data, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, uerr(err)
		}
		req.Body.Close()
		body = string(data)
	}
	out := make(chan result, 1)
	go srv.serve(ctx, req, body, out)
	select {
	case r := <-out:
		if r.err != nil {
			return nil, uerr(r.err)
		}
		return r.resp, nil
	case <-ctx.Done():
		err := ctx.Err()
		if timedOut && errors.Is(err, context.DeadlineExceeded) && req.Context().Err() == nil {
			err = &timeoutError{"context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}
		}
		return nil, uerr(err)
	}
}

func (c *Client) Get(target string) (*Response, error) {
	req, err := NewRequest("GET", target, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Post(target, contentType string, body io.Reader) (*Response, error) {
	req, err := NewRequest("POST", target, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	return c.Do(req)
}

func (c *Client) Head(target string) (*Response, error) {
	req, err := NewRequest("HEAD", target, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) CloseIdleConnections() {}

func Get(target string) (*Response, error) { return DefaultClient.Get(target) }

func Post(target, contentType string, body io.Reader) (*Response, error) {
	return DefaultClient.Post(target, contentType, body)
}

func Head(target string) (*Response, error) { return DefaultClient.Head(target) }
