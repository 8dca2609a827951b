package main

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panic:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	s := "héllo, 世界\xff!"
	r := []rune(s)
	println(len(r), cap(r) >= len(r))
	for i, c := range r {
		println(i, c, string(c))
	}
	println(string(r), string(r[7:9]), string([]rune{}), len(string([]rune(nil))))
	println(string(rune(-1)), string(rune(0xD800)), string(rune(0x10FFFF)), string(rune(0x110000)))
	r[0] = 'H'
	r = append(r, 'ß', -5)
	println(string(r))
	var empty string
	println(len([]rune(empty)), []rune(empty) != nil)
	type myRunes []rune
	mr := myRunes("ok")
	println(len(mr), string(mr))

	b := append([]byte("ab"), "cd"...)
	println(string(b))

	sl := []int{1, 2, 3, 4}
	p := (*[2]int)(sl)
	p[0] = 9
	println(sl[0], len(p))
	q := (*[4]int)(sl[:4])
	println(q[3])
	var nilSlice []int
	println((*[0]int)(nilSlice) == nil, (*[0]int)(sl[:0]) != nil)
	try("short", func() { _ = (*[5]int)(sl) })
	try("short2", func() { _ = (*[3]int)(sl[1:3]) })
	for i, c := range "a\xffb\xe4\xb8\xe4\xb8\x96" {
		println(i, c)
	}
}
