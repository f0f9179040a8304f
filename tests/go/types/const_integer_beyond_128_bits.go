// Untyped integer constants wider than 128 bits whose final value fits (the spec asks
// for at least 256 bits; gc keeps 512): goroscope rejects such a literal, and arithmetic
// whose intermediate result needs them. (9223372036854775807 * 4 / 8 works: 128 bits are enough.)
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import "fmt"

func main() {
	const c = 404252177602842256358068061045651057520
	fmt.Println(c>>100, c%1000)
	fmt.Println((12 + ((8635927529780284408 ^ 706192224086878656492) * 165182169087521108149)) % 97)
	fmt.Println(9223372036854775807 * 4 / 8)
}
