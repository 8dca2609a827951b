package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(prefix string, vals ...interface{}) {
	print(prefix, len(vals), ":")
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			print(" int ", x)
		case string:
			print(" string ", x)
		case nil:
			print(" nil")
		default:
			print(" other")
		}
	}
	println()
}

func pair() (int, int) { return 3, 4 }

type T struct{ n int }

func (t T) M(k ...int) int { return t.n + sum(k...) }

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{10, 20, 30}
	println(sum(s...), sum(s[1:]...))
	describe("a")
	describe("b", 1, "two", nil, 4.5)
	describe("c", []interface{}{7, "x"}...)
	println(sum(pair()))
	f := sum
	println(f(5, 6))
	println(T{100}.M(1, 2), T{1}.M())
	defer describe("deferred", 1, 2)
	g := T{7}.M
	println(g(1))
}
