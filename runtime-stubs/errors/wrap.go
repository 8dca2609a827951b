package errors

import "unsafe"

// Unwrap returns the result of calling err's Unwrap method, when it has one returning error;
// otherwise nil. (An Unwrap() []error method, as made by Join, is not followed by Unwrap.)
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether err, or an error in its tree (followed through Unwrap() error and
// Unwrap() []error, depth first), equals target or has an Is(error) bool method saying so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, comparable(dynType(unsafe.Pointer(&target))))
}

func is(err, target error, canCompare bool) bool {
	for {
		if canCompare && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if e != nil && is(e, target, canCompare) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}
