// Package url (net/url): URLs parsed, checked, escaped and printed as Go does
// ([scheme:][//[userinfo@]host][/path][?query][#fragment], or scheme:opaque), and query
// strings as Values.
package url

import (
	"errors"
	"sort"
	"strconv"
	"strings"
)

// Error reports an error and the operation and URL that caused it.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout (an error of an HTTP client's).
func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *Error) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// encoding is the part of a URL a string is escaped for: each lets different bytes
// through unescaped.
type encoding int

const (
	encodePath encoding = 1 + iota
	encodePathSegment
	encodeHost
	encodeZone
	encodeUserPassword
	encodeQueryComponent
	encodeFragment
)

// shouldEscape reports whether c must be %-escaped in a URL part of the given kind
// (RFC 3986): unreserved bytes never are; reserved ones depend on the part.
func shouldEscape(c byte, mode encoding) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	}
	if mode == encodeHost || mode == encodeZone {
		// Sub-delimiters, and what IPv6 literals and zones hold, as Go allows them.
		return strings.IndexByte("!$&'()*+,;=:[]<>\"", c) < 0
	}
	if strings.IndexByte("$&+,/:;=?@", c) >= 0 {
		switch mode {
		case encodePath:
			return c == '?' // a path keeps its slashes and sub-delimiters
		case encodePathSegment:
			return c == '/' || c == ';' || c == ',' || c == '?'
		case encodeUserPassword:
			return c == '@' || c == '/' || c == '?' || c == ':'
		case encodeFragment:
			return false
		}
		return true // a query component escapes them all
	}
	return mode != encodeFragment || strings.IndexByte("!()*", c) < 0
}

func QueryUnescape(s string) (string, error) { return unescape(s, encodeQueryComponent) }
func PathUnescape(s string) (string, error)  { return unescape(s, encodePathSegment) }
func QueryEscape(s string) string            { return escape(s, encodeQueryComponent) }
func PathEscape(s string) string             { return escape(s, encodePathSegment) }

// unescape decodes %XX escapes (and '+' as a space in a query component). A host may
// not escape ASCII bytes other than '%' itself, nor hold bytes it should escape.
func unescape(s string, mode encoding) (string, error) {
	if err := checkEscapes(s, mode); err != nil {
		return "", err
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '%':
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		case c == '+' && mode == encodeQueryComponent:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// checkEscapes reports the first malformed escape of s, or a byte a host may not hold.
func checkEscapes(s string, mode encoding) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			if (mode == encodeHost || mode == encodeZone) && c < 0x80 && shouldEscape(c, mode) {
				return InvalidHostError(s[i : i+1])
			}
			continue
		}
		if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
			return EscapeError(s[i:min(i+3, len(s))])
		}
		v := unhex(s[i+1])<<4 | unhex(s[i+2])
		switch {
		case s[i:i+3] == "%25":
		case mode == encodeHost && v < 0x80,
			mode == encodeZone && v != ' ' && shouldEscape(v, encodeHost):
			return EscapeError(s[i : i+3])
		}
		i += 2
	}
	return nil
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

const upperhex = "0123456789ABCDEF"

// escape %-escapes the bytes of s that mode does not let through (a space is '+' in a
// query component).
func escape(s string, mode encoding) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && mode == encodeQueryComponent:
			b.WriteByte('+')
		case shouldEscape(c, mode):
			b.WriteByte('%')
			b.WriteByte(upperhex[c>>4])
			b.WriteByte(upperhex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// URL is a parsed URL. Path and Fragment are decoded; RawPath and RawFragment keep the
// encoded forms when they are not the default encoding of the decoded ones.
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data (scheme:opaque)
	User        *Userinfo // username and password
	Host        string    // host or host:port
	Path        string
	RawPath     string
	OmitHost    bool // do not print an empty host (scheme:/path)
	ForceQuery  bool // print a '?' even with an empty query
	RawQuery    string
	Fragment    string
	RawFragment string
}

// Userinfo is the username and optional password of a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

func User(username string) *Userinfo { return &Userinfo{username, "", false} }

func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username, password, true}
}

func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// String returns the encoded userinfo, "user[:password]".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, encodeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, encodeUserPassword)
	}
	return s
}

// Parse parses rawURL, which may be relative (a path without a host).
func Parse(rawURL string) (*URL, error) {
	s, frag, _ := strings.Cut(rawURL, "#")
	u, err := parse(s, false)
	if err != nil {
		return nil, &Error{"parse", s, err}
	}
	if frag == "" {
		return u, nil
	}
	if err := u.setFragment(frag); err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return u, nil
}

