using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Driver;
using Gosharp.Compiler.IR.Build;
using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Types;
using Gosharp.TestSupport;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Tests;

/// <summary>
/// Generic code by monomorphization (IR/Build/Generics.cs): the rules the substitution has of its
/// own (fresh variables per instance, methods through constraints looked up again on the type
/// argument, uses of generic functions rewritten to instances) and the symbols instances get.
/// </summary>
public class GenericsTests
{
    private static (PackageInfo Pkg, Info Info) Check(string src)
    {
        var file = GoParser.ParseFileOrThrow("p.go", src);
        var errors = new DiagnosticBag();
        var (pkg, info) = Checker.CheckPackage("p", [file], _ => null, errors);
        Assert.False(errors.HasErrors, string.Join("\n", errors.Items));
        return (pkg, info);
    }

    private static (Ast.FuncDecl Decl, FuncObj Obj) Func(Info info, string name) => info.Funcs.Single(f => f.Decl.Name.Value == name);

    private static GoType TypeOf(PackageInfo pkg, string name) => ((TypeNameObj)pkg.Scope.LookupLocal(name)!).Type;

    private const string Src = """
        package p

        type S struct{ n int }

        func (s S) M() int { return s.n }

        type E struct{ S }

        type Ptr struct{ *S }

        type I interface{ M() int }

        type List[T any] struct{ items []T }

        func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

        func Call[T I](x T) int { return x.M() }

        func Sum[T ~int | ~float64](s []T) T {
            var t T
            for _, v := range s {
                t += v
            }
            return t
        }

        func Twice[T ~int](s []T) T {
            f := func(v T) T { return v + v }
            return f(Sum(s))
        }

        func PushAll[T any](l *List[T], vs ...T) {
            for _, v := range vs {
                l.Push(v)
            }
        }

        func use() { _ = Sum([]int{1}); _ = Call(&S{}) }
        """;

    [Fact]
    public void MethodLookupFollowsEmbeddedFieldsAndStopsAtTheShallowestDepth()
    {
        var (pkg, _) = Check(Src);
        var s = TypeOf(pkg, "S");
        var m = ((NamedType)s).Methods.Single();
        // Declared on S, found at depth 0 on *S (through the pointer).
        var r = InstanceInfo.LookupMethod(new PointerType(s), m)!.Value;
        Assert.Same(m, r.Method);
        Assert.Empty(r.Index);
        Assert.True(r.Indirect);
        // Promoted from the embedded S of E: the path goes through field 0, no pointer followed.
        r = InstanceInfo.LookupMethod(TypeOf(pkg, "E"), m)!.Value;
        Assert.Same(m, r.Method);
        Assert.Equal([0], r.Index);
        Assert.False(r.Indirect);
        // Through an embedded *S a pointer is followed.
        r = InstanceInfo.LookupMethod(TypeOf(pkg, "Ptr"), m)!.Value;
        Assert.Equal([0], r.Index);
        Assert.True(r.Indirect);
        // An interface type argument: its own method (a dynamic call).
        var im = InstanceInfo.LookupMethod(TypeOf(pkg, "I"), m)!.Value.Method;
        Assert.IsType<InterfaceType>(im.Signature.Recv!.Type.Underlying);
        Assert.Null(InstanceInfo.LookupMethod(Universe.Int, m));
    }

    [Fact]
    public void AnInstanceHasItsOwnVariablesOfTheSubstitutedTypes()
    {
        var (_, info) = Check(Src);
        var (decl, sum) = Func(info, "Sum");
        var (a, aObj) = InstanceInfo.Make(info, decl, sum, [Universe.Int], "p.Sum[int]");
        var (b, bObj) = InstanceInfo.Make(info, decl, sum, [Universe.Float64], "p.Sum[float64]");
        Assert.Equal("p.Sum[int]", aObj.LinkSymbol);
        Assert.Equal("func(s []int) int", aObj.Signature.ToString());
        Assert.Equal("func(s []float64) float64", bObj.Signature.ToString());
        // t is a different variable in each instance (and in the generic declaration), of its instance's type.
        var tName = decl.Body!.Stmts.OfType<Ast.DeclStmt>().SelectMany(d => d.Decls).OfType<Ast.VarDecl>().Single().Names[0];
        var ta = (VarObj)a.Defs[tName];
        var tb = (VarObj)b.Defs[tName];
        Assert.NotSame(ta, tb);
        Assert.NotSame(info.Defs[tName], ta);
        Assert.Same(Universe.Int, ta.Type);
        Assert.Same(Universe.Float64, tb.Type);
        Assert.Same(info.Defs[tName], ta.Origin);
        // The parameters the body uses are the instance signature's.
        var sParam = decl.Type.Params[0].Name!;
        Assert.Same(aObj.Signature.Params.Vars[0], a.Defs[sParam]);
        // Every expression of the instance is typed without type parameters.
        Assert.All(a.Types.Values, tv => Assert.False(Subst.HasTypeParams(tv.Type) && tv.Type is not Signature { TypeParams.Length: > 0 }));
    }

