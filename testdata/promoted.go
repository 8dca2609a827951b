package main

type Stringer interface{ String() string }

type Point struct{ X, Y int }

func (p Point) String() string { return "pt(" + itoa(p.X) + "," + itoa(p.Y) + ")" }
func (p *Point) Move(dx int)   { p.X += dx }

type Mover interface {
	Move(int)
	String() string
}

type Rect struct {
	Point
	W int
}

type Named struct {
	*Point
	name string
}

type Logger interface{ Log(string) string }

type prefix struct{ p string }

func (x prefix) Log(s string) string { return x.p + s }

type Service struct {
	Logger
	id int
}

type Deep struct {
	Rect
	Service
}

// Ambiguous: both A and B have Name at depth 1, so Both has no Name method.
type A struct{}

func (A) Name() string { return "A" }

type B struct{}

func (B) Name() string { return "B" }

type Both struct {
	A
	B
}

type Namer interface{ Name() string }

// Shadowed: Outer's own field String hides Point's method.
type Outer struct {
	Point
	String int
}

type Wrap struct{ *Point } // pointer-shaped: stored directly in interfaces

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

func describe(x interface{}) {
	s, ok := x.(Stringer)
	_, isMover := x.(Mover)
	_, isNamer := x.(Namer)
	if ok {
		println(s.String(), isMover, isNamer)
	} else {
		println("not a Stringer", isMover, isNamer)
	}
}

func main() {
	r := Rect{Point{1, 2}, 3}
	var s Stringer = r
	println(s.String())
	var m Mover = &r
	m.Move(10)
	println(m.String(), r.X)
	describe(r)
	describe(&r)

	n := Named{&Point{5, 6}, "n"}
	var m2 Mover = n // *Point embedded: Move is in Named's method set
	m2.Move(1)
	println(m2.String(), n.X)
	describe(n)

	svc := Service{prefix{"> "}, 1}
	var l Logger = svc
	println(l.Log("hello"))
	var lp Logger = &svc
	println(lp.Log("ptr"))

	d := Deep{Rect{Point{7, 8}, 1}, Service{prefix{"deep: "}, 2}}
	describe(d)
	var dl Logger = d
	println(dl.Log("x"))
	println(d.Log("direct"), svc.Log("direct"), d.Rect.String(), n.String())
	n.Move(100)
	println(n.X, d.Logger.Log("field"))
	var dm Mover = &d
	dm.Move(-7)
	println(d.Point.X, d.String())

	describe(Both{})
	describe(Outer{Point{1, 1}, 2})
	describe(&Outer{})

	w := Wrap{&Point{9, 9}}
	describe(w)
	var wm Mover = w
	wm.Move(1)
	println(w.X, wm.String())

	var e interface{} = Rect{Point{4, 4}, 0}
	if mv, ok := e.(Mover); ok {
		println("Rect value is a Mover?", mv != nil)
	} else {
		println("Rect value is not a Mover")
	}
}
