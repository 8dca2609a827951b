// Package bufio wraps an io.Reader or io.Writer with a buffer (Reader, Writer) and splits input
// into tokens (Scanner), with gc's API, errors and buffer behaviour.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const (
	defaultBufSize    = 4096
	minReadBufferSize = 16
	// How many Read calls in a row may return neither data nor an error before a reader is
	// considered stuck (io.ErrNoProgress).
	maxConsecutiveEmptyReads = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")

	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
)

// Reader buffers an io.Reader. The unread bytes are buf[r:w]; err is the underlying reader's
// error, held until the buffered bytes before it have been consumed.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error
	lastByte     int // the last byte read, for UnreadByte; -1 when there is none
	lastRuneSize int // the size of the last rune read, for UnreadRune; -1 when there is none
}

// NewReaderSize returns a Reader whose buffer has at least size bytes (16 at least); rd itself
// when it already is such a Reader.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
}

// NewReader returns a Reader with the default buffer size (4096 bytes).
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size is the length of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops any buffered data and error and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill moves the unread bytes to the front of the buffer and reads once more into the rest,
// retrying reads that return nothing.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxConsecutiveEmptyReads; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// readErr hands out the pending error once.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// Buffered is the number of bytes that can be read from the buffer without reading.
func (b *Reader) Buffered() int { return b.w - b.r }

// Peek returns the next n bytes without consuming them; fewer with the reason when the reader
// ends first, or ErrBufferFull when n is larger than the buffer.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte, b.lastRuneSize = -1, -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if have := b.w - b.r; have < n {
		n = have
		if err = b.readErr(); err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes and says how many it skipped.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.lastByte, b.lastRuneSize = -1, -1
	left := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > left {
			skip = left
		}
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.readErr()
		}
	}
}

// Read reads into p from the buffer, or with at most one Read of the underlying reader (directly
// into p when p is at least as large as the buffer and the buffer is empty).
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read (only right after an operation that read bytes).
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.w = 1 // the buffer was emptied by Reset-like use: the byte becomes its only content
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte, b.lastRuneSize = -1, -1
	return nil
}

// ReadRune reads one UTF-8 encoded rune; an invalid encoding reads as U+FFFD of size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune puts back the last rune, only right after ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte, b.lastRuneSize = -1, -1
	return nil
}

// ReadSlice reads up to and including delim and returns a slice of the buffer itself (valid
// until the next read); ErrBufferFull when the buffer fills first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes already searched in earlier rounds
	for {
		if i := bytes.IndexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			end := b.r + searched + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if n := len(line); n > 0 {
		b.lastByte = int(line[n-1])
		b.lastRuneSize = -1
	}
	return line, err
}

// ReadLine returns one line without its "\n" or "\r\n"; isPrefix when the line was longer than
// the buffer (the rest comes with the next calls).
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// A "\r" at the end of a full buffer may start "\r\n": keep it for the next call.
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		cut := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			cut = 2
		}
		line = line[:len(line)-cut]
	}
	return line, false, err
}

// readUntil gathers the bytes up to and including delim across as many buffer loads as needed.
func (b *Reader) readUntil(delim byte) ([]byte, error) {
	var out []byte
	for {
		frag, err := b.ReadSlice(delim)
		if err == ErrBufferFull {
			out = append(out, frag...)
			continue
		}
		// Always a fresh, non-nil slice (empty at the end of input), never the buffer itself.
		all := make([]byte, len(out)+len(frag))
		copy(all[copy(all, out):], frag)
		return all, err
	}
}

// ReadBytes reads up to and including delim; the error is non-nil exactly when the data does not
// end in delim.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) { return b.readUntil(delim) }

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	s, err := b.readUntil(delim)
	return string(s), err
}

// WriteTo writes the buffered data and then everything left in the underlying reader to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte, b.lastRuneSize = -1, -1
	n, err = b.writeBuf(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		return n + m, err
	}
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.writeBuf(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.readErr()
}

func (b *Reader) writeBuf(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}
