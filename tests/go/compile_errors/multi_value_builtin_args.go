// errorcheck
// A multiple-value call as the whole argument list of a builtin is valid Go (gc accepts
// copy(f()) and println(g())) that goroscope does not support: it says so, at the call.
// A call with no value, or several values where one is needed, is Go's error.
package main

func two() ([]int, []int) { return nil, nil }
func pair() (int, string) { return 1, "a" }
func none()               {}

func main() {
	copy(two())     // ERROR "multiple-value call as the arguments of built-in copy \(two\(\)\) is not supported"
	println(pair()) // ERROR "multiple-value call as the arguments of built-in println \(pair\(\)\) is not supported"
	print(pair())   // ERROR "built-in print \(pair\(\)\) is not supported"
	println(none()) // ERROR "none\(\) \(no value\) used as value"
	_ = len(pair()) // ERROR "multiple-value pair\(\) \(value of type \(int, string\)\) in single-value context"
}
