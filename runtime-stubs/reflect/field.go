package reflect

// StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // package path of an unexported field, "" for exported ones
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// Field is the i'th field of a struct type.
func (t *rtype) Field(i int) StructField {
	if t.kindOf() != Struct {
		panic("reflect: Field of non-struct type " + t.str)
	}
	if i < 0 || i >= t.fieldCount() {
		panic("reflect: Field index out of bounds")
	}
	fe := t.fieldAt(i)
	f := StructField{
		Name:      fe.name,
		PkgPath:   fe.pkgpath,
		Type:      toType(fe.typ),
		Tag:       StructTag(fe.tag),
		Offset:    fe.offset,
		Index:     []int{i},
		Anonymous: fe.embedded != 0,
	}
	return f
}

// FieldByIndex follows a path of field indexes through embedded structs.
func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for depth, i := range index {
		if depth > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(i)
		cur = f.Type
	}
	if len(index) > 0 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// FieldByName finds a field by name, among the struct's own fields and then, breadth first, those
// promoted from embedded structs (an ambiguous name at the shallowest depth is not found).
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.kindOf() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.str)
	}
	type candidate struct {
		typ   *rtype
		index []int
	}
	level := []candidate{{t, nil}}
	visited := map[*rtype]bool{}
	for len(level) > 0 {
		var next []candidate
		var found StructField
		count := 0
		for _, c := range level {
			if visited[c.typ] {
				continue
			}
			visited[c.typ] = true
			for i := 0; i < c.typ.fieldCount(); i++ {
				fe := c.typ.fieldAt(i)
				index := append(append([]int(nil), c.index...), i)
				if fe.name == name {
					count++
					if count == 1 {
						found = c.typ.Field(i)
						found.Index = index
					}
					continue
				}
				if fe.embedded != 0 {
					ft := fe.typ
					if ft.kindOf() == Pointer {
						ft = ft.elem
					}
					if ft.kindOf() == Struct {
						next = append(next, candidate{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

// A StructTag is a field's tag string: `key:"value" key2:"value2"`.
type StructTag string

// Get is the value for key in the tag, "" when absent.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup finds key in the tag: its value, unquoted, and whether it was there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return "", false
		}
		// A key is a run of printable characters other than space, quote and colon.
		i := 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			return "", false
		}
		name := s[:i]
		s = s[i+1:]
		// The quoted value, up to an unescaped quote.
		j := 1
		for j < len(s) && s[j] != '"' {
			if s[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(s) {
			return "", false
		}
		quoted := s[:j+1]
		s = s[j+1:]
		if name == key {
			v, good := unquoteTag(quoted)
			if !good {
				return "", false
			}
			return v, true
		}
	}
}

// unquoteTag undoes the escapes of a double-quoted Go string literal (the ones tags use).
func unquoteTag(q string) (string, bool) {
	q = q[1 : len(q)-1]
	var out []byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(q) {
			return "", false
		}
		switch q[i] {
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'r':
			out = append(out, '\r')
		case '\\', '"', '\'':
			out = append(out, q[i])
		default:
			return "", false
		}
	}
	return string(out), true
}
