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
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
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
	StatusContinue: "Continue",
	StatusSwitchingProtocols: "Switching Protocols",
	StatusProcessing: "Processing",
	StatusEarlyHints: "Early Hints",
	StatusOK: "OK",
	StatusCreated: "Created",
	StatusAccepted: "Accepted",
	StatusNonAuthoritativeInfo: "Non-Authoritative Information",
	StatusNoContent: "No Content",
	StatusResetContent: "Reset Content",
	StatusPartialContent: "Partial Content",
	StatusMultiStatus: "Multi-Status",
	StatusAlreadyReported: "Already Reported",
	StatusIMUsed: "IM Used",
	StatusMultipleChoices: "Multiple Choices",
	StatusMovedPermanently: "Moved Permanently",
	StatusFound: "Found",
	StatusSeeOther: "See Other",
	StatusNotModified: "Not Modified",
	StatusUseProxy: "Use Proxy",
	StatusTemporaryRedirect: "Temporary Redirect",
	StatusPermanentRedirect: "Permanent Redirect",
	StatusBadRequest: "Bad Request",
	StatusUnauthorized: "Unauthorized",
	StatusPaymentRequired: "Payment Required",
	StatusForbidden: "Forbidden",
	StatusNotFound: "Not Found",
	StatusMethodNotAllowed: "Method Not Allowed",
	StatusNotAcceptable: "Not Acceptable",
	StatusProxyAuthRequired: "Proxy Authentication Required",
	StatusRequestTimeout: "Request Timeout",
	StatusConflict: "Conflict",
	StatusGone: "Gone",
	StatusLengthRequired: "Length Required",
	StatusPreconditionFailed: "Precondition Failed",
	StatusRequestEntityTooLarge: "Request Entity Too Large",
	StatusRequestURITooLong: "Request URI Too Long",
	StatusUnsupportedMediaType: "Unsupported Media Type",
	StatusRequestedRangeNotSatisfiable: "Requested Range Not Satisfiable",
	StatusExpectationFailed: "Expectation Failed",
	StatusTeapot: "I'm a teapot",
	StatusMisdirectedRequest: "Misdirected Request",
	StatusUnprocessableEntity: "Unprocessable Entity",
	StatusLocked: "Locked",
	StatusFailedDependency: "Failed Dependency",
	StatusTooEarly: "Too Early",
	StatusUpgradeRequired: "Upgrade Required",
	StatusPreconditionRequired: "Precondition Required",
	StatusTooManyRequests: "Too Many Requests",
	StatusRequestHeaderFieldsTooLarge: "Request Header Fields Too Large",
	StatusUnavailableForLegalReasons: "Unavailable For Legal Reasons",
	StatusInternalServerError: "Internal Server Error",
	StatusNotImplemented: "Not Implemented",
	StatusBadGateway: "Bad Gateway",
	StatusServiceUnavailable: "Service Unavailable",
	StatusGatewayTimeout: "Gateway Timeout",
	StatusHTTPVersionNotSupported: "HTTP Version Not Supported",
	StatusVariantAlsoNegotiates: "Variant Also Negotiates",
	StatusInsufficientStorage: "Insufficient Storage",
	StatusLoopDetected: "Loop Detected",
	StatusNotExtended: "Not Extended",
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
	ErrServerClosed = errors.New("http: Server closed")
	ErrHandlerTimeout = errors.New("http: Handler timeout")
	ErrBodyNotAllowed = errors.New("http: request method or response status code does not allow body")
	ErrAbortHandler = errors.New("net/http: abort Handler")
)

// ---- headers ----

type Header map[string][]string

