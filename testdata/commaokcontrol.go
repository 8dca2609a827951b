package main

type E uintptr

var names = map[E]string{22: "invalid"}

func (e E) Error() string {
	if s, ok := names[e]; ok {
		return s
	}
	return "other"
}

type W struct {
	Op  string
	Err error
}

func (w *W) Error() string { return w.Op + ": " + w.Err.Error() }

func mk() error { return &W{Op: "setenv", Err: E(22)} }

func main() {
	var err error = E(22)
	println(err.Error())
	println(mk().Error())
}