// ParseRequestURI parses rawURL as the target of an HTTP request: an absolute URL or
// an absolute path, without a fragment.
func ParseRequestURI(rawURL string) (*URL, error) {
	u, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return u, nil
}

func parse(rawURL string, viaRequest bool) (*URL, error) {
	for i := 0; i < len(rawURL); i++ {
		if rawURL[i] < ' ' || rawURL[i] == 0x7f {
			return nil, errors.New("net/url: invalid control character in URL")
		}
	}
	if rawURL == "" && viaRequest {
		return nil, errors.New("empty url")
	}
	u := new(URL)
	if rawURL == "*" {
		u.Path = "*"
		return u, nil
	}
	scheme, rest, err := getScheme(rawURL)
	if err != nil {
		return nil, err
	}
	u.Scheme = strings.ToLower(scheme)
	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		u.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, u.RawQuery, _ = strings.Cut(rest, "?")
	}
	if !strings.HasPrefix(rest, "/") {
		if u.Scheme != "" {
			u.Opaque = rest // scheme:opaque, as in mailto:someone@example.com
			return u, nil
		}
		if viaRequest {
			return nil, errors.New("invalid URI for request")
		}
		// A colon in the first segment would read as a scheme.
		if segment, _, _ := strings.Cut(rest, "/"); strings.Contains(segment, ":") {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}
	if (u.Scheme != "" || !viaRequest && !strings.HasPrefix(rest, "///")) && strings.HasPrefix(rest, "//") {
		authority, path := rest[2:], ""
		if i := strings.IndexByte(authority, '/'); i >= 0 {
			authority, path = authority[:i], authority[i:]
		}
		if u.User, u.Host, err = parseAuthority(u.Scheme, authority); err != nil {
			return nil, err
		}
		rest = path
	} else if u.Scheme != "" && strings.HasPrefix(rest, "/") {
		u.OmitHost = true
	}
	if err := u.setPath(rest); err != nil {
		return nil, err
	}
	return u, nil
}

// getScheme splits off the scheme: letters, then letters, digits, '+', '-' or '.',
// ended by ':' (anything else means there is no scheme).
func getScheme(rawURL string) (scheme, rest string, err error) {
	for i := 0; i < len(rawURL); i++ {
		switch c := rawURL[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", rawURL, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errors.New("missing protocol scheme")
			}
			return rawURL[:i], rawURL[i+1:], nil
		default:
			return "", rawURL, nil
		}
	}
	return "", rawURL, nil
}

// parseAuthority parses [userinfo@]host.
func parseAuthority(scheme, authority string) (*Userinfo, string, error) {
	i := strings.LastIndexByte(authority, '@')
	host, err := parseHost(scheme, authority[i+1:])
	if err != nil {
		return nil, "", err
	}
	if i < 0 {
		return nil, host, nil
	}
	userinfo := authority[:i]
	if !validUserinfo(userinfo) {
		return nil, "", errors.New("net/url: invalid userinfo")
	}
	name, password, hasPassword := strings.Cut(userinfo, ":")
	if name, err = unescape(name, encodeUserPassword); err != nil {
		return nil, "", err
	}
	if !hasPassword {
		return User(name), host, nil
	}
	if password, err = unescape(password, encodeUserPassword); err != nil {
		return nil, "", err
	}
	return UserPassword(name, password), host, nil
}

// validUserinfo reports whether s holds only what RFC 3986 allows in userinfo (and '@').
func validUserinfo(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.IndexByte("-._:~!$&'()*+,;=%@", c) >= 0) {
			return false
		}
	}
	return true
}

// parseHost checks and decodes host[:port]: an IPv6 literal in brackets (with an
// optional %25-escaped zone) or a name, and a port of digits only. As in Go, an http or
// https host with several colons outside brackets has an invalid port.
func parseHost(scheme, host string) (string, error) {
	open := strings.LastIndexByte(host, '[')
	if open > 0 {
		return "", errors.New("invalid IP-literal")
	}
	if open == 0 {
		return parseIPLiteral(host)
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		if scheme != "http" && scheme != "https" {
			i = strings.LastIndexByte(host, ':')
		}
		if colonPort := host[i:]; !validOptionalPort(colonPort) {
			return "", errors.New("invalid port " + strconv.Quote(colonPort) + " after host")
		}
	}
	return unescape(host, encodeHost)
}

