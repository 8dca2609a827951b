// Package errors implements functions to manipulate errors: New, and the wrapping chain walked by
// Is, As and Unwrap.
package errors

// New returns an error whose Error method returns text. Each call gives a distinct error, even for
// equal texts.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }
