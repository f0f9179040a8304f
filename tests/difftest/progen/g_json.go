// Feature group "json": encoding/json on structs with tags (omitempty, "-", string),
// maps, slices, nil and special values, MarshalIndent, and Unmarshal into structs, maps
// and any, with its errors.
package progen

import "fmt"

var jsonFeatures = []Feature{
	{"marshal", jsonMarshal},
	{"unmarshal", jsonUnmarshal},
	{"values", jsonValues},
}

func (f *Func) jsonType() string {
	name := f.P.Fresh("Rec")
	f.P.Decl(fmt.Sprintf(`type %s struct {
	ID      int               `+"`json:\"id\"`"+`
	Name    string            `+"`json:\"name,omitempty\"`"+`
	Score   float64           `+"`json:\"score\"`"+`
	Tags    []string          `+"`json:\"tags\"`"+`
	Meta    map[string]int    `+"`json:\"meta,omitempty\"`"+`
	Secret  string            `+"`json:\"-\"`"+`
	Count   int64             `+"`json:\"count,string\"`"+`
	Inner   *%s               `+"`json:\"inner,omitempty\"`"+`
	private int
	Plain   bool
}`, name, name))
	return name
}

func jsonMarshal(f *Func) {
	js := f.P.Import("encoding/json")
	typ := f.jsonType()
	v := f.Fresh("r")
	f.Linef("%s := %s{ID: %d, Name: %s, Score: %s, Count: %d, Secret: \"s\", private: 1}", v, typ, f.R.Range(-9, 99), f.StringLit(), Pick(f.R, []string{"0", "1.5", "1e21", "1e-7", "-0.0", "100", "123456789.125"}), f.R.Range(-5, 5))
	if f.R.Chance(50) {
		f.Linef("%s.Tags = []string{%s, %s}", v, f.StringLit(), f.StringLit())
	}
	if f.R.Chance(50) {
		f.Linef("%s.Meta = map[string]int{\"z\": 1, \"a\": 2, %s: 3}", v, Pick(f.R, mapKeyLits[3:]))
	}
	if f.R.Chance(40) {
		f.Linef("%s.Inner = &%s{ID: 2, Tags: []string{}}", v, typ)
	}
	b, err := f.Fresh("b"), f.Fresh("err")
	f.Linef("%s, %s := %s.Marshal(%s)", b, err, js, v)
	f.Println("string("+b+")", err)
	if f.R.Chance(50) {
		f.Linef("%s, %s = %s.MarshalIndent(%s, %q, %q)", b, err, js, v, Pick(f.R, []string{"", ">"}), Pick(f.R, []string{"  ", "\t", ""}))
		f.Println("string("+b+")", err)
	}
}

var jsonInputs = []string{
	`{"id": 7, "name": "x", "score": 2.5, "tags": ["a", "b"], "meta": {"k": 1}, "count": "12"}`,
	`{"id": 1.5}`, `{"id": "1"}`, `{"name": null, "tags": null}`, `{"ID": 3, "NAME": "upper"}`,
	`{"id": 1, "extra": true}`, `[1, 2]`, `{"id": 1,}`, `{"count": 5}`, `{"score": 1e400}`,
	`{"inner": {"id": 9, "inner": {"id": 10}}}`, ``, `{"name": "\u00e9\ud83d\ude00\n"}`, `{"tags": ["x", 1]}`,
}

func jsonUnmarshal(f *Func) {
	js := f.P.Import("encoding/json")
	typ := f.jsonType()
	v, err := f.Fresh("r"), f.Fresh("err")
	in := Pick(f.R, jsonInputs)
	f.Linef("var %s %s", v, typ)
	f.Linef("%s := %s.Unmarshal([]byte(%q), &%s)", err, js, in, v)
	f.Printf("%v %d %q %v %v %v %d", err, v+".ID", v+".Name", v+".Score", v+".Tags", v+".Meta", v+".Count")
	f.Println(v+".Inner != nil", v+".Inner != nil && "+v+".Inner.Inner != nil")
	a, err2 := f.Fresh("a"), f.Fresh("err")
	f.Linef("var %s any", a)
	f.Linef("%s := %s.Unmarshal([]byte(%q), &%s)", err2, js, Pick(f.R, jsonInputs), a)
	f.Printf("%v %v %T", err2, a, a)
	m, err3 := f.Fresh("m"), f.Fresh("err")
	f.Linef("var %s map[string]any", m)
	f.Linef("%s := %s.Unmarshal([]byte(%q), &%s)", err3, js, Pick(f.R, jsonInputs), m)
	f.Println(err3, m, "len("+m+")")
	f.Println(js + ".Valid([]byte(" + fmt.Sprintf("%q", Pick(f.R, jsonInputs)) + "))")
}

func jsonValues(f *Func) {
	js := f.P.Import("encoding/json")
	vals := []string{
		"nil", "[]int(nil)", "[]int{}", "map[string]int(nil)", `map[int]string{2: "b", -1: "a", 10: "c"}`,
		`"<a&b>"`, `"\xff\xfe"`, "\"\\u2028\"", "[]byte(\"hi\")", "1e21", "1e20", "-0.0", "float32(0.1)", "uint64(1 << 63)",
		"[2]bool{true}", "struct{ A int; b int }{1, 2}", `map[string]any{"n": nil, "f": 1.5, "s": []any{1, "x"}}`,
		"'x'", "int8(-5)", "3.0", "1e-7", "123456789.0",
	}
	for k := f.R.Range(2, 4); k > 0; k-- {
		b, err := f.Fresh("b"), f.Fresh("err")
		f.Linef("%s, %s := %s.Marshal(%s)", b, err, js, Pick(f.R, vals))
		f.Println("string("+b+")", err)
	}
	m := f.P.Import("math")
	b, err := f.Fresh("b"), f.Fresh("err")
	f.Linef("%s, %s := %s.Marshal(%s)", b, err, js, Pick(f.R, []string{m + ".NaN()", m + ".Inf(1)", "func() {}", "make(chan int)"}))
	f.Println("string("+b+")", err)
}
