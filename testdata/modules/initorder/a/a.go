package a

import "example.com/initorder/c"

var A = c.Trace("var a", c.C+"a")

func init() { println("init a") }
