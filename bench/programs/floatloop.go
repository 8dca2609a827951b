package main

// Float loops: the Leibniz series for pi and a Mandelbrot set count.
func leibniz(n int) float64 {
	sum := 0.0
	sign := 1.0
	for i := 0; i < n; i++ {
		sum += sign / float64(2*i+1)
		sign = -sign
	}
	return 4 * sum
}

func mandel(size int) int {
	inside := 0
	for py := 0; py < size; py++ {
		y0 := float64(py)*2.0/float64(size) - 1.0
		for px := 0; px < size; px++ {
			x0 := float64(px)*3.0/float64(size) - 2.0
			x, y := 0.0, 0.0
			i := 0
			for ; i < 100 && x*x+y*y <= 4; i++ {
				x, y = x*x-y*y+x0, 2*x*y+y0
			}
			if i == 100 {
				inside++
			}
		}
	}
	return inside
}

func main() {
	println("pi", leibniz(40000000))
	println("mandel", mandel(800))
}
