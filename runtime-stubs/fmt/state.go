package fmt

import (
	"strconv"
	"unicode/utf8"
)

// The interfaces through which values take part in their own formatting.

// State is what a Formatter's Format method sees of the directive being printed, and where it
// writes its output.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// A Formatter formats itself for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// A Stringer's String method gives the value's text for %v, %s and other verbs taking a string.
type Stringer interface {
	String() string
}

// A GoStringer's GoString method gives the value's %#v text.
type GoStringer interface {
	GoString() string
}

// The printer is the State of the directive it is printing.

func (p *printer) Write(b []byte) (int, error) {
	p.out = append(p.out, b...)
	return len(b), nil
}

func (p *printer) WriteString(s string) (int, error) {
	p.out = append(p.out, s...)
	return len(s), nil
}

func (p *printer) Width() (int, bool)     { return p.spec.width, p.spec.hasWidth }
func (p *printer) Precision() (int, bool) { return p.spec.prec, p.spec.hasPrec }

func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.spec.minus
	case '+':
		return p.spec.plus || p.spec.plusV
	case '#':
		return p.spec.sharp || p.spec.sharpV
	case ' ':
		return p.spec.space
	case '0':
		return p.spec.zero
	}
	return false
}

// FormatString rebuilds the directive a Formatter was called for ("%-08.3x"), from the state's
// flags, width and precision.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	return string(utf8.AppendRune(b, verb))
}
