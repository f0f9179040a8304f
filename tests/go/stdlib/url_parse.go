// url.Parse as Go: decoded Path and Fragment with RawPath/RawFragment, String and
// RequestURI re-encoding, Hostname of IPv6 literals, opaque URLs, userinfo, and the
// errors for bad ports, hosts, escapes and IP literals; ParseRequestURI's stricter rules.
package main

import (
	"fmt"
	"net/url"
)

func show(raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	pw, hasPw := u.User.Password()
	fmt.Printf("%q %q %q %q %q %q %q %q | %q %q %q %q %v %v %v %q %q\n", u.Scheme, u.Opaque, u.User.Username(), pw, u.Host, u.Hostname(), u.Port(), u.Path,
		u.RawPath, u.RawQuery, u.Fragment, u.RawFragment, hasPw, u.ForceQuery, u.IsAbs(), u.String(), u.RequestURI())
}

func main() {
	for _, raw := range []string{
		"https://example.com:8443/a/b%2Fc/../d?x=1#frag%21",
		"http://例え.jp/パス",
		"http://[::1]:80/ipv6",
		"http://[fe80::1%25en0]:8080/zone",
		"mailto:someone@example.com",
		"http://user:p%40ss@host/p?",
		"http://us%65r@host",
		"file:///etc/hosts",
		"/relative/path?q=a+b#top",
		"rel/a b",
		"//example.org/x",
		"*",
		"http://h/a%20b%2F?x#a%20b",
		"http://h/!$&'()*+,;=:@",
		"HTTP://H.COM/CAPS",
		"http://host:port/",
		"http://a b.com/",
		"http://x.com/%zz",
		"http://x.com/%2",
		"http://[::1",
		"http://[1.2.3.4]/",
		"http://x[::1]/",
		"http://[::1x]/",
		"http://[1:2:3:4:5:6:7:8:9]/",
		"http://[1::2::3]/",
		"http://[12345::]/",
		"http://[::ffff:1.2.3.04]/",
		"http://[fe80::1%25]/",
		"http://h%41/",
		"http://1:2:3/",
		"ftp://1:2:3/",
		":no-scheme",
		"a:b/c",
		"1a:b",
		"x/y:z",
		"http://h/\x7f",
		"http://user@@host/",
		"http://us er@host/",
	} {
		show(raw)
	}
	for _, raw := range []string{"?only=query", "/p?q", "http://h/p#f", "rel", "", "*", "//h/p"} {
		u, err := url.ParseRequestURI(raw)
		if err != nil {
			fmt.Println(u, err)
		} else {
			fmt.Printf("%q %q %q %q\n", u.Host, u.Path, u.Fragment, u.RequestURI())
		}
	}
	u := &url.URL{Scheme: "https", Host: "h", Path: "a b/c?d", RawQuery: "x=1", Fragment: "f g"}
	fmt.Println(u, u.EscapedPath(), u.EscapedFragment())
	u = &url.URL{Path: "a:b"}
	fmt.Println(u, &url.URL{Scheme: "http", Path: "/p", OmitHost: true}, &url.URL{Host: "h", Path: "p"}, &url.URL{Scheme: "s", Opaque: "//o", RawQuery: "q"})
	fmt.Println(url.UserPassword("a b", "c:d@"), url.User("x/y"))
}
