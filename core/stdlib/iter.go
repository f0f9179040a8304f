// Package iter: the iterator types of range-over-func loops, as Go's (iter.Pull is not
// provided yet).
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
