// Package fmt implements formatted printing and (a little) scanning, with the verbs and output of
// Go's fmt.
package fmt

import (
	"io"
	"os"
	"reflect"
)

// A printer formats one call's operands into out.
type printer struct {
	out  []byte
	spec spec // the current directive

	// The operand being printed: arg as given, or value once printing goes through reflection.
	arg   interface{}
	value reflect.Value

	erroring  bool // printing a bad-verb report: do not call the operand's methods
	panicking bool // printing the value a String/Error/Format method panicked with

	// Errorf's %w: allowed, and the error it named.
	wrapErrs bool
	wrapped  error
}

func newPrinter() *printer {
	return &printer{out: make([]byte, 0, 64)}
}

// Fprintf formats according to format and writes to w.
func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.printf(format, a)
	return w.Write(p.out)
}

// Printf formats according to format and writes to standard output.
func Printf(format string, a ...interface{}) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to format and returns the result.
func Sprintf(format string, a ...interface{}) string {
	p := newPrinter()
	p.printf(format, a)
	return string(p.out)
}

// Appendf formats according to format and appends the result to b.
func Appendf(b []byte, format string, a ...interface{}) []byte {
	p := newPrinter()
	p.printf(format, a)
	return append(b, p.out...)
}

// Fprint writes the operands' default formats to w, with spaces between operands when neither
// is a string.
func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.print(a)
	return w.Write(p.out)
}

func Print(a ...interface{}) (n int, err error) { return Fprint(os.Stdout, a...) }

func Sprint(a ...interface{}) string {
	p := newPrinter()
	p.print(a)
	return string(p.out)
}

func Append(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.print(a)
	return append(b, p.out...)
}

// Fprintln writes the operands' default formats to w, separated by spaces, and a newline.
func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.println(a)
	return w.Write(p.out)
}

func Println(a ...interface{}) (n int, err error) { return Fprintln(os.Stdout, a...) }

func Sprintln(a ...interface{}) string {
	p := newPrinter()
	p.println(a)
	return string(p.out)
}

func Appendln(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.println(a)
	return append(b, p.out...)
}

// print is Print's layout: a space between two operands unless one of them is a string.
func (p *printer) print(a []interface{}) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && reflect.TypeOf(arg).Kind() == reflect.String
		if i > 0 && !isString && !prevString {
			p.out = append(p.out, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *printer) println(a []interface{}) {
	for i, arg := range a {
		if i > 0 {
			p.out = append(p.out, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.out = append(p.out, '\n')
}
