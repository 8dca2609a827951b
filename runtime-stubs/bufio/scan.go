package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// A SplitFunc finds the next token in data: it returns how many bytes to consume and the token
// (nil for none yet: the Scanner reads more), or an error that stops the scan. atEOF says no more
// data will come.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	// ErrFinalToken from a SplitFunc delivers its token as the last one and ends the scan
	// without an error.
	ErrFinalToken = errors.New("final token")
)

// MaxScanTokenSize is the default largest token (the buffer never grows beyond it).
const MaxScanTokenSize = 64 * 1024

const startBufSize = 4096 // the first buffer, grown by doubling

// Scanner reads tokens (lines by default) from a reader. The unsplit data is buf[start:end].
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start, end   int
	err          error
	empties      int  // empty tokens in a row without consuming input
	scanCalled   bool // Buffer and Split may no longer be called
	done         bool
}

// NewScanner returns a Scanner reading lines from r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err is the first error the scan met, nil for a plain end of input.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes is the last token, in the Scanner's buffer (overwritten by the next Scan).
func (s *Scanner) Bytes() []byte { return s.token }

// Text is the last token as a string.
func (s *Scanner) Text() string { return string(s.token) }

// Scan advances to the next token; false at the end of input or on an error.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Split what is buffered first; at the end of input (an error is set) the split
		// function sees atEOF and gets a last chance at the rest.
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return true
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					// Empty tokens at EOF without progress would loop forever.
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		// Make room: slide the data down, or grow the buffer when it is full.
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			const maxInt = int(^uint(0) >> 1)
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
				s.setErr(ErrTooLong)
				return false
			}
			size := len(s.buf) * 2
			if size == 0 {
				size = startBufSize
			}
			if size > s.maxTokenSize {
				size = s.maxTokenSize
			}
			grown := make([]byte, size)
			copy(grown, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
			s.buf = grown
		}
		for empty := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			empty++
			if empty > maxConsecutiveEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr keeps the first real error (io.EOF yields to a later one).
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the first buffer (its capacity is used) and the largest token; only before Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function; only before Scan.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

var errorRune = []byte(string(utf8.RuneError))

// ScanRunes makes each UTF-8 encoded rune a token; an invalid encoding gives U+FFFD for one byte.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	if _, size := utf8.DecodeRune(data); size > 1 {
		return size, data[0:size], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil // the rune may be complete once more data comes
	}
	return 1, errorRune, nil
}

// ScanLines makes each line a token, without its "\n" or "\r\n"; a last line need not end in "\n".
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func dropCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// isSpace is unicode.IsSpace, without importing unicode.
func isSpace(r rune) bool {
	switch {
	case r == ' ' || '\t' <= r && r <= '\r', r == 0x85, r == 0xA0:
		return true
	case r < 0x1680:
		return false
	case 0x2000 <= r && r <= 0x200A:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}

// ScanWords makes each run of non-space runes a token.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, size := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for i := start; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + size, data[start:i], nil
		}
		i += size
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
