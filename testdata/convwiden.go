package main

// Integer conversions between every pair of sizes and signednesses, from variables (so the
// compiler cannot fold them): widening a signed value to an unsigned type zero-extends at the
// target width.

var (
	i8  int8   = -128
	i16 int16  = -32668
	i32 int32  = -2147383648
	i64 int64  = -9223372026854775807
	u8  uint8  = 255
	u16 uint16 = 64302
	u32 uint32 = 4293732729
	u64 uint64 = 18446742839141661493
)

func main() {
	println(uint8(i8), uint16(i8), uint32(i8), uint64(i8), int16(i8), int32(i8), int64(i8))
	println(uint8(i16), uint16(i16), uint32(i16), uint64(i16), int8(i16), int32(i16), int64(i16))
	println(uint8(i32), uint16(i32), uint32(i32), uint64(i32), int8(i32), int16(i32), int64(i32))
	println(uint8(i64), uint16(i64), uint32(i64), uint64(i64), int8(i64), int16(i64), int32(i64))
	println(int8(u8), int16(u8), int32(u8), int64(u8), uint16(u8), uint32(u8), uint64(u8))
	println(int8(u16), int16(u16), int32(u16), int64(u16), uint8(u16), uint32(u16), uint64(u16))
	println(int8(u32), int16(u32), int32(u32), int64(u32), uint8(u32), uint16(u32), uint64(u32))
	println(int8(u64), int16(u64), int32(u64), int64(u64), uint8(u64), uint16(u64), uint32(u64))
	x := uint16(i8)
	y := uint32(i16) + 1
	z := uint16(int8(u8)) >> 4
	println(x, y, z, x == 65408, uint32(i8) > 1000)
	var s []uint16
	for _, v := range []int8{-1, -2, 3} {
		s = append(s, uint16(v))
	}
	println(s[0], s[1], s[2])
}