    [Fact]
    public void AFunctionLiteralsParametersAreTheVariablesItsBodyUses()
    {
        var (_, info) = Check(Src);
        var (decl, twice) = Func(info, "Twice");
        var (a, _) = InstanceInfo.Make(info, decl, twice, [Universe.Int], "p.Twice[int]");
        var lit = a.Types.Keys.OfType<Ast.FuncLit>().Single();
        var sig = (Signature)a.Types[lit].Type;
        var v = lit.Type.Params[0].Name!;
        Assert.Same(sig.Params.Vars[0], a.Defs[v]);
        Assert.Same(Universe.Int, sig.Params.Vars[0].Type);
    }

    [Fact]
    public void UsesOfGenericFunctionsBecomeInstancesRequestedOnce()
    {
        var (_, info) = Check(Src);
        var gen = new Instantiations();
        var (decl, twice) = Func(info, "Twice");
        var (a, _) = InstanceInfo.Make(info, decl, twice, [Universe.Int], "p.Twice[int]");
        gen.Prepare(a);
        var sumUse = a.Uses.Single(kv => kv.Key.Value == "Sum").Value;
        var inst = Assert.IsType<FuncObj>(sumUse);
        Assert.Equal("p.Sum[int]", inst.LinkSymbol);
        Assert.Same(inst, gen.Func(Func(info, "Sum").Obj, [Universe.Int]));
        Assert.Equal(["p.Sum[int]"], gen.TakePending().Select(r => r.Symbol));
        Assert.Empty(gen.TakePending());
        // Generic code left in the package's own Info (type arguments still type parameters) is not requested.
        var own = new Instantiations();
        own.Prepare(info);
        Assert.Equal(["p.Call[*p.S]", "p.Sum[int]"], own.TakePending().Select(r => r.Symbol));
    }

    [Fact]
    public void AMethodCalledThroughAConstraintIsTheTypeArgumentsMethod()
    {
        var (pkg, info) = Check(Src);
        var (decl, call) = Func(info, "Call");
        var sel = info.Selections.Keys.Single(s => s.Sel.Value == "M" && info.Selections[s].Recv is TypeParamType);
        // T = E: M is promoted from the embedded S, reached through x's address (x lives in memory).
        var (a, _) = InstanceInfo.Make(info, decl, call, [TypeOf(pkg, "E")], "p.Call[p.E]");
        var s = a.Selections[sel];
        Assert.Same(((NamedType)TypeOf(pkg, "S")).Methods.Single(), s.Obj);
        Assert.Equal([0], s.Index);
        Assert.True(((VarObj)a.Uses[(Ast.Name)sel.X]).AddressTaken);
        // T = *S: the method itself, on the pointer.
        var (b, _) = InstanceInfo.Make(info, decl, call, [new PointerType(TypeOf(pkg, "S"))], "p.Call[*p.S]");
        Assert.Empty(b.Selections[sel].Index);
        Assert.False(((VarObj)b.Uses[(Ast.Name)sel.X]).AddressTaken);
        // T = I: the interface's method.
        var (c, _) = InstanceInfo.Make(info, decl, call, [TypeOf(pkg, "I")], "p.Call[p.I]");
        Assert.IsType<InterfaceType>(((FuncObj)c.Selections[sel].Obj).Signature.Recv!.Type.Underlying);
    }

    [Fact]
    public void MethodsOfInstantiatedTypesAreNamedAfterTheirTypeArguments()
    {
        var (pkg, info) = Check(Src);
        var (decl, pushAll) = Func(info, "PushAll");
        var (a, _) = InstanceInfo.Make(info, decl, pushAll, [Universe.String], "p.PushAll[string]");
        var push = (FuncObj)a.Selections.Values.Single(s => s.Obj.Name == "Push").Obj;
        Assert.Equal("p.(*List[string]).Push", push.LinkSymbol);
        var gen = new Instantiations();
        gen.Prepare(a);
        var req = Assert.Single(gen.TakePending());
        Assert.Equal("p.(*List[string]).Push", req.Symbol);
        Assert.Same(Universe.String, Assert.Single(req.TypeArgs));
        var inst = Subst.Instantiate((NamedType)TypeOf(pkg, "List"), [new PointerType(TypeOf(pkg, "S"))]);
        Assert.Equal("List[*p.S]", TypeNames.SymbolName(inst));
    }

