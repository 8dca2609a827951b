// Package c reaches a's generic methods only through b.
package c

import "example.com/indirectgenerics/b"

func BuildInt() int { return b.IntBuilder.New() }
