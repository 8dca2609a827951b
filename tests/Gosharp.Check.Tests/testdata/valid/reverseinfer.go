// go1.22: generic functions used as function values are instantiated from the target type (Go 1.21).
package main

import "sort"

func Identity[T any](x T) T { return x }

func Compare[T int | string](a, b T) int {
	if a < b {
		return -1
	}
	return 1
}

func SortFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	sort.Slice(s, func(i, j int) bool { return cmp(s[i], s[j]) < 0 })
}

func Apply(f func(int) int) int { return f(1) }

func mk() func(string) string { return Identity }

func main() {
	var f func(int) int = Identity
	_ = f
	g := Identity[string]
	_ = g
	SortFunc([]int{3, 1}, Compare)
	_ = Apply(Identity)
	var h func(float64) float64
	h = Identity
	_ = h
	_ = mk()
}
