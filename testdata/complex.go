package main

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	println(a, b, a+b, a-b, a*b, a/b)
	var c64 complex64 = complex64(a)
	println(c64, real(c64), imag(b))
	println(a == b, a != b, a == complex(1, 2))
	z := complex(0, 0)
	println(a/z)
	inf := 1 / real(z)
	println(complex(inf, 1) / b)
	println(b / complex(inf, 0))
	println(-a, complex128(c64*c64))
}
