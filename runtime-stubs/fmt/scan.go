package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// Scanning: reading space-separated values from text into the variables operands point to.
// Scan and Sscan treat newlines as space; the ln forms stop at a newline and want nothing but
// space after the last operand; the f forms follow a format, where a newline must match a
// newline and other runs of space match runs of space.

// ScanState is what a Scanner's Scan method sees of the input.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// A Scanner reads its own representation from the input.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

func Scan(a ...interface{}) (n int, err error)   { return Fscan(os.Stdin, a...) }
func Scanln(a ...interface{}) (n int, err error) { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...interface{}) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

func Sscan(str string, a ...interface{}) (n int, err error) {
	return newScanner(&stringSource{s: str}, true, false).scanAll(a)
}

func Sscanln(str string, a ...interface{}) (n int, err error) {
	return newScanner(&stringSource{s: str}, false, true).scanAll(a)
}

func Sscanf(str string, format string, a ...interface{}) (n int, err error) {
	return newScanner(&stringSource{s: str}, false, false).scanFormat(format, a)
}

func Fscan(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanner(runeSourceOf(r), true, false).scanAll(a)
}

func Fscanln(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanner(runeSourceOf(r), false, true).scanAll(a)
}

func Fscanf(r io.Reader, format string, a ...interface{}) (n int, err error) {
	return newScanner(runeSourceOf(r), false, false).scanFormat(format, a)
}

// stringSource reads runes from a string.
type stringSource struct {
	s    string
	pos  int
	last int // size of the last rune read, for UnreadRune
}

func (r *stringSource) ReadRune() (rune, int, error) {
	if r.pos >= len(r.s) {
		r.last = 0
		return 0, 0, io.EOF
	}
	c, size := utf8.DecodeRuneInString(r.s[r.pos:])
	r.pos += size
	r.last = size
	return c, size, nil
}

func (r *stringSource) UnreadRune() error {
	r.pos -= r.last
	r.last = 0
	return nil
}

// byteSource reads runes from a Reader one byte at a time, so that scanning never consumes more
// of the reader than the runes it uses (and one pushed back).
type byteSource struct {
	r       io.Reader
	pending []byte // bytes read but not yet decoded (after invalid UTF-8)
	last    rune   // the last rune read
	size    int
	unread  bool // last is to be returned again
}

func runeSourceOf(r io.Reader) io.RuneScanner {
	if rs, ok := r.(io.RuneScanner); ok {
		return rs
	}
	return &byteSource{r: r}
}

func (b *byteSource) readByte() (byte, error) {
	if len(b.pending) > 0 {
		c := b.pending[0]
		b.pending = b.pending[1:]
		return c, nil
	}
	var one [1]byte
	n, err := io.ReadFull(b.r, one[:])
	if n != 1 {
		return 0, err
	}
	return one[0], nil
}

func (b *byteSource) ReadRune() (rune, int, error) {
	if b.unread {
		b.unread = false
		return b.last, b.size, nil
	}
	c, err := b.readByte()
	if err != nil {
		return 0, 0, err
	}
	buf := []byte{c}
	for c >= utf8.RuneSelf && !utf8.FullRune(buf) {
		next, err := b.readByte()
		if err != nil {
			break
		}
		buf = append(buf, next)
	}
	r, size := utf8.DecodeRune(buf)
	if size < len(buf) {
		b.pending = append(buf[size:len(buf):len(buf)], b.pending...)
	}
	b.last, b.size = r, size
	return r, size, nil
}

func (b *byteSource) UnreadRune() error {
	if b.size == 0 || b.unread {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	b.unread = true
	return nil
}

const (
	eof     = -1
	noWidth = 1 << 30
)

// scanner is the state of one scanning call; it is the ScanState Scanner methods see.
type scanner struct {
	in        io.RuneScanner
	count     int  // runes consumed
	atEOF     bool // the input (or the line, for the ln forms) is exhausted
	nlIsSpace bool
	nlIsEnd   bool
	width     int    // the current operand's width, noWidth when none
	limit     int    // count at which the current operand's input ends
	token     []byte // the token being read
}

// scanFailure carries an error out of the scanning routines by panicking.
type scanFailure struct{ err error }

func newScanner(in io.RuneScanner, nlIsSpace, nlIsEnd bool) *scanner {
	return &scanner{in: in, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, width: noWidth, limit: noWidth}
}

func (s *scanner) fail(err error)       { panic(scanFailure{err}) }
func (s *scanner) failText(text string) { panic(scanFailure{errors.New(text)}) }

// recoverFailure turns a scanning failure (or running out of input) into the call's error.
func recoverFailure(errp *error) {
	r := recover()
	if r == nil {
		return
	}
	if f, ok := r.(scanFailure); ok {
		*errp = f.err
		return
	}
	if e, ok := r.(error); ok && e == io.EOF {
		*errp = e
		return
	}
	panic(r)
}

func (s *scanner) ReadRune() (rune, int, error) {
	if s.atEOF || s.count >= s.limit {
		return 0, 0, io.EOF
	}
	r, size, err := s.in.ReadRune()
	switch {
	case err == nil:
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	case err == io.EOF:
		s.atEOF = true
	}
	return r, size, err
}

func (s *scanner) UnreadRune() error {
	s.in.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanner) Width() (int, bool) {
	if s.width == noWidth {
		return 0, false
	}
	return s.width, true
}

func (s *scanner) Read(buf []byte) (int, error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// next reads a rune, eof at the end of the input or of the operand's width.
func (s *scanner) next() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.fail(err)
	}
	return r
}

// mustNext is next where the end of input is an error.
func (s *scanner) mustNext() rune {
	r := s.next()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// requireInput fails with io.EOF when no input is left.
func (s *scanner) requireInput() {
	if s.next() == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// SkipSpace skips spaces; a newline is a space for Scan, the end for Scanln ("unexpected
// newline" before an operand), and \r\n counts as \n.
func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		if r == eof {
			return
		}
		if r == '\r' && s.peekIs("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failText("unexpected newline")
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			if fail, ok := r.(scanFailure); ok {
				err = fail.err
				return
			}
			panic(r)
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.token = s.token[:0]
	return s.readToken(skipSpace, f), nil
}

// readToken appends to s.token the run of runes satisfying f.
func (s *scanner) readToken(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.token = utf8.AppendRune(s.token, r)
	}
	return s.token
}

// isSpace: the Unicode White_Space characters.
func isSpace(r rune) bool {
	switch {
	case r == ' ', r >= '\t' && r <= '\r', r == 0x85, r == 0xA0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// accept reads the next rune into the token if it is in set.
func (s *scanner) accept(set string) bool {
	r := s.next()
	if r == eof {
		return false
	}
	if containsRune(set, r) {
		s.token = utf8.AppendRune(s.token, r)
		return true
	}
	s.UnreadRune()
	return false
}

// skipIf reads the next rune if it is in set, without keeping it.
func (s *scanner) skipIf(set string) bool {
	r := s.next()
	if r == eof {
		return false
	}
	if containsRune(set, r) {
		return true
	}
	return false // gc's scanner does not put back a rune it rejects here
}

// peekIs reports whether the next rune is in set, without reading it.
func (s *scanner) peekIs(set string) bool {
	r := s.next()
	if r != eof {
		s.UnreadRune()
	}
	return containsRune(set, r)
}

// scanAll is Scan and Scanln: each operand with %v.
func (s *scanner) scanAll(a []interface{}) (n int, err error) {
	defer recoverFailure(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		// Only space may follow, up to the newline.
		for {
			r := s.next()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failText("expected newline")
			}
		}
	}
	return n, nil
}
