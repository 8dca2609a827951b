package main

// An unrecovered panic prints its value as gc does: defined basic types as conversions, complex
// numbers in parentheses, each panic raised while the previous ones ran their defers on its own line.

type MyInt int
type MyStr string
type MyFloat float64
type MyBool bool

func main() {
	defer func() { panic(MyBool(true)) }()
	defer func() { panic(MyFloat(2.5)) }()
	defer func() { panic(MyStr("b")) }()
	defer func() { panic(complex(1, 2)) }()
	defer func() { panic(uint8(200)) }()
	panic(MyInt(7))
}
