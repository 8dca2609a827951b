package strconv

// nat is an arbitrary-precision natural number, 32-bit limbs, least significant first, no
// leading zero limbs. Float conversions use it for exact arithmetic: they are correct for every
// input, at the price of speed.
type nat []uint32

func natFromUint64(v uint64) nat {
	var z nat
	for v != 0 {
		z = append(z, uint32(v))
		v >>= 32
	}
	return z
}

func (z nat) norm() nat {
	for len(z) > 0 && z[len(z)-1] == 0 {
		z = z[:len(z)-1]
	}
	return z
}

// mulAdd is z×m + a.
func (z nat) mulAdd(m, a uint32) nat {
	carry := uint64(a)
	r := make(nat, len(z), len(z)+1)
	for i, d := range z {
		t := uint64(d)*uint64(m) + carry
		r[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		r = append(r, uint32(carry))
	}
	return r.norm()
}

// mulPow10 is z×10^k.
func (z nat) mulPow10(k int) nat {
	for k >= 9 {
		z = z.mulAdd(1000000000, 0)
		k -= 9
	}
	if k > 0 {
		p := uint32(1)
		for ; k > 0; k-- {
			p *= 10
		}
		z = z.mulAdd(p, 0)
	}
	return z
}

// shl is z×2^k.
func (z nat) shl(k uint) nat {
	if len(z) == 0 {
		return z
	}
	words, bits := int(k/32), k%32
	r := make(nat, len(z)+words+1)
	for i, d := range z {
		r[i+words] |= d << bits
		if bits != 0 {
			r[i+words+1] = d >> (32 - bits)
		}
	}
	return r.norm()
}

// shr is z / 2^k (truncated), and whether the bits shifted out were not all zero.
func (z nat) shr(k uint) (nat, bool) {
	words, bits := int(k/32), k%32
	if words >= len(z) {
		return nil, len(z) > 0
	}
	sticky := false
	for i := 0; i < words; i++ {
		if z[i] != 0 {
			sticky = true
		}
	}
	if bits != 0 && z[words]<<(32-bits) != 0 {
		sticky = true
	}
	r := make(nat, len(z)-words)
	for i := range r {
		r[i] = z[i+words] >> bits
		if bits != 0 && i+words+1 < len(z) {
			r[i] |= z[i+words+1] << (32 - bits)
		}
	}
	return r.norm(), sticky
}

func (z nat) cmp(y nat) int {
	if len(z) != len(y) {
		if len(z) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(z) - 1; i >= 0; i-- {
		if z[i] != y[i] {
			if z[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (z nat) add(y nat) nat {
	if len(z) < len(y) {
		z, y = y, z
	}
	r := make(nat, len(z)+1)
	var carry uint64
	for i := range z {
		t := uint64(z[i]) + carry
		if i < len(y) {
			t += uint64(y[i])
		}
		r[i] = uint32(t)
		carry = t >> 32
	}
	r[len(z)] = uint32(carry)
	return r.norm()
}

// sub is z - y, for z >= y.
func (z nat) sub(y nat) nat {
	r := make(nat, len(z))
	var borrow int64
	for i := range z {
		t := int64(z[i]) - borrow
		if i < len(y) {
			t -= int64(y[i])
		}
		borrow = 0
		if t < 0 {
			t += 1 << 32
			borrow = 1
		}
		r[i] = uint32(t)
	}
	return r.norm()
}

// bitLen is the number of bits of z.
func (z nat) bitLen() int {
	if len(z) == 0 {
		return 0
	}
	n := (len(z) - 1) * 32
	for top := z[len(z)-1]; top != 0; top >>= 1 {
		n++
	}
	return n
}

// divDigit returns z / y (which must be below 10) and the remainder.
func (z nat) divDigit(y nat) (int, nat) {
	q := 0
	for z.cmp(y) >= 0 {
		z = z.sub(y)
		q++
	}
	return q, z
}

// low64 is the low 64 bits of z.
func (z nat) low64() uint64 {
	var v uint64
	if len(z) > 0 {
		v = uint64(z[0])
	}
	if len(z) > 1 {
		v |= uint64(z[1]) << 32
	}
	return v
}
