package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

// shape replaces digits by 9, to check the date and time layout whatever the clock says.
func shape(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9'
		}
	}
	return string(b)
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "pre: ", 0)
	l.Print("a", 1, 2, "b")
	l.Printf("x=%d", 5)
	l.Println("c", 3)
	l.Print("ends with newline\n")
	l.Print()
	fmt.Print(buf.String())
	buf.Reset()

	l.SetFlags(log.Lshortfile)
	l.Print("short")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Print("msgprefix")
	l.SetPrefix("[p] ")
	fmt.Println(l.Prefix(), l.Flags() == log.Lshortfile|log.Lmsgprefix)
	l.Output(1, "output depth 1")
	fmt.Print(buf.String())
	buf.Reset()

	l.SetFlags(log.Llongfile)
	l.Print("long")
	s := buf.String()
	fmt.Println(strings.HasPrefix(s, "[p] /"), strings.HasSuffix(s, "lib_log.go:44: long\n"))
	buf.Reset()

	l.SetFlags(log.LstdFlags)
	l.SetPrefix("")
	l.Print("std")
	l.SetFlags(log.Ldate | log.Lmicroseconds | log.LUTC)
	l.Print("micro")
	l.SetFlags(log.Ltime)
	l.Print("time")
	fmt.Print(shape(buf.String()))
	buf.Reset()

	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.SetFlags(0)
		l.Panicf("bad %s", "thing")
	}()
	fmt.Print(buf.String())

	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stderr, log.Default().Writer() == os.Stderr)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout")
	log.Printf("%v|%v", []int{1}, nil)
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panicln("p", 1)
	}()
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal %d", 7)
	fmt.Println("not reached")
}