// parseIPLiteral parses "[address]:port" (the port optional), host starting with '['.
func parseIPLiteral(host string) (string, error) {
	end := strings.LastIndexByte(host, ']')
	if end < 0 {
		return "", errors.New("missing ']' in host")
	}
	colonPort := host[end+1:]
	if !validOptionalPort(colonPort) {
		return "", errors.New("invalid port " + strconv.Quote(colonPort) + " after host")
	}
	port, err := unescape(colonPort, encodeHost)
	if err != nil {
		return "", err
	}
	literal := host[1:end]
	addr, zone := literal, ""
	if i := strings.Index(literal, "%25"); i >= 0 {
		addr, zone = literal[:i], literal[i:]
	}
	if addr, err = unescape(addr, encodeHost); err != nil {
		return "", err
	}
	if zone, err = unescape(zone, encodeZone); err != nil {
		return "", err
	}
	is4, err := checkIP(addr + zone)
	if err != nil {
		return "", errors.New("invalid host: " + err.Error())
	}
	if is4 {
		return "", errors.New("invalid IP-literal")
	}
	return "[" + addr + zone + "]" + port, nil
}

// validOptionalPort reports whether port is empty or ':' and digits.
func validOptionalPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// checkIP validates an IP address as netip.ParseAddr does, with its messages, and
// reports whether it is an IPv4 one.
func checkIP(s string) (is4 bool, err error) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return true, checkIPv4(s, s)
		case ':':
			return false, checkIPv6(s)
		case '%':
			return false, addrError(s, "missing IPv6 address", "")
		}
	}
	return false, addrError(s, "unable to parse IP", "")
}

func addrError(in, msg, at string) error {
	if at != "" {
		msg += " (at " + strconv.Quote(at) + ")"
	}
	return errors.New("ParseAddr(" + strconv.Quote(in) + "): " + msg)
}

// checkIPv4 validates the dotted decimal s (part of the address in): four fields of
// 0-255 without leading zeros.
func checkIPv4(in, s string) error {
	val, dots, digits := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			if digits == 1 && val == 0 {
				return addrError(in, "IPv4 field has octet with leading zero", "")
			}
			val, digits = val*10+int(c-'0'), digits+1
			if val > 255 {
				return addrError(in, "IPv4 field has value >255", "")
			}
		case c == '.':
			if i == 0 || i == len(s)-1 || s[i-1] == '.' {
				return addrError(in, "IPv4 field must have at least one digit", s[i:])
			}
			if dots == 3 {
				return addrError(in, "IPv4 address too long", "")
			}
			val, dots, digits = 0, dots+1, 0
		default:
			return addrError(in, "unexpected character", s[i:])
		}
	}
	if dots < 3 {
		return addrError(in, "IPv4 address too short", "")
	}
	return nil
}

// checkIPv6 validates an IPv6 address with an optional %zone: up to eight groups of at
// most four hex digits, one "::" standing for at least one zero group, and an optional
// IPv4 address in place of the last two groups.
func checkIPv6(in string) error {
	s, zone, hasZone := strings.Cut(in, "%")
	if hasZone && zone == "" {
		return addrError(in, "zone must be a non-empty string", "")
	}
	ellipsis := -1 // where "::" is, in bytes of the address
	if strings.HasPrefix(s, "::") {
		ellipsis, s = 0, s[2:]
		if s == "" {
			return nil
		}
	}
	n := 0 // bytes of the address parsed
	for n < 16 {
		digits := 0
		for digits < len(s) && ishex(s[digits]) {
			if digits++; digits > 4 {
				return addrError(in, "each group must have 4 or less digits", s)
			}
		}
		if digits == 0 {
			return addrError(in, "each colon-separated field must have at least one digit", s)
		}
		if digits < len(s) && s[digits] == '.' {
			if ellipsis < 0 && n != 12 {
				return addrError(in, "embedded IPv4 address must replace the final 2 fields of the address", s)
			}
			if n+4 > 16 {
				return addrError(in, "too many hex fields to fit an embedded IPv4 at the end of the address", s)
			}
			if err := checkIPv4(in, s); err != nil {
				return err
			}
			s, n = "", n+4
			break
		}
		n += 2
		if s = s[digits:]; s == "" {
			break
		}
		if s[0] != ':' {
			return addrError(in, "unexpected character, want colon", s)
		}
		if len(s) == 1 {
			return addrError(in, "colon must be followed by more characters", s)
		}
		if s = s[1:]; s[0] == ':' {
			if ellipsis >= 0 {
				return addrError(in, "multiple :: in address", s)
			}
			if ellipsis, s = n, s[1:]; s == "" {
				break
			}
		}
	}
	switch {
	case s != "":
		return addrError(in, "trailing garbage after address", s)
	case n < 16 && ellipsis < 0:
		return addrError(in, "address string too short", "")
	case n == 16 && ellipsis >= 0:
		return addrError(in, "the :: must expand to at least one field of zeros", "")
	}
	return nil
}

