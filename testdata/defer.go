package main

type simpleErr struct{ s string }

func (e *simpleErr) Error() string { return e.s }

func newError(s string) error { return &simpleErr{s} }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error " + itoa(e.code) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body done")
}

func named() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = newError("recovered: " + r.(error).Error())
		}
	}()
	return a / b, nil
}

func catch(f func()) (msg string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			msg = e.Error()
		} else if s, ok := r.(string); ok {
			msg = s
		} else {
			msg = "other"
		}
	}()
	f()
	return "no panic"
}

func noRecoverInHelper() (ok bool) {
	defer func() { recover() }()
	defer func() { ok = helperRecover() == nil }()
	panic("x")
}

func helperRecover() interface{} { return recover() }

func main() {
	order()
	println(named())
	q, err := safeDiv(10, 2)
	println(q, err == nil)
	q, err = safeDiv(1, 0)
	println(q, err.Error())
	println(catch(func() { panic("boom") }))
	println(catch(func() { var a []int; _ = a[3] }))
	println(catch(func() { panic(&MyErr{7}) }))
	println(catch(func() { panic(42) }))
	println(catch(func() {}))
	println(noRecoverInHelper())
	println(recover() == nil)
	defer println("last deferred in main")
	defer func() {
		recover()
		println("recovered in main")
	}()
	panic(newError("final"))
}
