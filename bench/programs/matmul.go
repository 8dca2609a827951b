package main

// Matrix multiply on global arrays of float64.
const N = 200

var a, b, c [N][N]float64

func main() {
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			a[i][j] = float64(i*N+j) / float64(N*N)
			b[i][j] = float64(j*N+i) / float64(N*N)
		}
	}
	for r := 0; r < 6; r++ {
		for i := 0; i < N; i++ {
			for j := 0; j < N; j++ {
				s := 0.0
				for k := 0; k < N; k++ {
					s += a[i][k] * b[k][j]
				}
				c[i][j] = s
			}
		}
	}
	tr := 0.0
	for i := 0; i < N; i++ {
		tr += c[i][i]
	}
	println("trace", tr, c[3][7])
}
