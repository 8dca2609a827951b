using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Syntax.Tests;

/// <summary>
/// The AST's shape and gc's position conventions (cmd/compile/internal/syntax/nodes.go: a node is
/// at the token identifying it, e.g. a call at its '(', an operation at its operator), on
/// fields the construct tests (which compare whole trees with gc's) do not show as directly.
/// </summary>
public class AstTests
{
    private static Gosharp.Compiler.Syntax.Ast.File Parse(string source)
    {
        var r = GoParser.ParseFile("x.go", source);
        Assert.Empty(r.Diagnostics);
        return r.File;
    }

    private static T Body<T>(string stmts, int index = 0) where T : Stmt
    {
        var f = Parse($"package p\nfunc f() {{\n{stmts}\n}}\n");
        return Assert.IsType<T>(((FuncDecl)f.Decls[0]).Body!.Stmts[index]);
    }

    private static (int, int) At(Node n) => (n.Pos.Line, n.Pos.Col);

    [Fact]
    public void NodesArePositionedAtTheirIdentifyingToken()
    {
        //                             123456789012345678901234567890
        var s = Body<AssignStmt>("x, y := a.b(c[1], d+e), T{k: v}");
        Assert.Equal((3, 6), At(s));                                   // the ':='
        var call = Assert.IsType<CallExpr>(s.Rhs[0]);
        Assert.Equal((3, 12), At(call));                               // the '('
        var sel = Assert.IsType<SelectorExpr>(call.Fun);
        Assert.Equal((3, 10), At(sel));                                // the '.'
        Assert.Equal((3, 14), At(Assert.IsType<IndexExpr>(call.Args[0])));   // the '['
        Assert.Equal((3, 20), At(Assert.IsType<Operation>(call.Args[1])));   // the '+'
        var lit = Assert.IsType<CompositeLit>(s.Rhs[1]);
        Assert.Equal((3, 26), At(lit));                                // the '{'
        Assert.Equal((3, 31), (lit.Rbrace.Line, lit.Rbrace.Col));
        Assert.Equal((3, 28), At(Assert.IsType<KeyValueExpr>(lit.Elems[0])));  // the ':'
        Assert.Equal(1, lit.NKeys);
        Assert.Equal((3, 25), AstPositions.StartPos(lit) is var p ? (p.Line, p.Col) : default);
        Assert.Equal((3, 9), AstPositions.StartPos(call) is var q ? (q.Line, q.Col) : default);
    }

    [Fact]
    public void DeclarationsArePositionedAsInGc()
    {
        var f = Parse("package p\n\nfunc (r *T) M(x int) {}\nvar (\n\ta = 1\n)\n");
        Assert.Equal((1, 1), At(f));
        var fd = (FuncDecl)f.Decls[0];
        Assert.Equal((3, 6), At(fd));                  // the token after `func`
        Assert.Equal((3, 14), At(fd.Type));            // the parameters' '('
        Assert.Equal((3, 7), At(fd.Recv!));            // the receiver's name
        Assert.Equal((3, 9), At(fd.Recv!.Type));       // *T at its '*'
        Assert.Equal((5, 2), At((VarDecl)f.Decls[1])); // a spec at its first name
        Assert.Equal((7, 1), (f.EOF.Line, f.EOF.Col));
        Assert.Equal("x.go", f.Pos.File);
    }

    [Fact]
    public void IncrementsAreAssignmentsWithoutRightHandSide()
    {
        var inc = Body<AssignStmt>("i++");
        Assert.Equal(Operator.Add, inc.Op);
        Assert.True(inc.IsIncDec);
        Assert.Empty(inc.Rhs);
        var add = Body<AssignStmt>("i += 2");
        Assert.Equal(Operator.Add, add.Op);
        Assert.False(add.IsIncDec || add.IsDefine);
        var def = Body<AssignStmt>("i := 2");
        Assert.Equal(Operator.None, def.Op);
        Assert.True(def.IsDefine);
    }

