// Packages are initialized dependencies first. Among independent imports, gc 1.19 follows the
// import order in the source, Go 1.21 and later (and gosharp, which implements Go 1.22) the import
// path order; this program imports in path order, where the two agree.
package main

import (
	"example.com/initorder/a"
	"example.com/initorder/b"
)

var m = trace("var main", a.A+b.B)

func trace(what, v string) string { println(what, v); return v }

func init() { println("init main", m) }

func main() { println("main") }
