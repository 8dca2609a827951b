package main

type P struct {
	name string
	n    int
}

type arr [3]int

func two() (P, P) { return P{"x", 1}, P{"y", 2} }

func main() {
	a := []P{{"a", 1}, {"b", 2}}
	a[0], a[1] = a[1], a[0]
	println(a[0].name, a[1].name)
	x, y := P{"x", 1}, P{"y", 2}
	x, y = y, x
	println(x.name, y.name)
	u, v := arr{1, 2, 3}, arr{4, 5, 6}
	u, v = v, u
	println(u[0], v[0])
	p, q := two()
	p, q = q, p
	println(p.name, q.name)
	m := map[int]P{1: {"one", 1}, 2: {"two", 2}}
	m[1], m[2] = m[2], m[1]
	println(m[1].name, m[2].name)
	s := P{"s", 0}
	t := s
	s, t.name = P{"new", 1}, s.name+"!"
	println(s.name, t.name)
}
