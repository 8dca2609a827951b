package main

import "fmt"

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) Set(x int) { t.x = x }

func f() (int, error) { return 0, nil }

func main() {
	T{}.Set(1)
	var m map[string]T
	m["a"].Set(1)
	m["a"].x = 2
	fmt.Println(f)
	x, y := f(), 1
	_, _ = x, y
	var z int = f()
	_ = z
	fmt.Printf
	g := func() int {
	}
	_ = g
	_ = func() {
		return 1
	}
	var i interface{}
	i.x = 1
	var arr [3]int
	_ = arr[5]
	_ = "abc"[5]
	_ = arr[1:5]
	_ = "abc"[2:1]
	s := []int{}
	_ = s[1:2:3]
	_ = s[2:1]
	var n *T
	_ = n.y
	_ = T.Get(T{}, 1)
	_ = main
	_ = T.x
	var ip *int
	_ = ip.x
}

// ERRORS
// 13:6: cannot call pointer method Set on T
// 15:9: cannot call pointer method Set on T
// 16:2: cannot assign to struct field m["a"].x in map
// 18:10: multiple-value f() (value of type (int, error)) in single-value context
// 20:14: multiple-value f() (value of type (int, error)) in single-value context
// 22:2: fmt.Printf (value of type func(format string, a ...any) (n int, err error)) is not used
// 24:2: missing return
// 27:10: too many return values
// 	have (number)
// 	want ()
// 30:4: i.x undefined (type interface{} has no field or method x)
// 32:10: invalid argument: index 5 out of bounds [0:3]
// 33:12: invalid argument: index 5 out of bounds [0:3]
// 34:12: invalid argument: index 5 out of bounds [0:4]
// 35:14: invalid slice indices: 1 < 2
// 38:10: invalid slice indices: 1 < 2
// 40:8: n.y undefined (type *T has no field or method y)
// 41:17: too many arguments in call to T.Get
// 	have (T, number)
// 	want (T)
// 43:8: T.x undefined (type T has no method x)
// 45:9: ip.x undefined (type *int has no field or method x)
