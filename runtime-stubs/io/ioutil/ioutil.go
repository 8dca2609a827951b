// Package ioutil is gc's io/ioutil: deprecated wrappers of io and os functions, kept for the
// programs that use them.
package ioutil

import (
	"io"
	"os"
)

// ReadAll reads r until EOF (io.ReadAll).
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile reads the whole named file (os.ReadFile).
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to the named file, creating it with perm if needed (os.WriteFile).
func WriteFile(filename string, data []byte, perm os.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// NopCloser is r with a Close method that does nothing (io.NopCloser).
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer on which every Write succeeds without doing anything (io.Discard).
var Discard io.Writer = io.Discard

// TempFile creates a new temporary file (os.CreateTemp).
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary directory (os.MkdirTemp).
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
