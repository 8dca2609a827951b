package main

type T struct {
	a, b int
	next *T
}

func get(p *T) int { return p.b }

func length(p *T) int {
	n := 0
	for ; p != nil; p = p.next {
		n++
	}
	return n
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println(name, "recovered:", err.Error())
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

func main() {
	var p *T
	try("field", func() { println(get(p)) })
	try("store", func() { p.a = 1 })
	try("ok", func() { println(length(&T{next: &T{}})) })
	var s *[4]int
	try("array", func() { println(s[2]) })
	var fn func()
	try("func", func() { fn() })
	var q **T
	try("double", func() { println((*q).a) })
	// Unrecovered: the program dies with gc's message, the signal line and exit status 2.
	println(get(p))
}
