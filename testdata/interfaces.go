package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }
type Square struct{ S int }
type Circle struct{ R int }

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (s *Square) Area() int  { return s.S * s.S }
func (s *Square) Name() string { return "square" }
func (c Circle) Area() int   { return 3 * c.R * c.R }
func (c Circle) Name() string { return "circle" }

type Named interface {
	Name() string
}

func describe(s Shape) {
	println(s.Name(), s.Area())
}

func total(shapes [3]Shape) int {
	t := 0
	for i := 0; i < len(shapes); i++ {
		t += shapes[i].Area()
	}
	return t
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	if fail {
		e := new(MyErr)
		e.code = 42
		return e
	}
	return nil
}

func main() {
	var r34 Rect
	r34.W, r34.H = 3, 4
	describe(r34)
	sq := new(Square)
	sq.S = 5
	describe(sq)
	var c2 Circle
	c2.R = 2
	describe(c2)
	var shapes [3]Shape
	var r12 Rect
	r12.W, r12.H = 1, 2
	shapes[0] = r12
	sq3 := new(Square)
	sq3.S = 3
	shapes[1] = sq3
	var c1 Circle
	c1.R = 1
	shapes[2] = c1
	println(total(shapes))

	var n Named = shapes[1]
	println(n.Name())

	var e interface{} = 42
	var f interface{} = 42
	var g interface{} = "hi"
	println(e == f, e == g, e != nil)
	var nilIface Shape
	println(nilIface == nil, shapes[0] != nil)

	err := mayFail(false)
	println(err == nil)
	err = mayFail(true)
	println(err != nil, err.Error())
	var ra, rb Rect
	ra.W, ra.H, rb.W, rb.H = 2, 2, 2, 3
	var s1 Shape = ra
	var s2 Shape = ra
	var s3 Shape = rb
	println(s1 == s2, s1 == s3)
}
