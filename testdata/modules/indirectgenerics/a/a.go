// Package a has generic types whose methods are instantiated by packages that never import a.
package a

type Loader[K comparable, V any] struct {
	m map[K]V
}

func (l *Loader[K, V]) Load(k K) (V, bool) {
	v, ok := l.m[k]
	return v, ok
}

func (l *Loader[K, V]) Store(k K, v V) {
	if l.m == nil {
		l.m = map[K]V{}
	}
	l.m[k] = v
}

type Builder[T ~int | ~int64] struct{}

func (Builder[T]) New() T { return T(42) }

func Pair[T any](x, y T) [2]T { return [2]T{x, y} }