    [Fact]
    public void ATypeDeclaredInsideAGenericFunctionIsReportedAsGcDoes()
    {
        using var tmp = new TempDir();
        var file = tmp.Write("l.go", "package main\n\nfunc F[T any](v T) int {\n\ttype box struct{ v T }\n\treturn len([]box{{v}})\n}\n\nfunc main() { println(F(1)) }\n");
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile([file], new CompileOptions { PackagePath = "main", Cwd = tmp.Path }));
        Assert.Equal($"{file}:4:2: type declarations inside generic functions are not currently supported", Assert.Single(e.Diagnostics).ToString());
    }

    [Fact]
    public void HasTypeParamsLooksInsideCompositeAndInstantiatedTypes()
    {
        var (pkg, info) = Check(Src);
        var t = Func(info, "Sum").Obj.Signature.TypeParams[0];
        Assert.True(Subst.HasTypeParams(new MapType(Universe.String, new SliceType(t))));
        Assert.True(Subst.HasTypeParams(Subst.Instantiate((NamedType)TypeOf(pkg, "List"), [t])));
        Assert.False(Subst.HasTypeParams(Subst.Instantiate((NamedType)TypeOf(pkg, "List"), [Universe.Int])));
        Assert.False(Subst.HasTypeParams(new PointerType(TypeOf(pkg, "S"))));
    }

    private const string Program = """
        package main

        type List[T any] struct{ items []T }

        func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

        func Map[T, U any](s []T, f func(T) U) []U {
            r := make([]U, 0, len(s))
            for _, v := range s {
                r = append(r, f(v))
            }
            return r
        }

        func main() {
            var l List[string]
            l.Push("a")
            n := Map([]int{1, 2}, func(i int) int64 { return int64(i) })
            b := Map[int, bool]([]int{1}, func(i int) bool { return i > 0 })
            println(len(n), b[0], len(l.items))
        }
        """;

    [Fact]
    public void InstancesAreDupokFunctionsInSortedOrderAndTheGenericCodeIsNot()
    {
        using var tmp = new TempDir();
        var file = tmp.Write("g.go", Program);
        // (BuildTests turns the IR verifier on for whole programs; a static switch, not flipped here.)
        var r1 = GoCompiler.Compile([file], new CompileOptions { PackagePath = "main", Cwd = tmp.Path });
        var r2 = GoCompiler.Compile([file], new CompileOptions { PackagePath = "main", Cwd = tmp.Path });
        Assert.Equal(r1.Assembly, r2.Assembly);
        var texts = r1.Assembly.Split('\n').Where(l => l.StartsWith("TEXT")).ToList();
        string Text(string sym) => Assert.Single(texts, l => l.StartsWith($"TEXT\t\"{sym}\"<"));
        Assert.Contains("DUPOK", Text("main.(*List[string]).Push"));
        Assert.Contains("DUPOK", Text("main.Map[int,int64]"));
        Assert.Contains("DUPOK", Text("main.Map[int,bool]"));
        // No code for the generic declarations themselves (their names without type arguments).
        Assert.DoesNotContain(texts, l => l.Contains("main·Map<") || l.Contains("(*List).Push"));
        var order = texts.Where(l => l.Contains("main.Map[")).ToList();
        Assert.Equal(order.Order(StringComparer.Ordinal), order);
    }

    [Fact]
    public void AGenericFunctionOfAnotherPackageIsInstantiatedFromItsExportData()
    {
        using var tmp = new TempDir();
        var lib = tmp.Write("lib.go", """
            package lib

            func helper(n int) int { return n * 2 }

            func Double[T ~int](s []T) []T {
                r := make([]T, len(s))
                for i, v := range s {
                    r[i] = T(helper(int(v)))
                }
                return r
            }
            """);
        var libResult = GoCompiler.Compile([lib], new CompileOptions { PackagePath = "example.com/lib", Cwd = tmp.Path });
        var archive = new Gosharp.Pack.ArArchive();
        archive.Members.Add(new Gosharp.Pack.ArMember("__.PKGDEF", libResult.ExportData));
        File.WriteAllBytes(tmp.File("lib.a"), archive.Write());
        var cfg = tmp.Write("importcfg", $"packagefile example.com/lib={tmp.File("lib.a")}\n");
        var main = tmp.Write("main.go", """
            package main

            import "example.com/lib"

            type Small int

            func main() { println(len(lib.Double([]Small{1, 2}))) }
            """);
        var r = GoCompiler.Compile([main], new CompileOptions { PackagePath = "main", Cwd = tmp.Path, ImportCfg = cfg });
        var text = Assert.Single(r.Assembly.Split('\n'), l => l.StartsWith("TEXT\t\"example.com/lib.Double[main.Small]\""));
        Assert.Contains("DUPOK", text);
        // The instance calls the library's unexported helper by its symbol.
        Assert.Contains("lib·helper(SB)", r.Assembly);
    }
}
