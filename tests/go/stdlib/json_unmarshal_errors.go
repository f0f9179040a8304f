// json.Unmarshal errors as Go's: a value of the wrong kind names only the kind, a number
// that does not fit names it, struct fields are named by their path, and ",string"
// fields take quoted literals (misuses are errors, some of them stop decoding).
package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct {
	V uint8 `json:"v"`
}

type Embedded struct {
	E int
}

type Rec struct {
	Tags  []string `json:"tags"`
	Count int64    `json:"count,string"`
	N     int8
	Ok    bool  `json:",string"`
	P     *int  `json:"p,string"`
	S     string `json:"s,string"`
	In    Inner `json:"in"`
	M     map[string]Inner
	Embedded
}

func main() {
	for _, in := range []string{
		`{"tags": ["x", 1]}`, `{"count": 5}`, `{"count": "6"}`, `{"N": 300}`, `{"N": "x"}`, `{"N": -128}`,
		`{"N": 1.5}`, `{"in": {"v": 256}}`, `{"in": {"v": true}}`, `{"M": {"k": {"v": -1}}}`, `{"E": "e"}`,
		`{"Ok": "true"}`, `{"Ok": "yes"}`, `{"Ok": true}`, `{"p": "7"}`, `{"p": null}`, `{"p": "null"}`,
		`{"count": "x1"}`, `{"count": "1x"}`, `{"count": ""}`, `{"count": "nil"}`, `{"s": "\"q\""}`, `{"s": "q"}`,
		`{"s": "\"q"}`, `{"count": "7", "N": 1000, "tags": {}}`, `{"tags": "x", "N": 1000}`, `{"in": [1]}`,
	} {
		var r Rec
		err := json.Unmarshal([]byte(in), &r)
		p := "nil"
		if r.P != nil {
			p = fmt.Sprint(*r.P)
		}
		fmt.Printf("%s\n  %v\n  %v %v %v %v %s %q %v %v %v\n", in, err, r.Tags, r.Count, r.N, r.Ok, p, r.S, r.In, r.M, r.E)
	}
	var xs []int
	fmt.Println(json.Unmarshal([]byte(`[1, "2", 3, 4e1]`), &xs), xs)
	var m map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"1": "a", "x": "b"}`), &m), len(m))
}
