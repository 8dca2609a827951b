package main

// A constant with a declared type keeps that type when its value is in error: later
// uses still mismatch other types (and its value is unknown, so nothing else is reported).
const (
	c0 int8  = 1
	c1 myint = 1 << 70
	c2       = c1 / c0
	c3       = c1 + 1
)

type myint int

func main() {}

// ERRORS
// 7:13: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as myint value in constant declaration (overflows)
// 8:13: invalid operation: c1 / c0 (mismatched types myint and int8)
