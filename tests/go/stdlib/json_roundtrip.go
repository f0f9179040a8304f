// Tests encoding/json: Marshal of structs with tags/omitempty/-, maps (sorted keys), slices, pointers, HTML escaping, float formats; Unmarshal into structs, slices, maps and interface{}; error texts.
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Email   string            `json:"email,omitempty"`
	Tags    []string          `json:"tags"`
	Addr    *Address          `json:"address,omitempty"`
	Meta    map[string]any    `json:"meta"`
	private int
	Score   float64 `json:"score"`
	Skip    string  `json:"-"`
}

func main() {
	p := Person{Name: "Ann", Age: 30, Tags: []string{"a", "b"}, Addr: &Address{City: "Oslo"}, Meta: map[string]any{"k": 1, "b": true}, Score: 1.5}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var q Person
	err = json.Unmarshal(b, &q)
	fmt.Println(err, q.Name, q.Age, q.Tags, q.Addr.City, q.Meta["k"], q.Score)
	var any1 any
	json.Unmarshal([]byte(`{"x":[1,"two",true,null],"y":{"z":2.5}}`), &any1)
	fmt.Println(any1)
	b, _ = json.MarshalIndent(map[string]int{"b": 2, "a": 1}, "", "  ")
	fmt.Println(string(b))
	var nums []int
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3]`), &nums), nums)
	fmt.Println(json.Unmarshal([]byte(`{"age": "old"}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{bad`), &q))
	m := map[string][]int{}
	fmt.Println(json.Unmarshal([]byte(`{"a":[1],"b":[2,3]}`), &m), m)
	b, _ = json.Marshal([]any{1, "x<y>", nil, 2.5e-7, 1e21, map[int]string{2: "two", 1: "one"}})
	fmt.Println(string(b))
}
