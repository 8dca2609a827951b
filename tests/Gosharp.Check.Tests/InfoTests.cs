using Gosharp.Check.Tests.Support;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Check.Tests;

/// <summary>The facts the checker records for the IR builder (Info).</summary>
public class InfoTests
{
    private static IEnumerable<Ast.Node> All(Ast.Node n)
    {
        yield return n;
        foreach (var c in Checker.Children(n))
            foreach (var d in All(c)) yield return d;
    }

    private static IEnumerable<T> Nodes<T>(CheckRunner.Checked c) where T : Ast.Node => c.Files.SelectMany(f => All(f)).OfType<T>();

    private static Ast.Name Name(CheckRunner.Checked c, string name, int nth = 0) => Nodes<Ast.Name>(c).Where(n => n.Value == name).ElementAt(nth);

    [Fact]
    public void UntypedConstantsGetTheirFinalTypes()
    {
        var c = CheckRunner.CheckValid("""
            package main

            func main() {
            	var b byte = 1 + 2
            	var f float64 = 1 << 3
            	x := 2.5
            	var i interface{} = 'a'
            	var u uint16 = 7
            	_, _, _, _, _ = b, f, x, i, u
            }
            """);
        var lits = Nodes<Ast.BasicLit>(c).ToList();
        string TypeOf(string lit) => TypeString.Of(c.Info.TypeOf(lits.First(l => l.Value == lit))!.Type);
        Assert.Equal("uint16", TypeOf("7"));
        Assert.Equal("float64", TypeOf("2.5"));
        Assert.Equal("rune", TypeOf("'a'"));
        // As in go/types, operands of a constant expression keep their untyped types: only the root
        // (whose value is the expression's) is converted.
        Assert.Equal("untyped int", TypeOf("1"));
        var sum = Nodes<Ast.Operation>(c).First(o => o.Op == Ast.Operator.Add);
        var tv = c.Info.TypeOf(sum)!;
        Assert.Equal(Mode.Constant, tv.Mode);
        Assert.Equal("3", tv.Value!.ToString());
        Assert.Equal("byte", TypeString.Of(tv.Type));
        var shift = Nodes<Ast.Operation>(c).First(o => o.Op == Ast.Operator.Shl);
        Assert.Equal("float64", TypeString.Of(c.Info.TypeOf(shift)!.Type));
        Assert.Equal("8", c.Info.TypeOf(shift)!.Value!.ToString());
    }

    [Fact]
    public void ConversionsAreTypeExpressionCalls()
    {
        var c = CheckRunner.CheckValid("package main\n\nfunc f(int) int { return 0 }\n\nfunc main() {\n\t_ = int(1.0)\n\t_ = f(1)\n}\n");
        var calls = Nodes<Ast.CallExpr>(c).ToList();
        Assert.Equal(Mode.TypeExpr, c.Info.TypeOf(calls[0].Fun)!.Mode);
        Assert.Equal(Mode.Constant, c.Info.TypeOf(calls[0])!.Mode);
        Assert.Equal(Mode.Value, c.Info.TypeOf(calls[1].Fun)!.Mode);
    }

    [Fact]
    public void SelectionsRecordEmbeddedPathsAndReceivers()
    {
        var c = CheckRunner.CheckValid("""
            package main

            type Inner struct{ A, B int }

            func (i *Inner) Ptr()  {}
            func (i Inner) Val()   {}

            type Mid struct{ *Inner }
            type Outer struct {
            	X int
            	Mid
            }

            func main() {
            	var o Outer
            	_ = o.B
            	o.Ptr()
            	o.Val()
            	var in Inner
            	in.Ptr()
            	p := &in
            	p.Val()
            	f := (*Inner).Ptr
            	_ = f
            }
            """);
        var sels = Nodes<Ast.SelectorExpr>(c).ToDictionary(s => ExprString.Of(s), s => c.Info.Selections[s]);
        var b = sels["o.B"];
        Assert.Equal(SelectionKind.FieldVal, b.Kind);
        Assert.Equal([1, 0, 1], b.Index);
        Assert.True(b.Indirect);
        var ptr = sels["o.Ptr"];
        Assert.Equal(SelectionKind.MethodVal, ptr.Kind);
        Assert.Equal([1, 0], ptr.Index);
        Assert.False(ptr.AddrRecv); // the embedded *Inner is already a pointer
        Assert.True(sels["o.Val"].DerefRecv);
        Assert.True(sels["in.Ptr"].AddrRecv);
        Assert.True(sels["p.Val"].DerefRecv);
        Assert.Equal(SelectionKind.MethodExpr, sels["(*Inner).Ptr"].Kind);
        Assert.True(((VarObj)c.Info.ObjectOf(Name(c, "in"))!).AddressTaken);
    }

    [Fact]
    public void ClosuresRecordWhatTheyCapture()
    {
        var c = CheckRunner.CheckValid("""
            package main

            var g int

            func main() {
            	a, b := 1, 2
            	f := func(x int) int {
            		inner := func() int { return a + x + g }
            		return inner() + b
            	}
            	_ = f(3)
            }
            """);
        var lits = Nodes<Ast.FuncLit>(c).ToList();
        Assert.Equal(["a", "b"], c.Info.Captures[lits[0]].Select(v => v.Name));
        Assert.Equal(["a", "x"], c.Info.Captures[lits[1]].Select(v => v.Name));
        var a = (VarObj)c.Info.ObjectOf(Name(c, "a"))!;
        Assert.True(a.Captured);
        Assert.True(a.AddressTaken);
    }

