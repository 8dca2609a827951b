package runtime

// Error is the interface of the run-time errors the runtime panics with (index out of range, nil
// dereference, integer division by zero, failed type assertions, map misuse...): recover() gets a
// value that is an Error, and its Error method says "runtime error: ..." (type assertions:
// "interface conversion: ...").
type Error interface {
	error
	// RuntimeError distinguishes run-time errors from ordinary errors.
	RuntimeError()
}

// The run-time error types (panic.go, map.go, iface.go's TypeAssertionError) are Errors.
func (e runtimeError) RuntimeError() {}
func (e boundsError) RuntimeError()  {}
func (e plainError) RuntimeError()   {}
