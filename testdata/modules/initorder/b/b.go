package b

import "example.com/initorder/c"

var B = c.Trace("var b", c.C+"b")

func init() { println("init b") }
