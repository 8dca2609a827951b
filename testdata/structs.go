package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point {
	var r Point
	r.X = p.X + q.X
	r.Y = p.Y + q.Y
	return r
}

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func (r *Rect) Grow(d int) {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
}

type Counter struct {
	n    int
	hist [4]int
}

func (c *Counter) Inc() {
	c.hist[c.n%4]++
	c.n++
}

func swap(a, b Point) (Point, Point) {
	return b, a
}

func many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r int) int {
	return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r
}

type Big struct {
	vals [6]int
}

func sumBig(b Big) int {
	t := 0
	for i := 0; i < len(b.vals); i++ {
		t += b.vals[i]
	}
	return t
}

func makeBig() Big {
	var b Big
	for i := 0; i < 6; i++ {
		b.vals[i] = i * 10
	}
	return b
}

func main() {
	var p Point
	p.X = 3
	p.Y = 4
	q := p.Add(p)
	println(q.X, q.Y)
	q.Scale(10)
	println(q.X, q.Y)
	pp := &q
	pp.Scale(2)
	println(q.X, pp.Y)

	var r Rect
	r.Max = q
	r.Name = "box"
	println(r.Area(), r.Name)
	r.Grow(1)
	println(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y, r.Area())

	c := new(Counter)
	for i := 0; i < 10; i++ {
		c.Inc()
	}
	println(c.n, c.hist[0], c.hist[1], c.hist[2], c.hist[3])

	a, b := swap(p, q)
	println(a.X, a.Y, b.X, b.Y)
	println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18))
	big := makeBig()
	println(sumBig(big), big.vals[5])
	np := new(Point)
	np.X = 7
	*np = np.Add(*np)
	println(np.X, np.Y)
}
