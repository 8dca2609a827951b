package strings

import "io"

// A Replacer replaces a list of strings with replacements, trying them in argument order at each
// position and never re-scanning replaced text.
type Replacer struct {
	oldnew []string
}

// NewReplacer takes old, new string pairs; it panics for an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace is s with all replacements done.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.replace(&b, s)
	return b.String()
}

// WriteString writes s with the replacements done to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	var b Builder
	r.replace(&b, s)
	return io.WriteString(w, b.String())
}

// replace matches, at each position, the first pair (in argument order) whose old string is
// there; an empty old string matches at every position (between runes), once.
func (r *Replacer) replace(b *Builder, s string) {
	// gc picks, among the olds matching at a position, the first in argument order when any is a
	// generic (multi-byte) replacer: same result as this scan.
	emptyNew, hasEmpty := "", false
	for i := 0; i < len(r.oldnew); i += 2 {
		if r.oldnew[i] == "" {
			emptyNew, hasEmpty = r.oldnew[i+1], true
			break
		}
	}
	i := 0
	for i <= len(s) {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if old != "" && HasPrefix(s[i:], old) {
				b.WriteString(r.oldnew[k+1])
				i += len(old)
				matched = true
				break
			}
			if old == "" {
				break // an empty old string wins over the later pairs
			}
		}
		if matched {
			continue
		}
		if hasEmpty {
			b.WriteString(emptyNew)
		}
		if i == len(s) {
			break
		}
		b.WriteByte(s[i])
		i++
	}
}
