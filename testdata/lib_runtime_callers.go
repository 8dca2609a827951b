package main

import (
	"fmt"
	"runtime"
	"strings"
)

// frames lists the main package's frames above g, with lines when asked.
func frames(lines bool) string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(2, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fr.Next()
		if strings.HasPrefix(f.Function, "main.") {
			if lines {
				out = append(out, fmt.Sprint(f.Function, ":", f.Line))
			} else {
				out = append(out, f.Function)
			}
		} else {
			out = append(out, f.Function)
		}
		if !more {
			break
		}
	}
	return strings.Join(out, " ")
}

func g() { fmt.Println(frames(true)) }

func h(x int) { g() }

func gNoLines() { fmt.Println(frames(false)) }

func caller2() {
	_, file, line, _ := runtime.Caller(2)
	fmt.Println(file[strings.LastIndex(file, "/")+1:], line)
}

func panics() {
	defer g()
	defer h(1)
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("x")
}

func panicsCaller() {
	defer func() { recover() }()
	defer caller2() // Caller(2) from a deferred call run by a panic: the panicking line
	panic("y")
}

type T int

func (t T) M() { fmt.Println(frames(false)) }

func main() {
	panics()
	panicsCaller()
	func() {
		defer gNoLines()
	}()
	m := T(1).M // a method value: its wrapper is not a frame
	m()
	defer fmt.Println("deferred at main's return:", frames(false))
}
