package main

// A map of a million entries: insert, look up, delete half, iterate summing, len.

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	println("len after insert:", len(m))
	found, missing := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i*7]; ok {
			if v != i {
				println("wrong value at", i*7, v)
				return
			}
			found++
		} else {
			missing++
		}
	}
	println("found:", found, "missing:", missing)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	println("len after delete:", len(m))
	sumK, sumV, count := 0, 0, 0
	for k, v := range m {
		if k != v*7 || v%2 == 0 {
			println("bad entry", k, v)
			return
		}
		sumK += k
		sumV += v
		count++
	}
	println("iterated:", count, "sum of keys:", sumK, "sum of values:", sumV)
	if _, ok := m[0]; ok {
		println("deleted key present")
	}
	if m[7] != 1 {
		println("m[7] =", m[7])
	}
	// Reinsert the deleted half with new values, then clear by deleting everything.
	for i := 0; i < n; i += 2 {
		m[i*7] = -i
	}
	println("len after reinsert:", len(m), "m[14] =", m[14])
	for k := range m {
		delete(m, k)
	}
	println("len after deleting all:", len(m))
}