// setPath sets Path to the decoded p, and RawPath to p unless p is Path's default
// encoding.
func (u *URL) setPath(p string) error {
	path, err := unescape(p, encodePath)
	if err != nil {
		return err
	}
	u.Path, u.RawPath = path, ""
	if escape(path, encodePath) != p {
		u.RawPath = p
	}
	return nil
}

// EscapedPath returns the encoded path: RawPath when it is a valid encoding of Path,
// else Path's default encoding.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, encodePath) {
		if p, err := unescape(u.RawPath, encodePath); err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*" // the target of "OPTIONS *"
	}
	return escape(u.Path, encodePath)
}

// validEncoded reports whether s holds only bytes that mode lets through, escapes and
// the sub-delimiters RFC 3986 allows anywhere.
func validEncoded(s string, mode encoding) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; strings.IndexByte("!$&'()*+,;=:@[]%", c) < 0 && shouldEscape(c, mode) {
			return false
		}
	}
	return true
}

// setFragment is setPath for the fragment.
func (u *URL) setFragment(f string) error {
	frag, err := unescape(f, encodeFragment)
	if err != nil {
		return err
	}
	u.Fragment, u.RawFragment = frag, ""
	if escape(frag, encodeFragment) != f {
		u.RawFragment = f
	}
	return nil
}

// EscapedFragment is EscapedPath for the fragment.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && validEncoded(u.RawFragment, encodeFragment) {
		if f, err := unescape(u.RawFragment, encodeFragment); err == nil && f == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, encodeFragment)
}

// String reassembles the URL, encoded.
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme + ":")
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		if (u.Scheme != "" || u.Host != "" || u.User != nil) && !(u.OmitHost && u.Host == "" && u.User == nil) {
			if u.Host != "" || u.Path != "" || u.User != nil {
				b.WriteString("//")
			}
			if u.User != nil {
				b.WriteString(u.User.String() + "@")
			}
			b.WriteString(escape(u.Host, encodeHost))
		}
		path := u.EscapedPath()
		if path != "" && path[0] != '/' && u.Host != "" {
			b.WriteByte('/')
		}
		if b.Len() == 0 {
			// A colon in the first segment would read as a scheme.
			if segment, _, _ := strings.Cut(path, "/"); strings.Contains(segment, ":") {
				b.WriteString("./")
			}
		}
		b.WriteString(path)
	}
	if u.ForceQuery || u.RawQuery != "" {
		b.WriteString("?" + u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteString("#" + u.EscapedFragment())
	}
	return b.String()
}

// IsAbs reports whether the URL has a scheme.
func (u *URL) IsAbs() bool { return u.Scheme != "" }

func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI returns the encoded path?query (or opaque?query) of an HTTP request line.
func (u *URL) RequestURI() string {
	result := u.Opaque
	if result == "" {
		if result = u.EscapedPath(); result == "" {
			result = "/"
		}
	} else if strings.HasPrefix(result, "//") {
		result = u.Scheme + ":" + result
	}
	if u.ForceQuery || u.RawQuery != "" {
		result += "?" + u.RawQuery
	}
	return result
}

// Hostname returns the host without its port, and an IPv6 address without brackets.
func (u *URL) Hostname() string {
	host, _ := splitHostPort(u.Host)
	return host
}

func (u *URL) Port() string {
	_, port := splitHostPort(u.Host)
	return port
}

func splitHostPort(hostPort string) (host, port string) {
	host = hostPort
	if colon := strings.LastIndexByte(host, ':'); colon >= 0 && validOptionalPort(host[colon:]) {
		host, port = host[:colon], host[colon+1:]
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host, port
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

func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

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
			b.WriteString(QueryEscape(k) + "=" + QueryEscape(val))
		}
	}
	return b.String()
}

// maxQueryParams is the number of parameters beyond which Go rejects a query.
const maxQueryParams = 10000

// ParseQuery parses a URL-encoded query string. Pairs with a bad escape or a ';' (no
// longer a separator since Go 1.17) are skipped; the error is that of the first bad
// escape, or of the last ';'.
func ParseQuery(query string) (Values, error) {
	m := Values{}
	if strings.Count(query, "&")+1 > maxQueryParams {
		return m, errors.New("number of URL query parameters exceeded limit")
	}
	var err error
	for query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if strings.Contains(pair, ";") {
			err = errors.New("invalid semicolon separator in query")
			continue
		}
		if pair == "" {
			continue
		}
		key, value, _ := strings.Cut(pair, "=")
		key, err1 := QueryUnescape(key)
		if err1 == nil {
			value, err1 = QueryUnescape(value)
		}
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		m[key] = append(m[key], value)
	}
	return m, err
}
