package main

// Integer loops: Collatz chain lengths and a multiply-xor-shift hash over a range.
func collatz(n uint64) int {
	steps := 0
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func main() {
	best, bestN := 0, uint64(0)
	for n := uint64(1); n < 1500000; n++ {
		if s := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	println("collatz", bestN, best)
	var h uint64
	var sum int64
	for i := 0; i < 20000000; i++ {
		h = mix(h + uint64(i))
		sum += int64(h%1000) - int64(i%7)*3
	}
	println("mix", h, sum)
}
