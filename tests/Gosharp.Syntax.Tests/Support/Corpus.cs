namespace Gosharp.Syntax.Tests.Support;

/// <summary>
/// Small programs covering every construct of the language (Go 1.22 syntax, which gc 1.19's
/// parser also accepts: range over an int and min/max/clear need no new syntax). Each is checked
/// against gc's parser node by node (ConstructTests).
/// </summary>
public static class Corpus
{
    public static readonly IReadOnlyDictionary<string, string> Programs = new Dictionary<string, string>
    {
        ["imports"] = """
            //go:build linux && arm64
            // +build linux,arm64

            // Package p is a test.
            package p

            import "fmt"
            import m "math"
            import (
            	"os"
            	. "strings"
            	_ "unsafe"
            	str "strconv"
            )
            """,

        ["consts"] = """
            package p

            const Pi = 3.14159
            const a, b = 1, 2
            const typed int64 = -1 << 62
            const (
            	KB = 1 << (10 * (iota + 1))
            	MB
            	GB
            	_
            	TB
            )
            const (
            	x, y = iota, iota * 2
            	z, w
            )
            const (c1 = "a"; c2)
            """,

        ["vars"] = """
            package p

            var x int
            var y = 1
            var z, w float64 = 1, 2
            var (
            	a    = []int{1, 2, 3}
            	b, c string
            	d    *int = nil
            )
            var f = func(x int) int { return x * 2 }
            var ch = make(chan<- int, 1)
            """,

        ["types"] = """
            package p

            type Int int
            type Alias = int
            type Ptr *Int
            type Slice []string
            type Array [4]byte
            type Arr2 [2 * N][N + 1]int
            type Dots [...]int
            type Map map[string][]int
            type Chan chan int
            type SendChan chan<- int
            type RecvChan <-chan int
            type ChanOfChan chan<- chan int
            type ChanOfRecv chan (<-chan int)
            type Func func(a, b int, c ...string) (n int, err error)
            type Func2 func(int, string) error
            type Func3 func() func() int
            type Paren (int)
            type (
            	A struct{}
            	B = A
            )
            """,

        ["structs"] = """
            package p

            type S struct {
            	a, b int
            	c    string `json:"c,omitempty"`
            	*T
            	U
            	pkg.V
            	*pkg.W "tag"
            	G[int]
            	H[int, string]
            	arr [N]int
            	sl  []G[int]
            	f   func(int) (int, error)
            	_   struct{ x, y float64 }
            	m   map[K]struct{}
            }
            type Empty struct{}
            type OneLine struct{ a int; b string }
            """,

        ["interfaces"] = """
            package p

            type I interface {
            	M()
            	N(x int) (bool, error)
            	io.Reader
            	Embedded
            }
            type Number interface {
            	~int | ~int8 | int16 | float64
            }
            type C interface {
            	comparable
            	~[]E | map[K]V
            	String() string
            }
            type Inst interface{ G[int] }
            type Empty interface{}
            """,

        ["generics"] = """
            package p

            type List[T any] struct {
            	next *List[T]
            	val  T
            }
            type Pair[K comparable, V any] struct{ k K; v V }
            type Num[T ~int | ~float64] []T
            type Set[S ~[]E, E cmp.Ordered] struct{ s S }
            type Ptr[P *C] struct{}
            type Ptr2[P *C,] struct{}
            type ArrayNotGeneric [P * C]int
            type Generic2[P *[]int] struct{}
            type Generic3[P interface{ M() }] int
            type GenAlias[T any] = List[T]
            type Length [N]int

            func Map[T, U any](s []T, f func(T) U) []U {
            	r := make([]U, 0, len(s))
            	for _, v := range s {
            		r = append(r, f(v))
            	}
            	return r
            }

            func (l *List[T]) Push(v T) { l.next = &List[T]{val: v} }
            func (p Pair[K, _]) Key() K  { return p.k }

            func use() {
            	var l List[int]
            	m := Map[int, string](nil, strconv.Itoa)
            	n := Map[int](nil, f)
            	x := List[int]{}
            	y := pkg.List[int, string]{}
            	_, _, _, _, _ = l, m, n, x, y
            }
            """,

        ["functions"] = """
            package p

            //go:noinline
            func f() {}
            func g(a int, b ...string) (int, error) { return 0, nil }
            func h(int, string) bool
            func (T) Method()      {}
            func (t *T) Ptr(x, y int) (r int) {
            	r = x + y
            	return
            }
            func variadic(xs ...interface{}) {}
            func results() (a, b int, err error) { return }
            func named(f func(int) int) func() int { return func() int { return f(1) } }
            """,

        ["expressions"] = """
            package p

            var (
            	a = 1 + 2*3 - 4/5%6
            	b = x<<1 | y>>2 &^ z & w ^ v
            	c = p == q || r != s && t < u || v <= w && x > y || z >= 0
            	d = -x + +y - ^z
            	e = !ok
            	f = *ptr
            	g = &T{}
            	h = <-ch
            	i = (a + b) * c
            	j = s[1:2]
            	k = s[:]
            	l = s[1:2:3]
            	m = s[:2:3]
            	n = arr[i+1]
            	o = v.(T)
            	p = v.(*pkg.T)
            	q = f(a, b...)
            	r = f()()
            	s = x.y.z
            	t = pkg.F(1)(2)
            	u = []byte("abc")
            	v = (*T)(nil)
            	w = (<-chan int)(nil)
            	x = map[string]int(nil)
            	y = func() {}
            	z = T.Method
            	aa = (*T).Method
            	bb = struct{ I }.M
            	cc = interface{ M() }.M
            	dd = func() int(f)
            	ee = chan int(nil)
            	ff = [...]int{1, 2}[0]
            	gg = []int{1, 2}[1:]
            	hh = <-<-chch
            	ii = -(-x)
            )
            """,

        ["literals"] = """
            package p

            var (
            	i1 = 42
            	i2 = 0x1F
            	i3 = 0X1f
            	i4 = 0b1010
            	i5 = 0B11
            	i6 = 0o17
            	i7 = 0O17
            	i8 = 017
            	i9 = 1_000_000
            	i10 = 0x_1F_FF
            	f1 = 3.14
            	f2 = .5
            	f3 = 1.
            	f4 = 1e10
            	f5 = 1E-3
            	f6 = 0x1p-2
            	f7 = 0x1.8P+3
            	f8 = 1_0.2_5e1_0
            	im1 = 1i
            	im2 = 2.5i
            	im3 = 0x1p2i
            	im4 = 012i
            	r1 = 'a'
            	r2 = '\n'
            	r3 = '\''
            	r4 = '\x41'
            	r5 = '\u00e9'
            	r6 = '\U0001F600'
            	r7 = '\101'
            	r8 = 'é'
            	s1 = "hello"
            	s2 = "tab\tnewline\n\"quote\""
            	s3 = "\xff\u00e9\U0001F600\101"
            	s4 = `raw string
            with newlines and \n no escapes`
            	s5 = "héllo, 世界"
            	s6 = ``
            )
            """,

        ["composite literals"] = """
            package p

            var (
            	a = [3]int{1, 2, 3}
            	b = [...]string{"a", "b"}
            	c = []int{0: 1, 5: 2}
            	d = map[string][]int{"a": {1, 2}, "b": nil}
            	e = []*T{{1, 2}, &T{3, 4}}
            	f = T{A: 1, B: "x"}
            	g = pkg.T{}
            	h = struct{ x, y int }{1, 2}
            	i = [][]int{{1}, {2, 3},}
            	j = map[K]V{{1, 2}: {3, 4}}
            	k = List[int]{1}
            )
            """,

        ["statements"] = """
            package p

            func f() {
            	x := 1
            	x = 2
            	x += 3
            	x -= 1
            	x *= 2
            	x /= 2
            	x %= 3
            	x &= 1
            	x |= 2
            	x ^= 3
            	x <<= 1
            	x >>= 1
            	x &^= 4
            	x++
            	x--
            	a, b := 1, 2
            	a, b = b, a
            	ch <- x
            	<-ch
            	f()
            	go g(1)
            	go func() {}()
            	defer h()
            	defer func() { recover() }()
            	var y int
            	const z = 1
            	type t int
            	{
            		nested()
            	}
            	;
            	return
            }

            func g() (int, error) {
            	return 1, nil
            }
            """,

        ["if"] = """
            package p

            func f() {
            	if x {
            	}
            	if x := g(); x > 0 {
            	} else if y {
            	} else {
            	}
            	if x == (T{}) {
            	}
            	if ok := m[k]; !ok {
            	}
            	if f := func() bool { return true }; f() {
            	}
            	if v, ok := x.(T); ok {
            	}
            }
            """,

        ["for"] = """
            package p

            func f() {
            	for {
            		break
            	}
            	for x < 10 {
            		continue
            	}
            	for i := 0; i < 10; i++ {
            	}
            	for ; ; {
            	}
            	for i := 0; i < n; {
            	}
            	for ; i < n; i++ {
            	}
            	for k, v := range m {
            	}
            	for k := range m {
            	}
            	for _, x = range s {
            	}
            	for range ch {
            	}
            	for i := range 10 {
            	}
            	for _, x := range []int{1, 2, 3} {
            	}
            	for i := range [3]int{} {
            	}
            	for _, r := range []rune(s) {
            	}
            }
            """,

        ["switch"] = """
            package p

            func f() {
            	switch {
            	}
            	switch x {
            	case 1, 2:
            		a()
            		fallthrough
            	case 3:
            	default:
            		b()
            	}
            	switch x := g(); x {
            	case 1:
            	}
            	switch y := v.(type) {
            	case int, string:
            		_ = y
            	case nil:
            	default:
            	}
            	switch v.(type) {
            	case T:
            	}
            	switch x := 1; y := v.(type) {
            	}
            	switch {
            	case x > 1:
            		break
            	}
            }
            """,

        ["select"] = """
            package p

            func f() {
            	select {}
            	select {
            	case v := <-ch:
            		_ = v
            	case v, ok := <-ch:
            		_, _ = v, ok
            	case x = <-ch:
            	case ch <- 1:
            	case <-done:
            		return
            	default:
            	}
            }
            """,

        ["labels"] = """
            package p

            func f() {
            outer:
            	for i := 0; i < 3; i++ {
            	inner:
            		for {
            			if i > 1 {
            				break outer
            			}
            			continue inner
            		}
            	}
            	goto end
            end:
            }

            func g() {
            L:
            	;
            	goto L
            M:
            }
            """,

        ["semicolons and comments"] = """
            package p /* trailing */

            func f() { a(); b() }

            func g() {
            	x := 1 /* a comment
            	spanning lines */
            	y := x // line comment
            	z := []int{
            		1,
            		2,
            	}
            	f(
            		x,
            		y,
            	)
            	return
            }

            func h() int { return 1 }; func i() {}
            """,

        ["directives"] = """
            //go:build ignore

            package p

            import "unsafe"

            //go:linkname runtimeNano runtime.nanotime
            func runtimeNano() int64

            //go:noinline
            //go:nosplit
            func small() {}

            //go:noescape
            func asm(p unsafe.Pointer)

            //go:embed file.txt
            var content string

            var (
            	//go:embed a.txt
            	a string
            )

            //go:notinheap
            type T struct{}

            func body() {
            	//go:noinline
            	x := 1
            	_ = x // go:not a directive
            }

            func trailing() {} //go:nosplit
            """,

        ["unicode"] = """
            package p

            var π = 3.14
            var 世界 = "world"
            var café = 1
            var ñandú, x = "é", 'é'

            func Ünïcode(ä int) int { return ä + café }
            """,

        ["channels"] = """
            package p

            var (
            	a chan int
            	b chan<- int
            	c <-chan int
            	d chan<- chan int
            	e chan (<-chan int)
            	f <-chan <-chan int
            	g = make(chan struct{})
            	h = (<-chan int)(nil)
            	i = <-chan int(nil)
            )
            """,

        ["methods and receivers"] = """
            package p

            func (a A) m1()          {}
            func (a *A) m2()         {}
            func (A) m3()            {}
            func (*A) m4()           {}
            func (a A[T]) m5()       {}
            func (a *A[K, V]) m6()   {}
            func (a (A)) m7()        {}
            """,

        ["conversions and parens"] = """
            package p

            func f() {
            	_ = (x)
            	_ = ((x))
            	_ = (*T)(p).m
            	_ = (f)(x)
            	_ = &(x)
            	_ = &((T{}))
            	_ = *(&x)
            	_ = [](int)(nil)
            	_ = (func())(nil)
            	_ = interface{}(x)
            	_ = struct{}{}
            	_ = []interface{}{1, "a"}
            }
            """,
    };
}
