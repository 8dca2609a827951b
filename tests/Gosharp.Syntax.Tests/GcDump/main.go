// gcdump prints gc's syntax tree of Go files in the format of gosharp's AstPrinter, so tests can
// compare gosharp's parser with gc's (cmd/compile/internal/syntax) node by node, position by
// position, directive by directive; for a file with syntax errors it prints gc's first error.
// It must be built inside GOROOT's cmd tree (it imports an internal package), which the tests
// do with `go build -overlay` (see GcOracle.cs), leaving GOROOT untouched. It is an oracle for
// tests only: gosharp never runs it.
package main

import (
	"bufio"
	"cmd/compile/internal/syntax"
	"fmt"
	"os"
	"strings"
)

type printer struct {
	w      *bufio.Writer
	groups map[*syntax.Group]int
}

// Directives as gosharp keeps them: attached to declarations like gc's parser does, except
// go:linkname (collected per file) and those no declaration took (unused).
type prag struct {
	pos   syntax.Pos
	text  string
	blank bool
}

type pragmas struct{ list []prag }

var linknames, unused []prag

func handler(pos syntax.Pos, blank bool, text string, current syntax.Pragma) syntax.Pragma {
	cur, _ := current.(*pragmas)
	if text == "" {
		if cur != nil {
			unused = append(unused, cur.list...)
		}
		return nil
	}
	verb := text
	if i := strings.IndexAny(text, " \t"); i >= 0 {
		verb = text[:i]
	}
	if verb == "go:linkname" {
		linknames = append(linknames, prag{pos, text, blank})
		return current
	}
	if cur == nil {
		cur = &pragmas{}
	}
	cur.list = append(cur.list, prag{pos, text, blank})
	return cur
}

func (p *printer) pragmas(depth int, label string, list []prag) {
	for _, pr := range list {
		suffix := ""
		if !pr.blank {
			suffix = " (not on its own line)"
		}
		p.line(depth, label, fmt.Sprintf("Pragma %s %s%s", p.at(pr.pos), pr.text, suffix))
	}
}

func prags(x syntax.Pragma) []prag {
	if pr, ok := x.(*pragmas); ok {
		return pr.list
	}
	return nil
}

func (p *printer) at(pos syntax.Pos) string { return fmt.Sprintf("@%d:%d", pos.Line(), pos.Col()) }

func (p *printer) line(depth int, label, text string) {
	p.w.WriteString(strings.Repeat("  ", depth))
	if label != "" {
		p.w.WriteString(label + ": ")
	}
	p.w.WriteString(text + "\n")
}

func (p *printer) group(g *syntax.Group) string {
	if g == nil {
		return ""
	}
	i, ok := p.groups[g]
	if !ok {
		i = len(p.groups)
		p.groups[g] = i
	}
	return fmt.Sprintf(" group#%d", i)
}

func unpack(x syntax.Expr) []syntax.Expr {
	switch x := x.(type) {
	case nil:
		return nil
	case *syntax.ListExpr:
		return x.ElemList
	}
	return []syntax.Expr{x}
}

func (p *printer) exprs(depth int, label string, list []syntax.Expr) {
	for i, x := range list {
		p.node(fmt.Sprintf("%s[%d]", label, i), x, depth)
	}
}

func (p *printer) fields(depth int, label string, list []*syntax.Field) {
	for i, x := range list {
		p.node(fmt.Sprintf("%s[%d]", label, i), x, depth)
	}
}

func (p *printer) stmts(depth int, label string, list []syntax.Stmt) {
	for i, x := range list {
		p.node(fmt.Sprintf("%s[%d]", label, i), x, depth)
	}
}

func (p *printer) names(depth int, label string, list []*syntax.Name) {
	for i, x := range list {
		p.node(fmt.Sprintf("%s[%d]", label, i), x, depth)
	}
}

var opNames = map[syntax.Operator]string{
	syntax.Def: "Def", syntax.Not: "Not", syntax.Recv: "Recv", syntax.Tilde: "Tilde",
	syntax.OrOr: "OrOr", syntax.AndAnd: "AndAnd", syntax.Eql: "Eql", syntax.Neq: "Neq",
	syntax.Lss: "Lss", syntax.Leq: "Leq", syntax.Gtr: "Gtr", syntax.Geq: "Geq",
	syntax.Add: "Add", syntax.Sub: "Sub", syntax.Or: "Or", syntax.Xor: "Xor",
	syntax.Mul: "Mul", syntax.Div: "Div", syntax.Rem: "Rem", syntax.And: "And",
	syntax.AndNot: "AndNot", syntax.Shl: "Shl", syntax.Shr: "Shr",
}

