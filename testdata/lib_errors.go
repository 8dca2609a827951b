package main

import "errors"

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr" }

type PtrErr struct{ msg string }

func (e *PtrErr) Error() string { return "ptrerr: " + e.msg }

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return target == errTarget }

type asHook struct{}

func (asHook) Error() string { return "asHook" }
func (asHook) As(t any) bool {
	if p, ok := t.(*int); ok {
		*p = 42
		return true
	}
	return false
}

type uncomparable []int

func (u uncomparable) Error() string { return "uncomparable" }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

var errTarget = errors.New("target")

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			println(name, "panic:", s)
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

func main() {
	a := errors.New("a")
	a2 := errors.New("a")
	println(a.Error(), a == a2, a == a)
	println(errors.Is(a, a), errors.Is(a, a2), errors.Is(nil, nil), errors.Is(a, nil), errors.Is(nil, a))

	w := &wrapper{"outer", &wrapper{"inner", a}}
	println(w.Error())
	println(errors.Is(w, a), errors.Is(w, a2))
	println(errors.Unwrap(w) == w.err, errors.Unwrap(a) == nil, errors.Unwrap(errors.Unwrap(errors.Unwrap(w))) == nil)

	println(errors.Is(isAll{}, errTarget), errors.Is(isAll{}, a))
	println(errors.Is(&wrapper{"x", isAll{}}, errTarget))
	println(errors.Is(uncomparable{1}, uncomparable{1}))
	println(errors.Is(&wrapper{"u", uncomparable{1}}, a))

	// As with a concrete value type.
	var me MyErr
	ok := errors.As(&wrapper{"w", MyErr{7}}, &me)
	println(ok, me.code)
	// As with a pointer type.
	var pe *PtrErr
	ok = errors.As(&wrapper{"w", &wrapper{"v", &PtrErr{"deep"}}}, &pe)
	println(ok, pe != nil && pe.msg == "deep", pe.Error())
	// No match.
	var pe2 *PtrErr
	println(errors.As(a, &pe2), pe2 == nil)
	println(errors.As(nil, &pe2))
	// As with an interface type.
	var te temporary
	ok = errors.As(&wrapper{"t", tempErr{}}, &te)
	println(ok, te != nil && te.Temporary())
	var anyErr interface{}
	println(errors.As(a, &anyErr), anyErr == a)
	var target error
	println(errors.As(w, &target), target == w)
	// As hook.
	var n int
	catch("int", func() { errors.As(asHook{}, &n) })
	// Panics.
	catch("nil", func() { errors.As(a, nil) })
	catch("nonptr", func() { errors.As(a, me) })
	var nilp *MyErr
	catch("nilptr", func() { errors.As(a, nilp) })
	catch("notErr", func() { var s string; errors.As(a, &s) })
}
