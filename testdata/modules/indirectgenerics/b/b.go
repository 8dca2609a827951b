// Package b mentions a's generic types in its own exported declarations.
package b

import "example.com/indirectgenerics/a"

type Loaders struct {
	Names *a.Loader[string, int]
}

func NewLoaders() *Loaders { return &Loaders{Names: new(a.Loader[string, int])} }

var IntBuilder = a.Builder[int]{}

var PairOf = a.Pair[string]