var litKinds = []string{"Int", "Float", "Imag", "Rune", "String"}

func (p *printer) node(label string, n syntax.Node, depth int) {
	if n == nil {
		p.line(depth, label, "nil")
		return
	}
	kind := strings.TrimPrefix(fmt.Sprintf("%T", n), "*syntax.")
	head := kind + " " + p.at(n.Pos())
	d := depth + 1
	switch x := n.(type) {
	case *syntax.File:
		p.line(depth, label, fmt.Sprintf("File %s %s eof=%s", x.Pos().RelFilename(), p.at(x.Pos()), p.at(x.EOF)))
		p.pragmas(d, "Pragma", prags(x.Pragma))
		p.node("PkgName", x.PkgName, d)
		var lastGroup *syntax.Group
		iota := 0
		for i, decl := range x.DeclList {
			if c, ok := decl.(*syntax.ConstDecl); ok {
				if c.Group == nil || c.Group != lastGroup {
					iota = 0
				}
				lastGroup = c.Group
				p.constDecl(fmt.Sprintf("Decls[%d]", i), c, d, iota)
				iota++
				continue
			}
			lastGroup = nil
			p.node(fmt.Sprintf("Decls[%d]", i), decl, d)
		}
		p.pragmas(d, "Linkname", linknames)
		p.pragmas(d, "Unused", unused)
	case *syntax.ImportDecl:
		p.line(depth, label, head+p.group(x.Group))
		p.pragmas(d, "Pragma", prags(x.Pragma))
		if x.LocalPkgName != nil {
			p.node("LocalName", x.LocalPkgName, d)
		}
		p.node("Path", x.Path, d)
	case *syntax.ConstDecl:
		p.constDecl(label, x, depth, 0)
	case *syntax.TypeDecl:
		alias := ""
		if x.Alias {
			alias = " alias"
		}
		p.line(depth, label, head+p.group(x.Group)+alias)
		p.pragmas(d, "Pragma", prags(x.Pragma))
		p.node("Name", x.Name, d)
		p.fields(d, "TypeParams", x.TParamList)
		p.node("Type", x.Type, d)
	case *syntax.VarDecl:
		p.line(depth, label, head+p.group(x.Group))
		p.pragmas(d, "Pragma", prags(x.Pragma))
		p.names(d, "Names", x.NameList)
		if x.Type != nil {
			p.node("Type", x.Type, d)
		}
		p.exprs(d, "Values", unpack(x.Values))
	case *syntax.FuncDecl:
		p.line(depth, label, head)
		p.pragmas(d, "Pragma", prags(x.Pragma))
		if x.Recv != nil {
			p.node("Recv", x.Recv, d)
		}
		p.node("Name", x.Name, d)
		p.fields(d, "TypeParams", x.TParamList)
		p.node("Type", x.Type, d)
		if x.Body != nil {
			p.node("Body", x.Body, d)
		}

	case *syntax.BadExpr:
		p.line(depth, label, head)
	case *syntax.Name:
		p.line(depth, label, head+" "+x.Value)
	case *syntax.BasicLit:
		bad := ""
		if x.Bad {
			bad = " (bad)"
		}
		p.line(depth, label, fmt.Sprintf("%s %s %s%s", head, litKinds[x.Kind], x.Value, bad))
	case *syntax.CompositeLit:
		p.line(depth, label, fmt.Sprintf("%s nkeys=%d rbrace=%s", head, x.NKeys, p.at(x.Rbrace)))
		if x.Type != nil {
			p.node("Type", x.Type, d)
		}
		p.exprs(d, "Elems", x.ElemList)
	case *syntax.KeyValueExpr:
		p.line(depth, label, head)
		p.node("Key", x.Key, d)
		p.node("Value", x.Value, d)
	case *syntax.FuncLit:
		p.line(depth, label, head)
		p.node("Type", x.Type, d)
		p.node("Body", x.Body, d)
	case *syntax.ParenExpr:
		p.line(depth, label, head)
		p.node("X", x.X, d)
	case *syntax.SelectorExpr:
		p.line(depth, label, head)
		p.node("X", x.X, d)
		p.node("Sel", x.Sel, d)
	case *syntax.IndexExpr:
		p.line(depth, label, head)
		p.node("X", x.X, d)
		p.node("Index", x.Index, d)
	case *syntax.SliceExpr:
		full := ""
		if x.Full {
			full = " full"
		}
		p.line(depth, label, head+full)
		p.node("X", x.X, d)
		p.node("Low", x.Index[0], d)
		p.node("High", x.Index[1], d)
		if x.Full {
			p.node("Max", x.Index[2], d)
		}
	case *syntax.AssertExpr:
		p.line(depth, label, head)
		p.node("X", x.X, d)
		p.node("Type", x.Type, d)
	case *syntax.TypeSwitchGuard:
		p.line(depth, label, head)
		if x.Lhs != nil {
			p.node("Lhs", x.Lhs, d)
		}
		p.node("X", x.X, d)
	case *syntax.Operation:
		p.line(depth, label, head+" "+opNames[x.Op])
		p.node("X", x.X, d)
		if x.Y != nil {
			p.node("Y", x.Y, d)
		}
	case *syntax.CallExpr:
		dots := ""
		if x.HasDots {
			dots = " ..."
		}
		p.line(depth, label, head+dots)
		p.node("Fun", x.Fun, d)
		p.exprs(d, "Args", x.ArgList)
	case *syntax.ListExpr:
		p.line(depth, label, head)
		p.exprs(d, "Elems", x.ElemList)
	case *syntax.ArrayType:
		if x.Len == nil {
			p.line(depth, label, head+" [...]")
		} else {
			p.line(depth, label, head)
			p.node("Len", x.Len, d)
		}
		p.node("Elem", x.Elem, d)
	case *syntax.SliceType:
		p.line(depth, label, head)
		p.node("Elem", x.Elem, d)
	case *syntax.DotsType:
		p.line(depth, label, head)
		p.node("Elem", x.Elem, d)
	case *syntax.StructType:
		p.line(depth, label, head)
		for i, f := range x.FieldList {
			p.node(fmt.Sprintf("Fields[%d]", i), f, d)
			if i < len(x.TagList) && x.TagList[i] != nil {
				p.node("Tag", x.TagList[i], d+1)
			}
		}
	case *syntax.Field:
		p.line(depth, label, head)
		if x.Name != nil {
			p.node("Name", x.Name, d)
		}
		p.node("Type", x.Type, d)
	case *syntax.InterfaceType:
		p.line(depth, label, head)
		p.fields(d, "Methods", x.MethodList)
	case *syntax.FuncType:
		p.line(depth, label, head)
		p.fields(d, "Params", x.ParamList)
		p.fields(d, "Results", x.ResultList)
	case *syntax.MapType:
		p.line(depth, label, head)
		p.node("Key", x.Key, d)
		p.node("Value", x.Value, d)
	case *syntax.ChanType:
		dir := "Both"
		switch x.Dir {
		case syntax.SendOnly:
			dir = "Send"
		case syntax.RecvOnly:
			dir = "Recv"
		}
		p.line(depth, label, head+" "+dir)
		p.node("Elem", x.Elem, d)

	case *syntax.EmptyStmt:
		p.line(depth, label, head)
	case *syntax.LabeledStmt:
		p.line(depth, label, head)
		p.node("Label", x.Label, d)
		p.node("Stmt", x.Stmt, d)
	case *syntax.BlockStmt:
		p.line(depth, label, fmt.Sprintf("%s rbrace=%s", head, p.at(x.Rbrace)))
		p.stmts(d, "Stmts", x.List)
	case *syntax.ExprStmt:
		p.line(depth, label, head)
		p.node("X", x.X, d)
	case *syntax.SendStmt:
		p.line(depth, label, head)
		p.node("Chan", x.Chan, d)
		p.node("Value", x.Value, d)
	case *syntax.DeclStmt:
		p.line(depth, label, head)
		var lastGroup *syntax.Group
		iota := 0
		for i, decl := range x.DeclList {
			if c, ok := decl.(*syntax.ConstDecl); ok {
				if c.Group == nil || c.Group != lastGroup {
					iota = 0
				}
				lastGroup = c.Group
				p.constDecl(fmt.Sprintf("Decls[%d]", i), c, d, iota)
				iota++
				continue
			}
			lastGroup = nil
			p.node(fmt.Sprintf("Decls[%d]", i), decl, d)
		}
	case *syntax.AssignStmt:
		attrs := ""
		switch {
		case x.Op == syntax.Def:
			attrs = " define"
		case x.Op != 0:
			attrs = " " + opNames[x.Op]
		}
		if x.Rhs == nil {
			attrs += " incdec"
		}
		p.line(depth, label, head+attrs)
		p.exprs(d, "Lhs", unpack(x.Lhs))
		p.exprs(d, "Rhs", unpack(x.Rhs))
	case *syntax.BranchStmt:
		p.line(depth, label, head+" "+x.Tok.String())
		if x.Label != nil {
			p.node("Label", x.Label, d)
		}
	case *syntax.CallStmt:
		p.line(depth, label, head+" "+x.Tok.String())
		p.node("Call", x.Call, d)
	case *syntax.ReturnStmt:
		p.line(depth, label, head)
		p.exprs(d, "Results", unpack(x.Results))
	case *syntax.IfStmt:
		p.line(depth, label, head)
		if x.Init != nil {
			p.node("Init", x.Init, d)
		}
		p.node("Cond", x.Cond, d)
		p.node("Then", x.Then, d)
		if x.Else != nil {
			p.node("Else", x.Else, d)
		}
	case *syntax.ForStmt:
		p.line(depth, label, head)
		if x.Init != nil {
			p.node("Init", x.Init, d)
		}
		if x.Cond != nil {
			p.node("Cond", x.Cond, d)
		}
		if x.Post != nil {
			p.node("Post", x.Post, d)
		}
		p.node("Body", x.Body, d)
	case *syntax.RangeClause:
		def := ""
		if x.Def {
			def = " define"
		}
		p.line(depth, label, head+def)
		p.exprs(d, "Lhs", unpack(x.Lhs))
		p.node("X", x.X, d)
	case *syntax.SwitchStmt:
		p.line(depth, label, fmt.Sprintf("%s rbrace=%s", head, p.at(x.Rbrace)))
		if x.Init != nil {
			p.node("Init", x.Init, d)
		}
		if x.Tag != nil {
			p.node("Tag", x.Tag, d)
		}
		for i, c := range x.Body {
			p.node(fmt.Sprintf("Body[%d]", i), c, d)
		}
	case *syntax.SelectStmt:
		p.line(depth, label, fmt.Sprintf("%s rbrace=%s", head, p.at(x.Rbrace)))
		for i, c := range x.Body {
			p.node(fmt.Sprintf("Body[%d]", i), c, d)
		}
	case *syntax.CaseClause:
		def := ""
		if x.Cases == nil {
			def = " default"
		}
		p.line(depth, label, fmt.Sprintf("%s%s colon=%s", head, def, p.at(x.Colon)))
		p.exprs(d, "Cases", unpack(x.Cases))
		p.stmts(d, "Body", x.Body)
	case *syntax.CommClause:
		def := ""
		if x.Comm == nil {
			def = " default"
		}
		p.line(depth, label, fmt.Sprintf("%s%s colon=%s", head, def, p.at(x.Colon)))
		if x.Comm != nil {
			p.node("Comm", x.Comm, d)
		}
		p.stmts(d, "Body", x.Body)
	default:
		p.line(depth, label, "UNKNOWN "+kind)
	}
}

