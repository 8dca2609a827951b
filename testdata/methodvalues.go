package main

type Counter struct{ n int }

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Get() int     { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func apply(f func() int) int { return f() }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get // bound now: copies *c
	c.Inc()
	println(c.n, get(), apply(c.Get))
	add := Counter.Add
	println(add(Counter{5}, 3))
	pinc := (*Counter).Inc
	pinc(c)
	println(c.n)
	f := Celsius(100).F
	println(f())
	var s Shape = Sq{4}
	area := s.Area
	println(area())
	ia := Shape.Area
	println(ia(Sq{3}))

	// goto and fallthrough
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	println(i)
	switch i {
	case 3:
		println("three")
		fallthrough
	case 4:
		println("four")
	case 5:
		println("five")
	default:
		println("default")
	}
	// shifts
	var x int64 = -8
	var sh uint = 70
	println(x>>sh, x<<sh, uint64(x)>>sh, x>>2)
	var neg = -1
	defer func() { println(recover().(error).Error()) }()
	println(x << neg)
}
