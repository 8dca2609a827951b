// Tuple assignments evaluate operands first and then assign left to right: an index out of range
// or a nil pointer panics only when its assignment comes, after the ones before it. A value
// assigned to _ is still evaluated (a nil dereference panics). Copies between arrays that
// overlap in part (through slice-to-array-pointer conversions) copy as memmove does.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "panicked:", r != nil)
	}()
	f()
}

type Empty struct{}

type HasEmpty struct {
	e Empty
	n int
}

func main() {
	m := map[int]int{}
	var s []int
	try("map then index", func() { m[1], s[5] = 10, 20 })
	fmt.Println(m)

	var p *int
	try("map then nil", func() { m[2], *p = 30, 40 })
	fmt.Println(m)

	var nm map[int]int
	x := 0
	try("var then nil map", func() { x, nm[1] = 5, 6 })
	fmt.Println(x)

	arr := [3]int{}
	try("array index", func() {
		i := 7
		arr[0], arr[i%4] = 1, 2
	})
	fmt.Println(arr)

	var pa *[2]int
	try("nil array pointer", func() { x, pa[1] = 9, 1 })
	fmt.Println(x)

	bad := false
	try("blank deref", func() { bad, _ = true, *p })
	fmt.Println(bad)
	try("blank alone", func() { _ = *p })
	var pp [2]*int
	try("blank of element", func() { _ = *pp[1] })
	try("define with blank", func() {
		y, _ := 1, *p
		_ = y
	})

	var pe *Empty
	var ph *HasEmpty
	try("zero-size deref", func() { _ = *pe == Empty{} })
	try("zero-size field", func() { fmt.Println(ph.e == Empty{}) })
	var pz *[4]Empty
	try("zero-size element", func() { fmt.Println(pz[1] == Empty{}) })

	var buf [40]byte
	for i := range buf {
		buf[i] = byte(i)
	}
	*(*[32]byte)(buf[4:36]) = *(*[32]byte)(buf[2:34])
	fmt.Println(buf)
	*(*[30]byte)(buf[0:30]) = *(*[30]byte)(buf[5:35])
	fmt.Println(buf)
	words := []int64{1, 2, 3, 4, 5, 6}
	*(*[4]int64)(words[2:]) = *(*[4]int64)(words[:4])
	fmt.Println(words)
}
