// defer x.M() on an interface value: the method is found (and a nil interface panics) at the defer
// statement; M is then the deferred call itself, so recover in M stops a panic.
package main

import "fmt"

type I interface{ M(string) }

type Ptr struct{ name string }

func (p *Ptr) M(s string) { fmt.Println(p.name, s, "recovered:", recover()) }

// A pointer-shaped value receiver: the interface holds it directly.
type Val struct{ p *int }

func (v Val) M(s string) { fmt.Println("Val", *v.p, s, "recovered:", recover()) }

type Outer struct{ I }

func viaPointer() {
	var i I = &Ptr{"ptr"}
	defer i.M("arg")
	panic("p1")
}

func viaValue() {
	n := 3
	var i I = Val{&n}
	s := "first"
	defer i.M(s)
	s = "second"
	i = &Ptr{"other"}
	panic("p2")
}

func viaEmbedded() {
	o := Outer{&Ptr{"embedded"}}
	defer o.M("e")
	panic("p4")
}

func noPanic() {
	var i I = &Ptr{"plain"}
	defer i.M("call")
	fmt.Println("noPanic body")
}

func nilInterface() {
	defer func() { fmt.Println("nil interface:", recover() != nil) }()
	var i I
	defer i.M("never")
	fmt.Println("not reached")
}

func main() {
	viaPointer()
	viaValue()
	viaEmbedded()
	noPanic()
	nilInterface()
}
