// Tests JSON-like encoder/pretty printer over interface{} trees via recursive type switches, with sorted keys and escaping.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Marshaler interface {
	MarshalText() (string, error)
}

type Point struct{ X, Y int }

func (p Point) MarshalText() (string, error) { return fmt.Sprintf("%d,%d", p.X, p.Y), nil }

type Broken struct{}

func (Broken) MarshalText() (string, error) { return "", errors.New("broken marshaler") }

func encode(sb *strings.Builder, v interface{}, indent string, depth int) error {
	pad := strings.Repeat(indent, depth)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case Marshaler:
		s, err := x.MarshalText()
		if err != nil {
			return fmt.Errorf("marshal %T: %w", x, err)
		}
		sb.WriteString(strconv.Quote(s))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return nil
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + indent)
			if err := encode(sb, e, indent, depth+1); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + indent + strconv.Quote(k) + ": ")
			if err := encode(sb, x[k], indent, depth+1); err != nil {
				return fmt.Errorf(".%s: %w", k, err)
			}
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		return fmt.Errorf("unsupported type %T", v)
	}
	return nil
}

func Marshal(v interface{}) (string, error) {
	var sb strings.Builder
	err := encode(&sb, v, "  ", 0)
	return sb.String(), err
}

func main() {
	doc := map[string]interface{}{
		"name":    "gopher \"G\"",
		"age":     13,
		"score":   97.5,
		"tags":    []interface{}{"a", 1, true, nil, 1e21},
		"nested":  map[string]interface{}{"z": []interface{}{}, "a": map[string]interface{}{"deep": "ünï"}},
		"point":   Point{3, -4},
		"enabled": false,
	}
	s, err := Marshal(doc)
	fmt.Println(s)
	fmt.Println("err:", err)
	_, err = Marshal(map[string]interface{}{"list": []interface{}{1, map[string]interface{}{"bad": Broken{}}}})
	fmt.Println("err:", err)
	_, err = Marshal([]interface{}{int8(1)})
	fmt.Println("err:", err)
}
