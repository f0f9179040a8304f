// Original tests: fixedbugs/issue34395.go (var test = [100 * 1024 * 1024]byte{42}) and
// fixedbugs/issue20780b.go (functions passing/returning [2e6]int arrays).
// A global array of >= 64 MiB, or a function result of 2e6 ints (16 MB), crashes
// goroscope with SIGSEGV instead of running (or failing with the heap-limit error, 125).
// Go prints:        0
//                   5
// goroscope:        Segmentation fault (exit 139); each of the two parts alone crashes too
// (a 32 MiB global array and a [1000000]int result work).

package main

import "fmt"

var big [64 << 20]byte

type Big = [2000000]int

func f() (x Big) {
	x[5] = 5
	return
}

func main() {
	fmt.Println(big[0])
	x := f()
	fmt.Println(x[5])
}