// CanonicalHeaderKey returns the canonical form of a header key ("content-type" ->
// "Content-Type").
func CanonicalHeaderKey(s string) string {
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
	Form          url.Values
	RemoteAddr    string
	RequestURI    string
	Response      *Response
	ctx           context.Context
	pattern       string
	pathValues    map[string]string
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

func (r *Request) FormValue(key string) string {
	if r.Form == nil {
		r.ParseForm()
	}
	return r.Form.Get(key)
}

func (r *Request) ParseForm() error {
	if r.Form == nil {
		r.Form = r.URL.Query()
	}
	return nil
}

// PathValue returns the value of a {name} wildcard of the matched ServeMux pattern.
func (r *Request) PathValue(name string) string { return r.pathValues[name] }

func (r *Request) SetPathValue(name, value string) {
	if r.pathValues == nil {
		r.pathValues = map[string]string{}
	}
	r.pathValues[name] = value
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

type muxEntry struct {
	method   string
	path     string // ends in "/" for subtree patterns
	wildcard bool   // has {name} segments
	h        Handler
	pattern  string
}

// ServeMux matches requests against registered patterns ("/path", "/tree/",
// "GET /items/{id}"); the most specific pattern wins.
type ServeMux struct {
	mu      sync.RWMutex
	entries []muxEntry
}

func NewServeMux() *ServeMux { return &ServeMux{} }

var DefaultServeMux = NewServeMux()

func (mux *ServeMux) Handle(pattern string, handler Handler) {
	if handler == nil {
		panic("http: nil handler")
	}
	e := muxEntry{h: handler, pattern: pattern}
	path := pattern
	if i := strings.IndexByte(pattern, ' '); i >= 0 {
		e.method = pattern[:i]
		path = strings.TrimLeft(pattern[i+1:], " ")
	}
	if path == "" || path[0] != '/' {
		panic("http: invalid pattern " + strconv.Quote(pattern))
	}
	e.path = path
	e.wildcard = strings.Contains(path, "{")
	mux.mu.Lock()
	defer mux.mu.Unlock()
	for _, old := range mux.entries {
		if old.method == e.method && old.path == e.path {
			panic("http: multiple registrations for " + pattern)
		}
	}
	mux.entries = append(mux.entries, e)
}

func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	mux.Handle(pattern, HandlerFunc(handler))
}

// match reports whether path matches e, and the wildcard values.
func (e *muxEntry) match(path string) (bool, map[string]string) {
	if !e.wildcard {
		if strings.HasSuffix(e.path, "/") {
			return strings.HasPrefix(path, e.path), nil
		}
		return path == e.path, nil
	}
	ps := strings.Split(strings.Trim(e.path, "/"), "/")
	xs := strings.Split(strings.Trim(path, "/"), "/")
	vals := map[string]string{}
	for i, p := range ps {
		if strings.HasPrefix(p, "{") && strings.HasSuffix(p, "...}") {
			vals[p[1:len(p)-4]] = strings.Join(xs[i:], "/")
			return true, vals
		}
		if i >= len(xs) {
			return false, nil
		}
		if strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}") {
			vals[p[1:len(p)-1]] = xs[i]
			continue
		}
		if p != xs[i] {
			return false, nil
		}
	}
	return len(xs) == len(ps), vals
}

// Handler returns the handler for r and the pattern it matched.
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	best := -1
	bestLen := -1
	var bestVals map[string]string
	methodMismatch := false
	for i := range mux.entries {
		e := &mux.entries[i]
		ok, vals := e.match(r.URL.Path)
		if !ok {
			continue
		}
		if e.method != "" && e.method != r.Method && !(e.method == "GET" && r.Method == "HEAD") {
			methodMismatch = true
			continue
		}
		l := len(e.path)
		if e.method != "" {
			l++
		}
		if l > bestLen {
			best, bestLen, bestVals = i, l, vals
		}
	}
	if best < 0 {
		if methodMismatch {
			return HandlerFunc(func(w ResponseWriter, r *Request) {
				Error(w, "Method Not Allowed", StatusMethodNotAllowed)
			}), ""
		}
		return NotFoundHandler(), ""
	}
	for k, v := range bestVals {
		r.SetPathValue(k, v)
	}
	return mux.entries[best].h, mux.entries[best].pattern
}

func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	h, pattern := mux.Handler(r)
	r.pattern = pattern
	h.ServeHTTP(w, r)
}

func Handle(pattern string, handler Handler) { DefaultServeMux.Handle(pattern, handler) }

func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
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

func detectContentType(s string) string {
	t := strings.TrimLeft(s, " \t\r\n")
	if strings.HasPrefix(t, "<!DOCTYPE") || strings.HasPrefix(strings.ToLower(t), "<html") {
		return "text/html; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}

// DetectContentType is a small version of Go's sniffing: HTML or plain text.
func DetectContentType(data []byte) string { return detectContentType(string(data)) }

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
