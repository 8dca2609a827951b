package main

import (
	"errors"
	"fmt"
)

// Composite values: structs, pointers, slices, arrays, maps (printed sorted by key), interfaces,
// nil values, and values with String, Error, GoString and Format methods (panicking ones too).

type Point struct{ X, Y int }

type Named struct {
	Name  string
	Age   int
	inner *Point
	Tags  []string
	Any   interface{}
}

type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS(%d)", p.n) }

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }
func (GoStr) String() string   { return "str!" }

type Fmter struct{ v int }

func (f Fmter) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "Fmter[%c", verb)
	if w, ok := s.Width(); ok {
		fmt.Fprintf(s, " w=%d", w)
	}
	if p, ok := s.Precision(); ok {
		fmt.Fprintf(s, " p=%d", p)
	}
	fmt.Fprintf(s, " plus=%v minus=%v sharp=%v space=%v zero=%v v=%d]",
		s.Flag('+'), s.Flag('-'), s.Flag('#'), s.Flag(' '), s.Flag('0'), f.v)
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type Panicky int

func (p Panicky) String() string { panic("boom") }

type PanicErr struct{}

func (PanicErr) Error() string { panic(errors.New("err-boom")) }

type NilPanic struct{ s string }

func (n *NilPanic) String() string { return n.s }

type Inner struct{ A, B int }
type Outer struct {
	Inner
	P   *Inner
	S   []Inner
	M   map[string]Inner
	Arr [2]bool
}

// Embedding promotes String: the outer struct prints through it.
type Reading struct {
	Celsius
	Where string
}

type PtrReading struct {
	*PtrStringer
}

type IntSlice []int
type StrMap map[string]int

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	fmt.Printf("%d|%x|%5d|%s\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %T\n", &pp == nil, pp)

	n := Named{Name: "Ann", Age: 30, Tags: []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	n.Any = 7
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	n.Any = p
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)

	o := Outer{Inner: Inner{1, 2}, S: []Inner{{5, 6}}, M: map[string]Inner{"k": {7, 8}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.S)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v\n", o.Arr)

	// slices, arrays, nil things
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *Point
	var nilIface interface{}
	var nilErr error
	fmt.Println(nilSlice, nilMap, nilPtr, nilIface, nilErr)
	fmt.Printf("%v %d %#v %#v %#v %#v\n", nilSlice, nilSlice, nilSlice, nilMap, nilPtr, nilIface)
	fmt.Printf("%+v %s %d\n", nilPtr, nilPtr, nilPtr)
	fmt.Println([]int{}, map[int]int{}, [0]int{}, struct{}{})
	fmt.Printf("%v %#v %#v\n", []string{"a b", "c"}, []string{"a b", "c"}, [3]int{1, 2, 3})
	fmt.Printf("%q %x %X\n", []string{"a", "b"}, []string{"hi", "yo"}, []int{255, 16})
	fmt.Println([][]int{{1}, {2, 3}}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Println([]interface{}{1, "a", nil, 2.0 == 2, []int{1}})
	fmt.Println(IntSlice{3, 4}, StrMap{"b": 2, "a": 1})
	fmt.Printf("%#v %#v\n", IntSlice{3, 4}, StrMap{"b": 2, "a": 1})
	fmt.Printf("%v %+v\n", []*int{nil}, map[string]*Point{"n": nil})
	fmt.Printf("%s\n", []interface{}{"x", 1})

	// maps: sorted keys of every kind
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "cherry": 3, "": 0})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[[2]int]int{{2, 0}: 1, {1, 5}: 2, {1, 4}: 3})
	fmt.Println(map[uint8]bool{200: true, 3: false, 100: true})
	fmt.Println(map[interface{}]int{"b": 1, "a": 2, "c": 3}, map[interface{}]int{3: 3, 1: 4})
	fmt.Printf("%v %d %x\n", map[string]int{"z": 26, "a": 1}, map[string]int{"z": 26, "a": 1}, map[string]int{"z": 26, "a": 1})
	fmt.Printf("%#v\n", map[int][]string{2: {"b"}, 1: {"a"}})
	fmt.Println(map[string]map[string]int{"outer": {"y": 2, "x": 1}})

	// methods
	c := Celsius(21)
	fmt.Println(c, []Celsius{1, 2}, map[Celsius]Celsius{3: 4})
	fmt.Printf("%v|%s|%d|%q|%x|%10v|%-10s|\n", c, c, c, c, c, c, c)
	fmt.Printf("%#v\n", c)
	ps := &PtrStringer{5}
	fmt.Println(ps, *ps, []*PtrStringer{ps})
	fmt.Println(Reading{5, "roof"}, []Reading{{6, "a"}}, PtrReading{ps}, &PtrReading{ps})
	fmt.Printf("%v %+v %s %d\n", Reading{7, "x"}, Reading{7, "x"}, Reading{7, "x"}, Reading{7, "x"})
	fmt.Printf("%v %+v %#v %s\n", GoStr{}, GoStr{}, GoStr{}, []GoStr{{}})
	fmt.Printf("%#v\n", []GoStr{{}})
	f := Fmter{3}
	fmt.Printf("%v|%+v|%#v|%-8.3x|% 05d|%s\n", f, f, f, f, f, []Fmter{{1}})
	fmt.Println(f)
	var e error = &MyErr{42}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%x|%d|%+v\n", e, e, e, e, e, e)
	fmt.Println([]error{e, nil})

	// panics in methods
	fmt.Println(Panicky(1))
	fmt.Printf("%s|%d|%v\n", Panicky(2), Panicky(3), []Panicky{4})
	fmt.Println(PanicErr{})
	var np *NilPanic
	fmt.Println(np)
	fmt.Printf("%s|%v|%d\n", np, np, np)
	fmt.Println(&NilPanic{"fine"})

	// pointers inside composites print as addresses; %p and pointer verbs on nil
	fmt.Printf("%p %v %#v\n", nilPtr, nilPtr, nilPtr)
	fmt.Printf("%p %p\n", nilSlice, nilMap)
	fmt.Printf("%t %s\n", nilPtr, nilMap)
	fmt.Printf("%d\n", []*Point{nil})
	fmt.Printf("%x %X\n", nilPtr, nilPtr)

	// wrong verbs on composites
	fmt.Printf("%t|%q|%c\n", p, []int{65, 66}, []int{65, 66})
	fmt.Printf("%s|%d\n", map[string]bool{"a": true}, struct{ S string }{"s"})

	// Sprint spacing rules, Sprintln, Sprintf results
	fmt.Print("a", "b", 1, 2, "c", 3, nil, "d", true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	s := fmt.Sprint("x", 1, 2, "y") + fmt.Sprintln("z", 3, 4) + fmt.Sprintf("%03d", 7)
	fmt.Println(s)
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), len(fmt.Sprintf("")))
}