    [Fact]
    public void FieldsDeclaredTogetherShareTheirType()
    {
        var f = Parse("package p\nfunc f[K, V any](a, b int, c string) (x, y bool) {}\ntype S struct{ p, q float64 }\n");
        var fd = (FuncDecl)f.Decls[0];
        Assert.Same(fd.TypeParams[0].Type, fd.TypeParams[1].Type);
        Assert.Same(fd.Type.Params[0].Type, fd.Type.Params[1].Type);
        Assert.NotSame(fd.Type.Params[1].Type, fd.Type.Params[2].Type);
        Assert.Same(fd.Type.Results[0].Type, fd.Type.Results[1].Type);
        var st = (StructType)((TypeDecl)f.Decls[1]).Type;
        Assert.Same(st.Fields[0].Type, st.Fields[1].Type);
        Assert.Equal(2, st.Tags.Length);
    }

    [Fact]
    public void UnnamedParametersAreTypes()
    {
        var ft = ((FuncDecl)Parse("package p\nfunc f(int, p.T, []byte)\n").Decls[0]).Type;
        Assert.All(ft.Params, p => Assert.Null(p.Name));
        Assert.Equal("int", Assert.IsType<Name>(ft.Params[0].Type).Value);
        Assert.IsType<SelectorExpr>(ft.Params[1].Type);
    }

    [Fact]
    public void ConstGroupsKeepIotaAndLeaveRepeatedValuesEmpty()
    {
        var f = Parse("package p\nconst (\n\ta = iota * 2\n\tb\n\tc, d = 1, 2\n)\nconst e = 3\n");
        var c = f.Decls.Cast<ConstDecl>().ToArray();
        Assert.Equal([0, 1, 2, 0], c.Select(x => x.Iota));
        Assert.Same(c[0].Group, c[1].Group);
        Assert.Same(c[1].Group, c[2].Group);
        Assert.Null(c[3].Group);
        Assert.Single(c[0].Values);
        Assert.Empty(c[1].Values);      // `b` repeats `iota * 2`: the checker does it
        Assert.Null(c[1].Type);
        Assert.Equal(2, c[2].Values.Length);
    }

    [Fact]
    public void TypeSwitchGuardsTakeTheirName()
    {
        var sw = Body<SwitchStmt>("switch y := x.(type) {\ncase int:\ndefault:\n}");
        var guard = Assert.IsType<TypeSwitchGuard>(sw.Tag);
        Assert.Equal("y", guard.Lhs!.Value);
        Assert.Equal("x", Assert.IsType<Name>(guard.X).Value);
        Assert.False(sw.Body[0].IsDefault);
        Assert.True(sw.Body[1].IsDefault);
    }

    [Fact]
    public void RangeLoopsHaveARangeClauseAsInit()
    {
        var loop = Body<ForStmt>("for k, v := range m {\n}");
        var rc = Assert.IsType<RangeClause>(loop.Init);
        Assert.True(rc.IsDefine);
        Assert.Equal(2, rc.Lhs.Length);
        Assert.Null(loop.Cond);
        var overInt = Body<ForStmt>("for range 10 {\n}");
        Assert.Empty(Assert.IsType<RangeClause>(overInt.Init).Lhs);
    }

    [Fact]
    public void ReceiveOnlyChannelTypesInExpressionsAreReassociated()
    {
        var f = Parse("package p\nvar a = (<-chan int)(nil)\nvar b <-chan int\n");
        var call = Assert.IsType<CallExpr>(((VarDecl)f.Decls[0]).Values[0]);
        var inExpr = Assert.IsType<ChanType>(Assert.IsType<ParenExpr>(call.Fun).X);
        Assert.Equal(ChanDir.Recv, inExpr.Dir);
        Assert.Equal((2, 12), At(inExpr));    // gc: at `chan` in an expression...
        var inType = Assert.IsType<ChanType>(((VarDecl)f.Decls[1]).Type);
        Assert.Equal((3, 7), At(inType));     // ...and at `<-` in a type
    }

    [Fact]
    public void DirectivesAttachLikeGcs()
    {
        var f = Parse("//go:build linux\n\npackage p\n\n//go:linkname x runtime.x\n//go:noinline\nfunc f() {\n\t//go:nosplit\n}\n");
        Assert.Equal(["go:build linux"], f.Pragmas.Select(p => p.Text));
        var fd = (FuncDecl)f.Decls[0];
        Assert.Equal(["go:noinline"], fd.Pragmas.Select(p => p.Text));
        Assert.Equal((6, 3), At(fd.Pragmas[0]));
        Assert.Equal("go:linkname", f.Linknames[0].Verb);
        Assert.Equal(["x", "runtime.x"], f.Linknames[0].Args);
        Assert.Equal(["go:nosplit"], f.UnusedPragmas.Select(p => p.Text));
        Assert.True(fd.Pragmas[0].OwnLine);
    }

