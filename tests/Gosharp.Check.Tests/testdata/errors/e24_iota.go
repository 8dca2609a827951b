package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a, b = iota, iota * 10
	c, d
	e
)

const (
	x uint8 = 255 + iota
	y
)

func main() {
	var w Weekday = Monday
	_ = w
	var i int = Sunday
	_ = i
	_ = iota
	const (
		p = iota * 2
		q
	)
	var arr [q]int
	_ = arr
	_ = Thursday == 3
	const s string = Sunday
}

// ERRORS
// 16:2: extra init expr at e24_iota.go:14:20
// 21:2: cannot use 255 + iota (untyped int constant 256) as uint8 value in constant declaration (overflows)
// 27:14: cannot use Sunday (constant 0 of type Weekday) as type int in variable declaration
// 29:6: cannot use iota outside constant declaration
// 37:19: cannot use Sunday (constant 0 of type Weekday) as type string in constant declaration
