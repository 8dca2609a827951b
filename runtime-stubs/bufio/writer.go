package bufio

import (
	"io"
	"unicode/utf8"
)

// Writer buffers an io.Writer: buf[:n] is waiting to be written. After a write error every
// later call returns that error.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize returns a Writer with a buffer of at least size bytes (the default for size <= 0);
// w itself when it already is such a Writer.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size (4096 bytes).
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size is the length of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops unflushed data and any error and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered data. A short write without an error is io.ErrShortWrite; what was
// not written stays buffered.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	m, err := b.wr.Write(b.buf[:b.n])
	if m < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if m > 0 && m < b.n {
			copy(b.buf, b.buf[m:b.n])
		}
		b.n -= m
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available is the free room in the buffer; Buffered the bytes waiting.
func (b *Writer) Available() int { return len(b.buf) - b.n }
func (b *Writer) Buffered() int  { return b.n }

// AvailableBuffer is an empty slice over the free room, to append to and pass to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Write buffers p; data that does not fit is flushed, and when the buffer is empty a large p goes
// straight to the underlying writer.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var m int
		if b.n == 0 {
			m, b.err = b.wr.Write(p)
		} else {
			m = copy(b.buf[b.n:], p)
			b.n += m
			b.Flush()
		}
		nn += m
		p = p[m:]
	}
	if b.err != nil {
		return nn, b.err
	}
	m := copy(b.buf[b.n:], p)
	b.n += m
	return nn + m, nil
}

// WriteByte buffers one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune buffers the UTF-8 encoding of r.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than a rune: go through WriteString.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString buffers s, flushing as the buffer fills.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		m := copy(b.buf[b.n:], s)
		b.n += m
		nn += m
		s = s[m:]
		b.Flush()
	}
	if b.err != nil {
		return nn, b.err
	}
	m := copy(b.buf[b.n:], s)
	b.n += m
	return nn + m, nil
}

// ReadFrom reads r to its end into the buffer, flushing when full; with an empty buffer and an
// underlying io.ReaderFrom it hands r over to that.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, hasReadFrom := b.wr.(io.ReaderFrom)
	var m int
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasReadFrom && b.n == 0 {
			nn, err := rf.ReadFrom(r)
			b.err = err
			return n + nn, err
		}
		empty := 0
		for empty < maxConsecutiveEmptyReads {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			empty++
		}
		if empty == maxConsecutiveEmptyReads {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// The reader is done: flush now only if the buffer is full.
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter joins a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter over r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
