package main

type point struct{ x, y int }

type big struct {
	a [20]int
	s string
}

func sum(m map[string]int) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["c"] += 3
	m["a"]++
	println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	println(v, ok)
	v, ok = m["q"]
	println(v, ok)
	delete(m, "b")
	_, ok = m["b"]
	println(len(m), ok, sum(m))

	lit := map[int]string{1: "one", 2: "two", 3: "three"}
	println(lit[1], lit[2], lit[3], lit[4] == "")

	pm := map[point]int{}
	pm[point{1, 2}] = 12
	pm[point{3, 4}] = 34
	println(pm[point{1, 2}], pm[point{3, 4}], pm[point{5, 6}])

	// Many entries: growth, deletion, reinsertion.
	n := map[int]int{}
	for i := 0; i < 10000; i++ {
		n[i] = i * i
	}
	for i := 0; i < 10000; i += 2 {
		delete(n, i)
	}
	t := 0
	for k, v := range n {
		if k*k != v {
			println("bad", k, v)
		}
		t += k
	}
	println(len(n), t)
	for i := 0; i < 100; i++ {
		n[i] = -i
	}
	println(len(n), n[50], n[51], n[9999])

	// Interface keys, float keys.
	im := map[interface{}]string{}
	im[1] = "int 1"
	im["1"] = "string 1"
	im[1.5] = "float"
	im[point{1, 1}] = "point"
	println(im[1], im["1"], im[1.5], im[point{1, 1}], len(im))
	fm := map[float64]int{}
	fm[0.0] = 1
	fm[-1.0*0] = 2
	println(len(fm), fm[0])

	// Big elements.
	bm := map[string]big{}
	var b big
	b.a[19] = 7
	b.s = "big"
	bm["x"] = b
	got := bm["x"]
	println(got.a[19], got.s, bm["y"].s == "")

	// Nil maps: reads work, writes panic.
	var nm map[string]int
	println(nm["a"], len(nm), nm == nil)
	delete(nm, "a")
	for range nm {
		println("never")
	}

	// Assignment order: the map changes after the right-hand side.
	om := map[int]int{}
	om[0] = len(om)
	println(om[0])

	// Maps of slices and maps.
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1, 2)
	ms["a"] = append(ms["a"], 3)
	println(len(ms["a"]), ms["a"][2])
	mm := map[string]map[string]int{}
	mm["x"] = map[string]int{"y": 5}
	mm["x"]["z"] = 6
	println(mm["x"]["y"], mm["x"]["z"], len(mm["x"]))

	// Deleting during range is allowed.
	dm := map[int]bool{}
	for i := 0; i < 50; i++ {
		dm[i] = true
	}
	c := 0
	for k := range dm {
		delete(dm, k)
		c++
	}
	println(c, len(dm))

	defer func() {
		println(recover().(error).Error())
	}()
	nm["boom"] = 1
}
