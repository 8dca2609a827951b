package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	var i8 int8 = 127
	i8++
	println("int8 wrap", i8)
	var u8 uint8 = 0
	u8--
	println("uint8 wrap", u8)
	var i16 int16 = -32768
	i16 = -i16
	println("int16 neg", i16)
	var u32 uint32 = 1 << 31
	u32 *= 2
	println("uint32 mul", u32)
	var i64 int64 = 9223372036854775807
	i64++
	println("int64 wrap", i64)

	q, r := divmod(17, 5)
	println("17/5", q, r)
	q, r = divmod(-17, 5)
	println("-17/5", q, r)
	q, r = divmod(17, -5)
	println("17/-5", q, r)

	x := 1
	var s uint = 70
	println("shifts", x<<3, x<<s, -8>>1, -8>>s, uint64(1)<<63>>62)
	var m int64 = -9223372036854775808
	var neg1 int64 = -1
	println("minint/-1", m/neg1, m%neg1)

	a, b := 12, 10
	println("bits", a&b, a|b, a^b, a&^b, ^a)
	println("cmp", a < b, a > b, a == 12 && b == 10, a != 12 || b != 10, !(a < b))
	var u uint = 3
	var big uint = 18446744073709551615
	println("unsigned", big/u, big%7, big > u)
	c := 'A' + 2
	println("rune", c)
	const k = 1 << 40
	println("const", k>>30, k/3)
	var bb byte = 200
	println("byte arith", bb+100, int(bb)+100)
}
