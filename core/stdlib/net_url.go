// Package url (net/url): parsing of URLs and query strings, enough for HTTP clients and
// servers: scheme, host, path, raw query, fragment; Values with Get/Set/Add/Del/Encode.
package url

import (
	"errors"
	"sort"
	"strconv"
	"strings"
)

type URL struct {
	Scheme   string
	User     *Userinfo
	Host     string
	Path     string
	RawQuery string
	Fragment string
}

type Userinfo struct {
	username string
}

func User(name string) *Userinfo       { return &Userinfo{name} }
func (u *Userinfo) Username() string    { return u.username }
func (u *Userinfo) String() string      { return u.username }

// Error reports an error and the operation and URL that caused it.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Parse parses rawURL: [scheme:][//[user@]host][/path][?query][#fragment].
func Parse(rawURL string) (*URL, error) {
	u := &URL{}
	rest := rawURL
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		u.Fragment = rest[i+1:]
		rest = rest[:i]
	}
	if strings.ContainsAny(rest, " \t\n") && !strings.Contains(rest, "?") {
		return nil, &Error{"parse", rawURL, errors.New("invalid character \" \" in URL")}
	}
	if i := strings.Index(rest, ":"); i > 0 && isScheme(rest[:i]) {
		u.Scheme = strings.ToLower(rest[:i])
		rest = rest[i+1:]
	} else if i == 0 {
		return nil, &Error{"parse", rawURL, errors.New("missing protocol scheme")}
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		u.RawQuery = rest[i+1:]
		rest = rest[:i]
	}
	if strings.HasPrefix(rest, "//") {
		rest = rest[2:]
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			i = len(rest)
		}
		host := rest[:i]
		if at := strings.LastIndexByte(host, '@'); at >= 0 {
			u.User = User(host[:at])
			host = host[at+1:]
		}
		u.Host = host
		rest = rest[i:]
	}
	u.Path = rest
	return u, nil
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		ok := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')
		if !ok {
			return false
		}
	}
	return true
}

// ParseRequestURI parses an absolute path or URL as sent in an HTTP request line.
func ParseRequestURI(rawURL string) (*URL, error) { return Parse(rawURL) }

func (u *URL) String() string {
	s := ""
	if u.Scheme != "" {
		s += u.Scheme + ":"
	}
	if u.Host != "" || u.Scheme != "" {
		s += "//"
		if u.User != nil {
			s += u.User.username + "@"
		}
		s += u.Host
	}
	s += u.Path
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		s += "#" + u.Fragment
	}
	return s
}

func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// Hostname returns the host without any port.
func (u *URL) Hostname() string {
	h := u.Host
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		return h[:i]
	}
	return h
}

func (u *URL) Port() string {
	if i := strings.LastIndexByte(u.Host, ':'); i >= 0 {
		return u.Host[i+1:]
	}
	return ""
}

func (u *URL) RequestURI() string {
	p := u.Path
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// Values maps a string key to a list of values.
type Values map[string][]string

func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

func (v Values) Set(key, value string) { v[key] = []string{value} }
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }
func (v Values) Del(key string)        { delete(v, key) }
func (v Values) Has(key string) bool   { _, ok := v[key]; return ok }

// Encode encodes the values in "url encoded" form sorted by key.
func (v Values) Encode() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(QueryEscape(val))
		}
	}
	return b.String()
}

func ParseQuery(query string) (Values, error) {
	m := Values{}
	var firstErr error
	for query != "" {
		var key string
		key, query, _ = strings.Cut(query, "&")
		if key == "" {
			continue
		}
		key, value, _ := strings.Cut(key, "=")
		k, err1 := QueryUnescape(key)
		val, err2 := QueryUnescape(value)
		if err1 != nil || err2 != nil {
			if firstErr == nil {
				if err1 != nil {
					firstErr = err1
				} else {
					firstErr = err2
				}
			}
			continue
		}
		m[k] = append(m[k], val)
	}
	return m, firstErr
}

const upperhex = "0123456789ABCDEF"

func shouldEscape(c byte) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	}
	return true
}

func QueryEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			b.WriteByte('+')
		case shouldEscape(c):
			b.WriteByte('%')
			b.WriteByte(upperhex[c>>4])
			b.WriteByte(upperhex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func PathEscape(s string) string { return strings.ReplaceAll(QueryEscape(s), "+", "%20") }

type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func QueryUnescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '+':
			b.WriteByte(' ')
		case '%':
			if i+2 >= len(s) {
				return "", EscapeError(s[i:])
			}
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if !ok1 || !ok2 {
				return "", EscapeError(s[i : i+3])
			}
			b.WriteByte(h<<4 | l)
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func PathUnescape(s string) (string, error) { return QueryUnescape(strings.ReplaceAll(s, "+", "%2B")) }
