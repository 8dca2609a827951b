package main

// Short-lived objects that do not escape (issue 7): new, &T{...}, make([]T, const) and slice
// literals in a hot loop. gc keeps them in the frame; so does gosharp.

type vec struct{ x, y, z float64 }

func step(i int) float64 {
	a := &vec{float64(i), 1, 2}
	b := new(vec)
	b.x, b.y, b.z = 3, float64(i&7), 5
	a.x += b.x
	a.y += b.y
	a.z += b.z
	buf := make([]int, 8)
	for k := range buf {
		buf[k] = i + k
	}
	w := []float64{a.x, a.y, a.z}
	return w[0] + w[1] + w[2] + float64(buf[7])
}

func main() {
	t := 0.0
	for i := 0; i < 5000000; i++ {
		t += step(i)
	}
	println(int64(t))
}
