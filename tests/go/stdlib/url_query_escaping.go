// url.ParseQuery rejects ';' (Go 1.17+) and reports bad escapes; QueryEscape and
// PathEscape let through what a query component or a path segment may hold.
package main

import (
	"fmt"
	"net/url"
	"strings"
)

func main() {
	for _, q := range []string{"a;b=1&c=2", "a=1&b=%zz&c=3&d=%4", "x=%zz;&y=1", "a=1&a=2&&b=+%20+", "=v&k=&k", "k=%e4%bd%a0"} {
		v, err := url.ParseQuery(q)
		fmt.Println(v, err)
	}
	s := "a+b&c=d/e?f é;g,h:i@j$k!l'm(n)o*p~q_r.s-t%u#v[w]x{y}z\"<>\\^`|"
	fmt.Printf("%q\n%q\n", url.PathEscape(s), url.QueryEscape(s))
	for _, e := range []string{"a%2Bb+c", "%zz", "%4", "%", "caf%C3%A9", "a%2fb"} {
		p, err1 := url.PathUnescape(e)
		q, err2 := url.QueryUnescape(e)
		fmt.Printf("%q %v %q %v\n", p, err1, q, err2)
	}
	v := url.Values{"b": {"2", "x y"}, "a": {"&="}, "é": {""}}
	fmt.Println(v.Encode(), url.Values{}.Encode() == "")
	_, err := url.ParseQuery(strings.Repeat("a=1&", 10000))
	fmt.Println(err)
}
