package c

var C = Trace("var c", "c")

func Trace(what, v string) string { println(what, v); return v }

func init() { println("init c") }
