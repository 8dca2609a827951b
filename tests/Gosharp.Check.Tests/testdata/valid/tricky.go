package main

import (
	"fmt"
	"io"
	"strings"
)

type Lesser[T any] interface{ Less(T) bool }

func Min[T Lesser[T]](xs ...T) (m T) {
	for i, x := range xs {
		if i == 0 || x.Less(m) {
			m = x
		}
	}
	return
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }

type Named[T any] struct {
	List[T]
	Name string
}

type ReadWriter interface {
	io.Reader
	io.Writer
	Read(p []byte) (n int, err error)
}

type nopRW struct{}

func (nopRW) Read(p []byte) (int, error)  { return 0, io.EOF }
func (nopRW) Write(p []byte) (int, error) { return len(p), nil }

type HandlerFunc func(string) error
type Handler func(string) error

type point struct {
	x, y int `tag:"a"`
	_    int
}

type point2 struct {
	x, y int
	_    int
}

const arrLen = len([3]int{})

type E struct{ error }

func process() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var f func(int) int
	f = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * f(n-1)
	}
	_ = f(5)
	return nil
}

func gotos(n int) int {
	i := 0
	if n > 10 {
		goto done
	}
	i = n
done:
	return i
}

func selectLoop(ch chan int, quit chan bool) {
outer:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			if v > 0 {
				continue outer
			}
		case <-quit:
			return
		}
	}
}

func typeswitch(x any) int {
	switch y := x.(type) {
	case nil:
		_ = y
		return 0
	case fmt.Stringer, error:
		return 1
	case []int:
		return len(y)
	default:
		_ = y
	}
	switch x := 5; {
	case x > 3:
		return x
	}
	return -1
}

var anon = struct {
	A int
	B string
}{1, "b"}

type Anon struct {
	A int
	B string
}

func main() {
	fmt.Println(Min[Age](3, 1, 2), arrLen)
	var n Named[string]
	n.Add("x")
	n.List.Add("y")
	var rw ReadWriter = nopRW{}
	_, _ = rw.Read(nil)
	var h Handler = Handler(HandlerFunc(func(string) error { return nil }))
	_ = h
	p := point{x: 1}
	_ = point2(p)
	var e E
	_ = e.Error
	_ = process()
	_ = gotos(3)
	selectLoop(nil, nil)
	_ = typeswitch(nil)
	var a Anon = anon
	_ = a
	m := map[string]int{}
	var v int
	var ok bool
	v, ok = m["a"]
	ch := make(chan int, 1)
	v, ok = <-ch
	_, _ = v, ok
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d", 1)
	for range ch {
		break
	}
	const (
		_  = iota
		KB = 1 << (10 * iota)
		MB
	)
	_ = MB
	var iface interface{ M() }
	_ = iface
	x := []interface{}{1, "a", nil}
	_ = x
	type local struct{ v int }
	ls := []local{{1}, {2}}
	_ = ls
	var arr [2][3]int
	arr[1][2] = 5
	pa := &arr
	pa[0][0] = 1
	_ = len(pa[1])
	var fs []func()
	fs = append(fs, func() {})
	fs[0]()
	_ = fmt.Sprint(&struct{ x int }{1})
}
