package fmt

import "errors"

// Errorf formats like Sprintf and returns the text as an error. With a %w directive (one, given
// an error operand) the result also wraps that error: its Unwrap method returns it.
func Errorf(format string, a ...interface{}) error {
	p := newPrinter()
	p.wrapErrs = true
	p.printf(format, a)
	msg := string(p.out)
	if p.wrapped == nil {
		return errors.New(msg)
	}
	return &wrapError{msg, p.wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }
