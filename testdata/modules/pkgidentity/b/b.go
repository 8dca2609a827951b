// Package b's T has its own unexported m and also a.T's, promoted: two methods of one name.
package b

import "example.com/pkgidentity/a"

type T struct{ a.T }

func (T) m() string { return "b.T.m" }

func F1(i interface{ m() string }) string { return i.m() }

func F2(i interface {
	m() string
	a.I // a's m, promoted from T's embedded a.T
}) string {
	return i.m()
}
