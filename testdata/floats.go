package main

func avg(a, b float64) float64 {
	return (a + b) / 2
}

func main() {
	x := 1.5
	y := 2.25
	println(x, y, x+y, x-y, x*y, x/y, avg(x, y))
	var f32 float32 = 1.0 / 3.0
	println(f32, float64(f32))
	z := 0.0
	println(1/z, -1/z, z/z, -z)
	println(x < y, x > y, x == 1.5, x != y, x <= 1.5, y >= 3)
	nan := z / z
	println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	i := 7
	p, q := 3.99, -3.99
	println(float64(i)/2, int(p), int(q), int64(y*100), uint8(200.0))
	big := 1e300
	println(big*10, -big*10, 1e-320, 123456789.0, 0.1+0.2)
	var u uint64 = 18446744073709551615
	println(float64(u), float32(u))
	println(float32(0.1), float64(float32(0.1)))
	s := 0.0
	for k := 1; k <= 10; k++ {
		s += 1 / float64(k)
	}
	println("harmonic", s)
}
