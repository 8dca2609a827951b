// Built-ins called with one multi-value argument (a call returning several results), &T{...} of
// named slice and map types, and methods named init (ordinary methods, not package initializers).
package main

import "fmt"

func slices() ([]int, []int) { return make([]int, 2), []int{7, 8, 9} }

func bytesAndString() ([]byte, string) { return []byte("....."), "hey" }

func parts() (float64, float64) { return 1.5, -2 }

func parts32() (float32, float32) { return 3, 4 }

func appendArgs() ([]string, string, string) { return []string{"a"}, "b", "c" }

func oneSlice() []int { return []int{1} }

func mapKey() (map[string]int, string) { return counts, "b" }

var counts = map[string]int{"a": 1, "b": 2}

func trio() (int, string, bool) { return 42, "x", true }

var calls int

func counted() ([]int, int) {
	calls++
	return []int{calls}, calls * 10
}

type Ints []int

type Dict map[string]int

type Holder struct {
	p *Ints
	q []*Dict
}

type T int

func (t T) init() { fmt.Println("T.init", int(t)) }

type S struct{ n int }

func (s *S) init() { s.n = 5 }

func init() { fmt.Println("package init") }

func main() {
	a, _ := slices()
	n := copy(slices())
	fmt.Println(n, a)
	n = copy(bytesAndString())
	fmt.Println(n)

	c := complex(parts())
	fmt.Println(c, real(c), imag(c))
	c64 := complex(parts32())
	fmt.Printf("%T %v\n", c64, c64)

	s := append(appendArgs())
	fmt.Println(len(s), s)
	fmt.Println(append(oneSlice()))
	fmt.Println(append(counted()), append(counted()), calls)


	delete(mapKey())
	fmt.Println(len(counts), counts)

	println(trio())
	print(trio())
	print("\n")

	p := &Ints{3, 1, 2}
	(*p)[0] = 4
	*p = append(*p, 9)
	fmt.Println(*p, len(*p))
	e := &Ints{}
	fmt.Println(*e == nil, len(*e))
	d := &Dict{"x": 1}
	(*d)["y"] = 2
	fmt.Println(len(*d), (*d)["x"], (*d)["y"])
	h := Holder{p: &Ints{5}, q: []*Dict{{"k": 3}, &Dict{}}}
	fmt.Println(*h.p, (*h.q[0])["k"], len(*h.q[1]))
	fmt.Println(escapeInts()[1], (*escapePtr())[0])

	var t T = 7
	t.init()
	v := &S{}
	v.init()
	fmt.Println(v.n)
	f := T.init
	f(8)
}

func escapeInts() Ints {
	p := &Ints{10, 20}
	return *p
}

func escapePtr() *Ints { return &Ints{30} }