func (p *printer) constDecl(label string, x *syntax.ConstDecl, depth, iota int) {
	d := depth + 1
	g := p.group(x.Group)
	if x.Group != nil {
		g += fmt.Sprintf(" iota=%d", iota)
	}
	p.line(depth, label, "ConstDecl "+p.at(x.Pos())+g)
	p.pragmas(d, "Pragma", prags(x.Pragma))
	p.names(d, "Names", x.NameList)
	if x.Type != nil {
		p.node("Type", x.Type, d)
	}
	p.exprs(d, "Values", unpack(x.Values))
}

// Usage: gcdump file.go... (each dump is preceded by "=== name"); with -list, reads file names
// from standard input instead. gcdump -strings file.go prints syntax.String of the values of
// the file's var declarations, one per line.
func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	files := os.Args[1:]
	if len(files) == 2 && files[0] == "-strings" {
		f, err := syntax.ParseFile(files[1], nil, nil, 0)
		if err != nil {
			fmt.Fprintf(w, "ERROR %v\n", err)
			return
		}
		for _, d := range f.DeclList {
			if v, ok := d.(*syntax.VarDecl); ok {
				for _, x := range unpack(v.Values) {
					fmt.Fprintln(w, syntax.String(x))
				}
			}
		}
		return
	}
	if len(files) == 1 && files[0] == "-list" {
		files = nil
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			files = append(files, sc.Text())
		}
	}
	for _, name := range files {
		fmt.Fprintf(w, "=== %s\n", name)
		linknames, unused = nil, nil
		first := true
		f, err := syntax.ParseFile(name, func(err error) {
			if first {
				fmt.Fprintf(w, "ERROR %v\n", err)
				first = false
			}
		}, handler, 0)
		if err != nil || f == nil {
			continue
		}
		p := &printer{w: w, groups: map[*syntax.Group]int{}}
		p.node("", f, 0)
	}
}
