package main

type T struct{ A, B int }

func inner(n int) {
	if n == 0 {
		defer func() {
			recover()
			panic("second")
		}()
		panic("first")
	}
	inner(n - 1)
}

func main() {
	defer println("deferred runs before the crash")
	inner(2)
}
