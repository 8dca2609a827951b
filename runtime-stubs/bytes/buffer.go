// Package bytes implements functions for the manipulation of byte slices, mirroring package
// strings, plus the Buffer and Reader types.
package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// smallBufferSize is the capacity first given to an empty Buffer's storage.
const smallBufferSize = 64

// MinRead is the smallest free space ReadFrom offers to each Read call.
const MinRead = 512

// ErrTooLarge is the panic value when a Buffer cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

var errUnreadRune = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")

const maxInt = int(^uint(0) >> 1)

// lastOp records what the previous Buffer operation was, for UnreadByte and UnreadRune: a
// successful read of a rune of 1 to 4 bytes (that width), some other read, or anything else.
type lastOp int8

const (
	opOtherRead lastOp = -1
	opNone      lastOp = 0
)

// A Buffer is a variable-sized buffer of bytes: written at the end, read from the front. The zero
// value is an empty buffer ready to use.
type Buffer struct {
	data  []byte // the unread bytes are data[start:]
	start int
	last  lastOp
}

// NewBuffer makes a Buffer whose initial contents are buf (which it takes ownership of).
func NewBuffer(buf []byte) *Buffer { return &Buffer{data: buf} }

// NewBufferString makes a Buffer whose initial contents are a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{data: []byte(s)} }

// Bytes is the unread part of the buffer (aliasing it until the next modification).
func (b *Buffer) Bytes() []byte { return b.data[b.start:] }

// String is the unread part as a string; "<nil>" for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.data[b.start:])
}

// Len is the number of unread bytes; Cap the capacity of the underlying storage.
func (b *Buffer) Len() int { return len(b.data) - b.start }

func (b *Buffer) Cap() int { return cap(b.data) }

func (b *Buffer) drained() bool { return b.start >= len(b.data) }

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.data = b.data[:0]
	b.start = 0
	b.last = opNone
}

// Truncate keeps only the first n unread bytes; it panics when n is out of range.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.last = opNone
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.data = b.data[:b.start+n]
}

// extendInPlace lengthens data by n when the capacity allows, returning where the new bytes go.
func (b *Buffer) extendInPlace(n int) (int, bool) {
	l := len(b.data)
	if n > cap(b.data)-l {
		return 0, false
	}
	b.data = b.data[:l+n]
	return l, true
}

// makeRoom lengthens the buffer by n bytes, returning the index where they start. The unread bytes
// slide to the front when that frees enough space; otherwise the storage is reallocated.
func (b *Buffer) makeRoom(n int) int {
	unread := b.Len()
	if unread == 0 && b.start != 0 {
		b.Reset()
	}
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	if b.data == nil && n <= smallBufferSize {
		b.data = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.data)
	switch {
	case n <= c/2-unread:
		copy(b.data, b.data[b.start:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		b.data = reallocate(b.data[b.start:], b.start+n)
	}
	b.start = 0
	b.data = b.data[:unread+n]
	return unread
}

// reallocate copies p into new storage with room for at least n more bytes (and at least twice
// p's capacity); running out of memory becomes ErrTooLarge.
func reallocate(p []byte, n int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	size := len(p) + n
	if size < 2*cap(p) {
		size = 2 * cap(p)
	}
	q := append([]byte(nil), make([]byte, size)...)
	copy(q, p)
	return q[:len(p)]
}

// Grow makes room for at least n more bytes without reallocating; it panics for a negative n.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.makeRoom(n)
	b.data = b.data[:at]
}

// reserve lengthens the buffer by n bytes and returns where they start.
func (b *Buffer) reserve(n int) int {
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	return b.makeRoom(n)
}

// Write appends p; the error is always nil (a buffer too large panics with ErrTooLarge).
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.last = opNone
	at := b.reserve(len(p))
	return copy(b.data[at:], p), nil
}

// WriteString appends s.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.last = opNone
	at := b.reserve(len(s))
	return copy(b.data[at:], s), nil
}

// WriteByte appends c; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.last = opNone
	at := b.reserve(1)
	b.data[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r, returning its length.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.last = opNone
	at := b.reserve(utf8.UTFMax)
	n = utf8.EncodeRune(b.data[at:at+utf8.UTFMax], r)
	b.data = b.data[:at+n]
	return n, nil
}

// ReadFrom appends everything r yields until EOF (which is not reported as an error).
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.last = opNone
	for {
		at := b.makeRoom(MinRead)
		b.data = b.data[:at]
		m, e := r.Read(b.data[at:cap(b.data)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.data = b.data[:at+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo drains the buffer into w.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.last = opNone
	if unread := b.Len(); unread > 0 {
		m, e := w.Write(b.data[b.start:])
		if m > unread {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.start += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != unread {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read takes up to len(p) bytes; io.EOF when the buffer is empty (unless len(p) is 0).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.last = opNone
	if b.drained() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.data[b.start:])
	b.start += n
	if n > 0 {
		b.last = opOtherRead
	}
	return n, nil
}

// Next takes the next n bytes (fewer if the buffer is shorter), aliasing the buffer.
func (b *Buffer) Next(n int) []byte {
	b.last = opNone
	if unread := b.Len(); n > unread {
		n = unread
	}
	p := b.data[b.start : b.start+n]
	b.start += n
	if n > 0 {
		b.last = opOtherRead
	}
	return p
}

// ReadByte takes the next byte, or fails with io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.drained() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.data[b.start]
	b.start++
	b.last = opOtherRead
	return c, nil
}

// ReadRune takes the next UTF-8 encoded rune (an invalid byte reads as U+FFFD of size 1).
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.drained() {
		b.Reset()
		return 0, 0, io.EOF
	}
	if c := b.data[b.start]; c < utf8.RuneSelf {
		b.start++
		b.last = 1
		return rune(c), 1, nil
	}
	r, size = utf8.DecodeRune(b.data[b.start:])
	b.start += size
	b.last = lastOp(size)
	return r, size, nil
}

// UnreadRune puts back the rune the previous operation, a ReadRune, took.
func (b *Buffer) UnreadRune() error {
	if b.last <= opNone {
		return errUnreadRune
	}
	if b.start >= int(b.last) {
		b.start -= int(b.last)
	}
	b.last = opNone
	return nil
}

// UnreadByte puts back the last byte taken by the previous operation, which must have been a read.
func (b *Buffer) UnreadByte() error {
	if b.last == opNone {
		return errUnreadByte
	}
	b.last = opNone
	if b.start > 0 {
		b.start--
	}
	return nil
}

// takeThrough takes the bytes up to and including delim (all of them and io.EOF when absent),
// aliasing the buffer.
func (b *Buffer) takeThrough(delim byte) (line []byte, err error) {
	end := len(b.data)
	if i := IndexByte(b.data[b.start:], delim); i >= 0 {
		end = b.start + i + 1
	} else {
		err = io.EOF
	}
	line = b.data[b.start:end]
	b.start = end
	b.last = opOtherRead
	return line, err
}

// ReadBytes takes a copy of the bytes through delim; the error is non-nil (io.EOF) only when
// delim is absent.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	p, err := b.takeThrough(delim)
	line = append(line, p...)
	return line, err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	p, err := b.takeThrough(delim)
	return string(p), err
}
