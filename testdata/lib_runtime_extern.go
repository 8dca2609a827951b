package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{ x int }

func (t *T) String() string { return "T" }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if !ok {
			fmt.Printf("%s: not a runtime.Error: %v\n", name, r)
			return
		}
		var e error = re
		fmt.Printf("%s: %s\n", name, e.Error())
	}()
	f()
}

var zero int
var nilMap map[string]int

func here() (string, int) {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "?", 0
	}
	return file[strings.LastIndex(file, "/")+1:], line
}

func inner() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var names []string
	for {
		f, more := frames.Next()
		names = append(names, f.Function)
		if !more {
			break
		}
	}
	return names
}

func outer() []string { return inner() }

func stack() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.NumCPU() >= 1)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0))
	runtime.Gosched()
	fmt.Println(runtime.MemProfileRate)

	catch("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	catch("divide", func() { _ = 10 / zero })
	catch("nil", func() {
		var p *T
		fmt.Println(p.x)
	})
	catch("map", func() { nilMap["a"] = 1 })
	catch("assert", func() {
		var i interface{} = 1
		_ = i.(string)
	})
	catch("slice", func() {
		s := make([]int, 2)
		j := 4
		_ = s[1:j]
	})
	var err interface{} = fmt.Errorf("plain")
	_, isRT := err.(runtime.Error)
	fmt.Println("plain error is runtime.Error:", isRT)

	file, line := here()
	fmt.Println(file, line)
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("deep caller ok:", ok)
	fmt.Println(outer())
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
	f := runtime.FuncForPC(pc)
	_, l := f.FileLine(pc)
	fmt.Println(l > 0, f.Entry() <= pc)

	x := &T{7}
	runtime.KeepAlive(x)
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1."))
	st := stack()
	fmt.Println(strings.HasPrefix(st, "goroutine 1 [running]:\nmain.stack("), strings.Contains(st, "\nmain.main("))
	small := make([]byte, 10)
	fmt.Println(runtime.Stack(small, true), string(small))
}
