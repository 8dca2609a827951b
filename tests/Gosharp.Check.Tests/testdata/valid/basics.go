package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"unsafe"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return 3.14 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14 * c.R }

type Named struct {
	Rect
	c *Circle
	name string `db:"name"`
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Op func(int, int) int

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const huge = 1 << 100
const small = huge >> 98

var (
	global  = initGlobal()
	counter int
	table   = map[string][]int{"a": {1, 2}, "b": nil}
	matrix  = [...][2]int{{1, 2}, {3, 4}, 5: {6}}
	pointers = []*Rect{{1, 2}, {W: 3}}
)

func initGlobal() int { counter++; return counter }

func init() { counter += 10 }
func init() { counter += 100 }

var ErrNotFound = errors.New("not found")

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func find(m map[string]int, k string) (v int, err error) {
	v, ok := m[k]
	if !ok {
		err = &MyErr{404}
		return
	}
	return v, nil
}

func variadic(prefix string, xs ...int) (n int) {
	for _, x := range xs {
		n += x
	}
	defer func() {
		if r := recover(); r != nil {
			n = -1
		}
	}()
	return n + len(prefix)
}

func closures() func() int {
	x := 0
	return func() int {
		x++
		return x
	}
}

func labels() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
}

func switches(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint(v)
	case string:
		return v + "!"
	case error:
		return v.Error()
	case func():
		v()
	}
	switch y := 3; {
	case y > 2:
		fallthrough
	case y > 1:
		return "big"
	default:
	}
	return ""
}

func channels() {
	ch := make(chan int, 3)
	done := make(chan struct{})
	var recv <-chan int = ch
	var send chan<- int = ch
	go func() {
		defer close(done)
		for v := range recv {
			_ = v
		}
	}()
	send <- 1
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case send <- 2:
	case <-done:
	default:
	}
	close(ch)
	<-done
}

func arrays() {
	var a [4]int
	s := a[1:3]
	s = append(s, 5, 6)
	p := &a
	p[0] = 1
	for i, v := range p {
		_, _ = i, v
	}
	s2 := s[:2:3]
	copy(s2, []int{9})
	b := []byte("hello")
	b = append(b, " world"...)
	str := string(b) + string(rune(65)) + string([]rune{'x'})
	_ = len(str) + cap(s2) + len(a)
	const n = len(a)
	var arr2 [n * 2]int
	_ = arr2
	for i, r := range "héllo" {
		_, _ = i, r
	}
	m := map[[2]int]string{{1, 2}: "a"}
	delete(m, [2]int{1, 2})
	var iface interface{} = m
	if mm, ok := iface.(map[[2]int]string); ok {
		_ = mm
	}
}

func conversions() {
	var i int = 65
	var f float64 = float64(i) / 3
	var u8 = uint8(i)
	var p = unsafe.Pointer(&i)
	var ip = (*int)(p)
	var up = uintptr(p)
	_ = unsafe.Sizeof(i) + unsafe.Alignof(f) + unsafe.Offsetof(Rect{}.H)
	var r rune = 'x'
	_ = string(r)
	var c complex128 = complex(f, 2)
	_ = real(c) + imag(c)
	type celsius float64
	type fahrenheit float64
	var t celsius = 100
	_ = fahrenheit(t*9/5 + 32)
	_, _, _, _ = u8, ip, up, c
	var e error = ErrNotFound
	_ = errors.Is(e, ErrNotFound)
	var s fmt.Stringer
	_ = s
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (v int) {
	v, s.items = s.items[len(s.items)-1], s.items[:len(s.items)-1]
	return
}

func methodValues() {
	var st Stack
	push := st.Push
	push(1)
	pop := (*Stack).Pop
	_ = pop(&st)
	f := Rect.Area
	_ = f(Rect{1, 2})
	var sh Shape = &Circle{1}
	g := sh.Area
	_ = g()
	h := Shape.Perimeter
	_ = h(Rect{})
}

func main() {
	shapes := ByArea{Rect{1, 2}, &Circle{1}}
	sort.Sort(shapes)
	n := Named{Rect: Rect{1, 1}, name: "x"}
	_ = n.W + n.Area()
	var op Op = func(a, b int) int { return a + b }
	fmt.Println(op(1, 2), KB, MB, GB, small, global, table, matrix, pointers)
	if _, err := find(nil, "x"); err != nil {
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Fprintln(os.Stderr, me.code)
		}
	}
	fmt.Println(variadic("a", 1, 2, 3), variadic("b", []int{1}...))
	next := closures()
	next()
	labels()
	fmt.Println(switches(1), switches("a"), strings.ToUpper("x"))
	channels()
	arrays()
	conversions()
	methodValues()
	var x, y = 1, "s"
	x, y2 := 2, y
	_, _ = x, y2
	func() {}()
	var fn func() = nil
	_ = fn == nil
	print(1, 2.5, "s", true, nil == error(nil))
	println()
}
