package main

type Point struct{ X, Y int }

type Mixed struct {
	name string
	f    float64
	b    byte
	_    int
	p    *Point
}

type Big struct {
	a [10]int
	s string
}

type WithIface struct {
	k int
	v interface{}
}

type Grid [3][3]int8

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panic:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	println(p == q, p != q, p == Point{2, 1}, Point{} == Point{})
	pt := &Point{1, 2}
	m1 := Mixed{"a", 0.5, 1, 7, pt}
	m2 := Mixed{"a", 0.5, 1, 8, pt}
	println(m1 == m2, m1 == Mixed{"a", 0.5, 1, 7, &Point{1, 2}})
	nan := 0.0
	nan = nan / nan
	println(Mixed{f: nan} == Mixed{f: nan}, Mixed{f: 0.0} == Mixed{f: -1 * 0.0})
	var b1, b2 Big
	b1.a[9] = 5
	println(b1 == b2)
	b2.a[9] = 5
	b2.s = "x"
	println(b1 == b2)
	b1.s = "x"
	println(b1 == b2)
	a1 := [4]string{"a", "b", "c", "d"}
	a2 := a1
	println(a1 == a2)
	a2[3] = "e"
	println(a1 == a2, a1 != a2)
	var g1, g2 Grid
	g1[2][2] = -1
	println(g1 == g2, g1 == Grid{2: {2: -1}})
	w1 := WithIface{1, "x"}
	w2 := WithIface{1, "x"}
	println(w1 == w2, w1 == WithIface{1, 2}, w1 == WithIface{2, []int{}})
	try("iface-slice", func() { println(WithIface{1, []int{}} == WithIface{1, []int{}}) })
	try("iface-map", func() { println(WithIface{1, map[int]int{}} == WithIface{1, map[int]int{}}) })
	var e1, e2 interface{} = p, q
	println(e1 == e2, e1 == interface{}(Point{3, 4}))
	var e3, e4 interface{} = b1, b2
	println(e3 == e4)
	var e5, e6 interface{} = w1, WithIface{1, "x"}
	println(e5 == e6)
	try("iface-in-iface", func() {
		var x, y interface{} = WithIface{0, []byte{}}, WithIface{0, []byte{}}
		println(x == y)
	})
	type key struct {
		s string
		n int
	}
	m := map[key]int{{"a", 1}: 1}
	m[key{"a", 1}]++
	m[key{"b", 1}]++
	println(len(m), m[key{"a", 1}])
	switch p {
	case Point{2, 1}:
		println("wrong")
	case Point{1, 2}:
		println("switch matched")
	}
	arrs := [2]Point{{1, 2}, {3, 4}}
	println(arrs == [2]Point{{1, 2}, {3, 4}}, arrs == [2]Point{{1, 2}})
	var z1, z2 struct{}
	println(z1 == z2, [0]int{} == [0]int{})
}
