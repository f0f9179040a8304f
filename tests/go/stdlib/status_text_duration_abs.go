// Tests the full table of HTTP status texts and Duration.Abs at the most negative value.
package main

import (
	"fmt"
	"net/http"
	"time"
)

func main() {
	fmt.Println(http.StatusText(418), http.StatusTeapot, http.StatusText(http.StatusNetworkAuthenticationRequired), http.StatusText(999) == "")
	fmt.Println(time.Duration(-1<<63).Abs(), time.Duration(-5).Abs(), time.Duration(7).Abs())
}
