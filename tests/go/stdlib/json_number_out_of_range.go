// A JSON number out of float64's range (1e400): Go reports an UnmarshalTypeError (and
// json.Valid accepts the text: it is valid JSON); goroscope reports a syntax error and
// json.Valid rejects it.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"encoding/json"
	"fmt"
)

type Rec struct {
	Score float64 `json:"score"`
}

func main() {
	var r Rec
	fmt.Println(json.Unmarshal([]byte(`{"score": 1e400}`), &r), r.Score)
	var a any
	fmt.Println(json.Unmarshal([]byte(`{"score": 1e400}`), &a), a)
	fmt.Println(json.Valid([]byte(`{"score": 1e400}`)))
}
