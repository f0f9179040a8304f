// http.CanonicalHeaderKey canonicalizes keys made of token characters only; a key with
// another byte (a space, non-ASCII, a colon) is returned unchanged, as are header
// lookups through it.
package main

import (
	"fmt"
	"net/http"
)

func main() {
	for _, k := range []string{"x y", "content-type", "CONTENT-TYPE", "a_b", "ü-x", "x-forwarded-for", "-x-", "a--b", "x:y", "1st-key", "", "accept-encoding", "WWW-authenticate", "x.y|z~w"} {
		fmt.Printf("%q ", http.CanonicalHeaderKey(k))
	}
	fmt.Println()
	h := http.Header{}
	h.Set("my key", "1")
	h.Add("my-key", "2")
	fmt.Println(h, h.Get("my key"), h.Get("My-Key"))
}
