// Tests type switches: single and multiple types per case, nil case, default, and interface cases.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		return fmt.Sprintf("%.1f degrees", float64(x)+0.05)
	case float64:
		return fmt.Sprint("float ", x*2)
	case *MyErr:
		if x == nil {
			return "typed nil *MyErr"
		}
		return "my error " + x.Error()
	case error:
		return "some error: " + x.Error()
	case []int:
		return fmt.Sprint("slice sum ", sum(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var nilErr *MyErr
	vals := []interface{}{nil, 3, int64(4), "héllo", true, false, Celsius(21.5), 2.5,
		&MyErr{7}, errors.New("plain"), []int{1, 2, 3}, func() int { return 9 },
		uint(1), map[string]int{}, nilErr}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error interface")
	}
	switch v := interface{}(Celsius(3)).(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v)
	default:
		fmt.Printf("default %T\n", v)
	}
}
