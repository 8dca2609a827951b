package main

import (
	"errors"
	"fmt"
)

// Errorf with and without %w, unwrapping, and errors as operands.

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type writer struct{ got []string }

func (w *writer) Write(b []byte) (int, error) {
	w.got = append(w.got, string(b))
	return len(b), nil
}

func main() {
	base := errors.New("base failure")
	e1 := fmt.Errorf("step one: %w", base)
	e2 := fmt.Errorf("step two: %w", e1)
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == base, errors.Unwrap(base) == nil)
	fmt.Println(errors.Is(e2, base), errors.Is(base, e2))

	plain := fmt.Errorf("no wrap %d %s", 1, "x")
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	fmt.Printf("%T %T\n", plain, e1)

	var ce codeErr
	e3 := fmt.Errorf("ctx: %w", codeErr{7})
	fmt.Println(e3, errors.As(e3, &ce), ce.code)

	// %w misuse
	fmt.Println(fmt.Errorf("two: %w %w", base, base))
	fmt.Println(fmt.Errorf("not an error: %w", 5))
	fmt.Println(fmt.Errorf("nil: %w", nil))
	fmt.Printf("printf: %w\n", base)
	fmt.Println(fmt.Sprintf("sprintf: %w", base))
	fmt.Println(errors.Unwrap(fmt.Errorf("two: %w %w", base, base)) == nil)
	fmt.Println(fmt.Errorf("%v and %w", "text", base))
	fmt.Println(fmt.Errorf("%+w|%10w|", base, base))

	// errors print through Error()
	fmt.Printf("%v|%s|%q|%x|%10v|%-10v|\n", base, base, base, e3, codeErr{1}, codeErr{2})
	fmt.Printf("%d\n", base)
	fmt.Println([]error{base, codeErr{3}})
	fmt.Printf("%+v %#v\n", struct{ E error }{codeErr{4}}, codeErr{5})

	// Fprint* to any writer
	w := &writer{}
	n, err := fmt.Fprintf(w, "%d-%s", 12, "ab")
	fmt.Println(n, err)
	n, err = fmt.Fprint(w, "x", 1, 2)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(w, "y", 3)
	fmt.Println(n, err)
	fmt.Printf("%q\n", w.got)
	n, err = fmt.Println("counted")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s\n", "x")
	fmt.Println(n, err)
	n, err = fmt.Print("abc\n")
	fmt.Println(n, err)
}
