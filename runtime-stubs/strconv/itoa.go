// Package strconv converts between strings and basic data types: integers, floats, booleans,
// and quoted Go string and rune literals.
package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// IntSize is the size in bits of an int or uint value.
const IntSize = 32 << (^uint(0) >> 63)

// FormatUint is i in the given base (2 to 36), with lower-case letters for digits >= 10.
func FormatUint(i uint64, base int) string {
	return string(appendBits(nil, i, base, false))
}

// FormatInt is i in the given base (2 to 36), with lower-case letters for digits >= 10.
func FormatInt(i int64, base int) string {
	if i < 0 {
		return string(appendBits(nil, uint64(-i), base, true))
	}
	return string(appendBits(nil, uint64(i), base, false))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendBits(dst, uint64(-i), base, true)
	}
	return appendBits(dst, uint64(i), base, false)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendBits(dst, i, base, false)
}

// appendBits appends u in base, with a minus sign when neg (u is then the magnitude).
func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base") // gc's message, whatever the function

	}
	var buf [65]byte // 64 binary digits and a sign
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digits[u-q*b]
		u = q
	}
	i--
	buf[i] = digits[u]
	if neg {
		i--
		buf[i] = '-'
	}
	return append(dst, buf[i:]...)
}
