// Package embed names the type a //go:embed variable may have besides string and []byte. gosharp
// does not embed files yet (the compiler rejects a //go:embed directive that passes gc's checks),
// so the only FS there is is the zero one, which is empty.
package embed

import "errors"

// FS is a read-only collection of embedded files; the zero FS is empty.
type FS struct {
	files *[]string // never set yet: no embedding
}

var errNotExist = errors.New("file does not exist")

// ReadFile returns the named file's contents; no file exists in an empty FS.
func (f FS) ReadFile(name string) ([]byte, error) {
	return nil, &pathError{"open", name, errNotExist}
}

// pathError is io/fs.PathError's text (gosharp has no io/fs yet).
type pathError struct {
	op, path string
	err      error
}

func (e *pathError) Error() string { return e.op + " " + e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }
