package main

// Dereferences of nil pointers that load nothing still panic (taking addresses through them,
// method values, slicing a nil array pointer, large offsets, zero-size types); a later unrelated
// panic does not repeat the signal.

type Big struct {
	a int
	x [1 << 20]byte
	i int
}

type Empty struct{}

func (Empty) M() int { return 1 }

type Inner struct{ v int }

func (p *Inner) F() int { return 7 }

type Outer struct {
	x int
	Inner
}

type V2 [2]uintptr

func (v V2) Sum() uintptr { return v[0] + v[1] }

type Iface interface{ M() int }

type D int

func (D) h() {} // empty: inlined, it loads nothing from its receiver

type HasD struct{ *D }

var (
	ip  *int
	bp  *Big
	ep  *Empty
	ap  *[10]int
	op  *Outer
	v2p *V2
	i   = 3
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			println(name, "did not panic")
			return
		}
		println(name, "panicked:", r.(error).Error())
	}()
	f()
}

func main() {
	try("&*ip", func() { println(&*ip != nil) })
	try("&bp.i", func() { println(&bp.i != nil) })
	try("bp.i", func() { println(bp.i) })
	try("bp.x[i<<18]", func() { println(bp.x[i<<18]) })
	try("&bp.x[i]", func() { println(&bp.x[i] != nil) })
	try("*ep", func() { e := *ep; println(e.M()) })
	try("ep.M", func() { f := ep.M; println(f()) })
	try("ap[:]", func() { s := ap[:]; println(len(s)) })
	try("ap[2:5]", func() { s := ap[2:5]; println(len(s)) })
	try("&ap[i]", func() { println(&ap[i] != nil) })
	try("op.F()", func() { println(op.F()) })
	try("op.Inner.F()", func() { println(op.Inner.F()) })
	try("v2p.Sum", func() { f := v2p.Sum; println(f()) })
	try("nil iface method value", func() { var x Iface; f := x.M; println(f()) })
	try("(*p).i address", func() { var p *Big; println(&((*p).i) != nil) })
	try("nil *D value method", func() { var pd *D; pd.h() })
	try("nil embedded *D value method", func() { var x HasD; x.h() })
	try("ok", func() { var e Empty; println(e.M()) })
	panic("later")
}