    private static (int, int) At(Pragma p) => (p.Pos.Line, p.Pos.Col);

    [Fact]
    public void NodesHaveIdentity()
    {
        var a = Parse("package p\nvar x = y + y\n");
        var op = (Operation)((VarDecl)a.Decls[0]).Values[0];
        var (left, right) = ((Name)op.X, (Name)op.Y!);
        Assert.NotEqual(left, right);            // same text, different nodes
        Assert.Equal(left, left);
        var changed = left with { Value = "z" };
        Assert.NotEqual(left, changed);
        var types = new Dictionary<Expr, string> { [left] = "int", [right] = "float64" };
        Assert.Equal("float64", types[right]);
    }

    [Fact]
    public void OperatorsKnowTheirTextAndPrecedence()
    {
        Assert.Equal("&^", Operator.AndNot.Text());
        Assert.Equal("<-", Operator.Recv.Text());
        Assert.Equal(5, Operator.Shl.Precedence());
        Assert.Equal(4, Operator.Or.Precedence());
        Assert.Equal(3, Operator.Leq.Precedence());
        Assert.Equal(2, Operator.AndAnd.Precedence());
        Assert.Equal(1, Operator.OrOr.Precedence());
        Assert.Equal(0, Operator.Not.Precedence());
    }

    [Fact]
    public void PrintsExpressionsAsGcsSyntaxString()
    {
        string[] exprs =
        [
            "a + b*c", "f(x, y...)", "[]int{1, 2}", "T{}", "func(x int) string { return \"\" }", "func() {}",
            "m[k].f[1:2:3]", "s[:]", "x.(interface{ M() })", "x.(interface{ M(); N() int })", "(<-chan chan<- int)(nil)",
            "func(a, b int, c ...string) (n int, err error) {}", "struct{ a, b int; c string }{}",
            "map[string][]*T(nil)", "-x + ^y", "!ok && <-ch", "[...]int{1}", "&T{a: 1}", "x.(type)",
            "func(int, string) (bool) {}", "interface{}(nil)", "chan (<-chan int)(nil)", "f[int, string]",
            "struct{ T; *p.U \"tag\" }{}", "'a' + 1.5i", "`raw`",
        ];
        using var dir = new Gosharp.TestSupport.TempDir("gosharp-printer");
        var path = dir.Write("x.go", "package p\n" + string.Join("", exprs.Select((e, i) => $"var v{i} = {e}\n")));
        var gc = Support.GcOracle.Strings(path);
        var r = GoParser.ParseFile("x.go", System.IO.File.ReadAllBytes(path));
        Assert.Empty(r.Diagnostics);
        var ours = r.File.Decls.Cast<VarDecl>().Select(v => GoSyntaxPrinter.String(v.Values[0])).ToArray();
        Assert.Equal(gc, ours);
    }

    [Fact]
    public void HandlesVeryDeepTrees()
    {
        // time/tzdata/zipdata.go concatenates 7000 strings; consumers should walk such chains
        // iteratively (or on a thread with a large stack).
        var expr = string.Join(" + ", Enumerable.Range(0, 20000).Select(i => $"\"s{i}\""));
        var f = Parse($"package p\nconst x = {expr}\n");
        var value = ((ConstDecl)f.Decls[0]).Values[0];
        Assert.StartsWith("\"s0\" + \"s1\" + ", GoSyntaxPrinter.String(value));
        Assert.Equal(new SourcePos("x.go", 2, 11), AstPositions.StartPos(value));
        // The dump indents each level: keep it small enough to print.
        var small = Parse("package p\nconst x = " + string.Join(" + ", Enumerable.Range(0, 2000).Select(i => $"\"s{i}\"")) + "\n");
        Assert.Contains("BasicLit @2:", AstPrinter.Print(small));
    }

    [Fact]
    public void ParsingIsDeterministic()
    {
        var source = Support.ConstructSources.All;
        Assert.Equal(AstPrinter.Print(GoParser.ParseFile("a.go", source).File), AstPrinter.Print(GoParser.ParseFile("a.go", source).File));
    }
}
