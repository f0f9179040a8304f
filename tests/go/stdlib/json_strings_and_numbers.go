// encoding/json scanning as Go: \u surrogate pairs join into one rune (a lone one is
// U+FFFD, as are invalid UTF-8 bytes), the number grammar and its syntax errors, and
// numbers out of float64's range (valid JSON, an UnmarshalTypeError).
package main

import (
	"encoding/json"
	"fmt"
)

type Rec struct {
	Score float64 `json:"score"`
	F32   float32
}

func main() {
	for _, in := range []string{`"\ud83d\ude00 \u00e9 \ud800x"`, `"\udc00\ud83d"`, `"\ud83d\u0041"`, "\"a\xffb\"", `"\u12G4"`, `"\q"`, `"\ud83d\u12"`} {
		var s string
		err := json.Unmarshal([]byte(in), &s)
		fmt.Printf("%q %v\n", s, err)
	}
	for _, in := range []string{`0`, `-0.5e+3`, `01`, `-`, `-x`, `1.`, `1.e5`, `1e`, `1e+`, `1ex`, `.5`, `+1`, `[1,2.5e-3,-0]`, `{"a":01}`, `1E400`} {
		var v any
		err := json.Unmarshal([]byte(in), &v)
		fmt.Println(in, v, err, json.Valid([]byte(in)))
	}
	var r Rec
	fmt.Println(json.Unmarshal([]byte(`{"score": 1e400}`), &r), r.Score)
	fmt.Println(json.Unmarshal([]byte(`{"F32": 1e39}`), &r), r.F32)
	var a any
	fmt.Println(json.Unmarshal([]byte(`{"score": 1e400, "x": [1, -1e999]}`), &a), a)
	fmt.Println(json.Valid([]byte(`{"score": 1e400}`)))
}
