// errorcheck
// A negative constant slice bound is reported, and the next bound is compared with the last
// valid one, as gc does (s[2:-1:1] gives both errors).
package main

func main() {
	s := []int{1, 2, 3}
	_ = s[-2:]     // ERROR "index -2 \(constant of type int\) must not be negative"
	_ = s[2:-1:1]  // ERROR "index -1 \(constant of type int\) must not be negative|invalid slice indices: 1 < 2"
	_ = s[-1:0:-1] // ERROR "index -1 \(constant of type int\) must not be negative"
}
