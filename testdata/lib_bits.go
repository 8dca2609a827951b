package main

import "math/bits"

type checksum uint64

func (c *checksum) add(v uint64) { *c = (*c)*1099511628211 ^ checksum(v+0x9e3779b9) }

var seed uint64 = 0x243F6A8885A308D3

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	// Mix in values with runs of zeros and ones too.
	switch seed % 7 {
	case 0:
		return seed >> (seed % 64)
	case 1:
		return seed << (seed % 64)
	case 2:
		return uint64(seed % 5)
	}
	return seed
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func divCatch(hi, lo, y uint64) (q, r uint64, msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = e.(error).Error()
		}
	}()
	q, r = bits.Div64(hi, lo, y)
	return
}

func main() {
	var c checksum
	for i := 0; i < 20000; i++ {
		x, y, z := next(), next(), next()
		c.add(uint64(bits.LeadingZeros64(x)))
		c.add(uint64(bits.LeadingZeros32(uint32(x))))
		c.add(uint64(bits.LeadingZeros16(uint16(x))))
		c.add(uint64(bits.LeadingZeros8(uint8(x))))
		c.add(uint64(bits.LeadingZeros(uint(x))))
		c.add(uint64(bits.TrailingZeros64(x)))
		c.add(uint64(bits.TrailingZeros32(uint32(x))))
		c.add(uint64(bits.TrailingZeros16(uint16(x))))
		c.add(uint64(bits.TrailingZeros8(uint8(x))))
		c.add(uint64(bits.TrailingZeros(uint(x))))
		c.add(uint64(bits.OnesCount64(x) + bits.OnesCount32(uint32(x)) + bits.OnesCount16(uint16(x)) + bits.OnesCount8(uint8(x)) + bits.OnesCount(uint(x))))
		c.add(uint64(bits.Len64(x)*1000 + bits.Len32(uint32(x)) + bits.Len16(uint16(x)) + bits.Len8(uint8(x)) + bits.Len(uint(x))))
		k := int(y%200) - 100
		c.add(bits.RotateLeft64(x, k))
		c.add(uint64(bits.RotateLeft32(uint32(x), k)))
		c.add(uint64(bits.RotateLeft16(uint16(x), k)))
		c.add(uint64(bits.RotateLeft8(uint8(x), k)))
		c.add(uint64(bits.RotateLeft(uint(x), k)))
		c.add(bits.Reverse64(x))
		c.add(uint64(bits.Reverse32(uint32(x))) ^ uint64(bits.Reverse16(uint16(x))) ^ uint64(bits.Reverse8(uint8(x))) ^ uint64(bits.Reverse(uint(x))))
		c.add(bits.ReverseBytes64(x))
		c.add(uint64(bits.ReverseBytes32(uint32(x))) ^ uint64(bits.ReverseBytes16(uint16(x))) ^ uint64(bits.ReverseBytes(uint(x))))
		s, co := bits.Add64(x, y, z&1)
		c.add(s)
		c.add(co)
		s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(z&1))
		c.add(uint64(s32)<<1 | uint64(co32))
		su, cu := bits.Add(uint(x), uint(y), uint(z&1))
		c.add(uint64(su) ^ uint64(cu))
		d, bo := bits.Sub64(x, y, z&1)
		c.add(d)
		c.add(bo)
		d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(z&1))
		c.add(uint64(d32)<<1 | uint64(bo32))
		du, bu := bits.Sub(uint(x), uint(y), uint(z&1))
		c.add(uint64(du) ^ uint64(bu))
		hi, lo := bits.Mul64(x, y)
		c.add(hi)
		c.add(lo)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		c.add(uint64(h32)<<32 | uint64(l32))
		hu, lu := bits.Mul(uint(x), uint(y))
		c.add(uint64(hu) ^ uint64(lu))
		if z != 0 {
			c.add(bits.Rem64(x, y, z))
			c.add(uint64(bits.Rem32(uint32(x), uint32(y), uint32(z)|1)))
			c.add(uint64(bits.Rem(uint(x), uint(y), uint(z))))
			if x < z {
				q, r := bits.Div64(x, y, z)
				c.add(q)
				c.add(r)
				qu, ru := bits.Div(uint(x), uint(y), uint(z))
				c.add(uint64(qu) ^ uint64(ru))
			}
			if uint32(x) < uint32(z) {
				q32, r32 := bits.Div32(uint32(x), uint32(y), uint32(z))
				c.add(uint64(q32)<<32 | uint64(r32))
			}
		}
	}
	println(uint64(c))
	println(bits.UintSize, bits.LeadingZeros64(0), bits.TrailingZeros64(0), bits.TrailingZeros8(0), bits.Len(0))
	println(bits.RotateLeft8(0x81, -1), bits.RotateLeft64(1, 64), bits.Reverse8(1), bits.ReverseBytes16(0x1234))
	q, r, msg := divCatch(1, 0, 1)
	println(q, r, msg)
	q, r, msg = divCatch(0, 7, 0)
	println(q, r, msg)
	q, r, msg = divCatch(1, 5, 3)
	println(q, r, msg)
	q, r, msg = divCatch(1<<63, 12345, 1<<63+1)
	println(q, r, msg)
}