    [Fact]
    public void RangesAndLoopVariables()
    {
        var c = CheckRunner.CheckValid("""
            package main

            func main() {
            	m := map[string]float64{}
            	for k, v := range m {
            		_, _ = k, v
            	}
            	for i := range 10 {
            		_ = i
            	}
            	for i, r := range "s" {
            		_, _ = i, r
            	}
            	var ch chan bool
            	for x := range ch {
            		_ = x
            	}
            	for j := 0; j < 3; j++ {
            	}
            }
            """);
        var fors = Nodes<Ast.ForStmt>(c).ToList();
        RangeInfo R(int i) => c.Info.Ranges[fors[i]];
        Assert.Equal(RangeKind.Map, R(0).Kind);
        Assert.Equal("string", TypeString.Of(R(0).Key!));
        Assert.Equal("float64", TypeString.Of(R(0).Value!));
        Assert.Equal(RangeKind.Int, R(1).Kind);
        Assert.Equal("int", TypeString.Of(R(1).Key!));
        Assert.Null(R(1).Value);
        Assert.Equal(RangeKind.String, R(2).Kind);
        Assert.Equal("rune", TypeString.Of(R(2).Value!));
        Assert.Equal(RangeKind.Chan, R(3).Kind);
        Assert.False(c.Info.Ranges.ContainsKey(fors[4]));
        Assert.Equal(["k", "v"], c.Info.LoopVars[fors[0]].Select(v => v.Name));
        Assert.Equal(["j"], c.Info.LoopVars[fors[4]].Select(v => v.Name));
    }

    [Fact]
    public void TypeSwitchClausesHaveImplicitVariables()
    {
        var c = CheckRunner.CheckValid("""
            package main

            func main() {
            	var x interface{} = 1
            	switch v := x.(type) {
            	case int:
            		_ = v + 1
            	case string, bool:
            		_ = v
            	}
            }
            """);
        var clauses = Nodes<Ast.CaseClause>(c).ToList();
        Assert.Equal("int", TypeString.Of(c.Info.Implicits[clauses[0]].Type));
        Assert.Equal("interface{}", TypeString.Of(c.Info.Implicits[clauses[1]].Type));
    }

    [Fact]
    public void InstancesOfGenericFunctionsAndTypes()
    {
        var c = CheckRunner.CheckValid("""
            package main

            type List[T any] struct{ v T }

            func (l *List[T]) Set(v T) { l.v = v }

            func Map[T, U any](xs []T, f func(T) U) []U { return nil }

            func main() {
            	var l List[string]
            	l.Set("x")
            	_ = Map([]int{1}, func(i int) float64 { return 0 })
            	_ = Map[int, string]
            }
            """);
        var listUse = Name(c, "List", 2);
        var inst = c.Info.Instances[listUse];
        Assert.Equal(["string"], inst.TypeArgs.Select(TypeString.Of));
        Assert.Equal("main.List[string]", TypeString.Of(inst.Type));
        var mapCall = c.Info.Instances[Name(c, "Map", 1)];
        Assert.Equal(["int", "float64"], mapCall.TypeArgs.Select(TypeString.Of));
        Assert.Equal("func(xs []int, f func(int) float64) []float64", TypeString.Of(mapCall.Type));
        Assert.Equal(["int", "string"], c.Info.Instances[Name(c, "Map", 2)].TypeArgs.Select(TypeString.Of));
        // The method called on the instance is the instantiated method, made from the generic one.
        var set = (FuncObj)c.Info.Uses[Name(c, "Set", 1)];
        Assert.NotNull(set.Origin);
        Assert.True(set.Origin!.IsGeneric);
        Assert.Equal("func(v string)", TypeString.Of(new Signature(null, set.Signature.Params, set.Signature.Results, false)));
    }

    [Fact]
    public void InitOrderFollowsDependencies()
    {
        var c = CheckRunner.CheckValid("""
            package main

            var a = b + c
            var b = f()
            var c = 1
            var d, e = g()

            func f() int { return c * 2 }
            func g() (int, int) { return a, 0 }

            func main() {}
            """);
        var order = c.Info.InitOrder.Select(i => string.Join(",", i.Lhs.Select(v => v.Name))).ToList();
        Assert.Equal(["c", "b", "a", "d,e"], order);
    }

    [Fact]
    public void FuncsIncludeMethodsAndInits()
    {
        var c = CheckRunner.CheckValid("package main\n\ntype T int\n\nfunc (T) M() {}\nfunc init() {}\nfunc main() {}\nfunc init() {}\n");
        Assert.Equal(["M", "init", "main", "init"], c.Info.Funcs.Select(f => f.Obj.Name));
        Assert.True(c.Info.Funcs[0].Obj.IsMethod);
    }

    [Fact]
    public void BuiltinCallsRecordTheirSignature()
    {
        var c = CheckRunner.CheckValid("package main\n\nfunc main() {\n\ts := append([]int{}, 1, 2)\n\t_ = len(s)\n\tprintln(s[0], 1.5)\n}\n");
        var calls = Nodes<Ast.CallExpr>(c).ToList();
        var app = c.Info.TypeOf(calls[0].Fun)!;
        Assert.Equal(Mode.Builtin, app.Mode);
        Assert.Equal("func([]int, ...int) []int", TypeString.Of(app.Type));
        Assert.Equal("func(int, float64)", TypeString.Of(c.Info.TypeOf(calls[2].Fun)!.Type));
    }
}
