using System.Text;
using Gosharp.Check.Tests.Support;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Export;
using Gosharp.Compiler.Types;
using Gosharp.Pack;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>Export data: written, read back, compared; packages checked against imported export data.</summary>
public class ExportTests
{
    /// <summary>One line per package-level object: kind, name, type (fully qualified), value, methods.</summary>
    private static string Describe(PackageInfo p)
    {
        var sb = new StringBuilder();
        foreach (var o in p.Scope.Objects.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            var t = TypeString.Write(o.Type, q => q.Path);
            switch (o)
            {
                case ConstObj c: sb.Append($"const {c.Name} {t} {c.Value.ExactString()}\n"); break;
                case VarObj v: sb.Append($"var {v.Name} {t}\n"); break;
                case FuncObj f: sb.Append($"func {f.Name} {t} {f.Abi}\n"); break;
                case TypeNameObj tn:
                    sb.Append($"type {tn.Name} {(tn.IsAlias ? "= " : "")}{TypeString.Write(tn.Type.Underlying, q => q.Path)}\n");
                    if (tn.Type is NamedType n)
                    {
                        foreach (var tp in n.TypeParams) sb.Append($"  tparam {tp.Obj.Name} {TypeString.Write(tp.Constraint, q => q.Path)}\n");
                        foreach (var m in n.Methods.OrderBy(m => m.Name, StringComparer.Ordinal))
                            sb.Append($"  method {m.Name} {TypeString.Write(m.Signature.Recv!.Type, q => q.Path)} {TypeString.Write(m.Type, q => q.Path)}\n");
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    private static Dictionary<string, byte[]> ExportAll()
    {
        var data = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, r) in CheckRunner.StdPackages()) data[path] = ExportData.Write(r.Package);
        return data;
    }

    [Theory]
    [InlineData("strconv")]
    [InlineData("strings")]
    [InlineData("sync/atomic")]
    [InlineData("fmt")]
    [InlineData("unicode")]
    public void RoundTripKeepsEveryObject(string path)
    {
        var checkedPkg = CheckRunner.Std(path)!;
        var data = ExportAll();
        var importer = new PackageImporter(p => data.TryGetValue(p, out var d) ? (p, d) : null);
        var imported = importer.Import(path)!;
        Assert.True(imported.Complete);
        Assert.Equal(Describe(checkedPkg.Package), Describe(imported));
        // Writing the imported package again gives the same bytes (nothing lost, deterministic).
        Assert.Equal(Encoding.UTF8.GetString(data[path]), Encoding.UTF8.GetString(ExportData.Write(imported)));
    }

    /// <summary>The linker reads the package line and the import lines, first; nothing later may look like them.</summary>
    [Fact]
    public void HeaderIsWhatTheLinkerReads()
    {
        var fmt = CheckRunner.Std("fmt")!.Package;
        var p = new PackageInfo("example.com/g", "g");
        p.Imports.Add(fmt);
        p.GenericSources.Add(new SourceFile("g.go", "package g\n\nimport \"fmt\"\n\npackage x\n"));
        var lines = Encoding.UTF8.GetString(ExportData.Write(p)).Split('\n');
        Assert.Equal("gosharp export v2", lines[0]);
        Assert.Equal("package g example.com/g", lines[1]);
        Assert.Equal("import fmt", lines[2]);
        Assert.DoesNotContain(lines.Skip(3), l => l.StartsWith("import ", StringComparison.Ordinal) || l.StartsWith("package ", StringComparison.Ordinal));
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var a = ExportData.Write(CheckRunner.Std("fmt")!.Package);
        var b = ExportData.Write(CheckRunner.Std("fmt")!.Package);
        Assert.Equal(a, b);
    }

    /// <summary>Packages checked again with all their imports read from export data: no error appears.</summary>
    [Theory]
    [InlineData("strings")]
    [InlineData("bufio")]
    [InlineData("fmt")]
    [InlineData("sort")]
    public void PackagesCheckAgainstImportedExportData(string path)
    {
        var r = CheckRunner.Std(path)!;
        var data = ExportAll();
        var importer = new PackageImporter(p => data.TryGetValue(p, out var d) ? (p, d) : null);
        var errors = new DiagnosticBag { Limit = int.MaxValue };
        Checker.CheckPackage(r.Package.Path, r.Files, importer.Import, errors);
        Assert.True(errors.Items.Count == 0, string.Join("\n", errors.Items.Take(20)));
    }

    [Fact]
    public void TypesAreSharedByIdentityAcrossImports()
    {
        CheckRunner.Std("bufio");
        CheckRunner.Std("strings");
        var data = ExportAll();
        var importer = new PackageImporter(p => data.TryGetValue(p, out var d) ? (p, d) : null);
        var bufio = importer.Import("bufio")!;
        var strings = importer.Import("strings")!;
        var io = importer.Import("io")!;
        // bufio.NewReader(rd io.Reader) and strings.Reader's methods mention the one io.Reader.
        var reader = io.Scope.LookupLocal("Reader")!.Type;
        var newReader = (FuncObj)bufio.Scope.LookupLocal("NewReader")!;
        Assert.Same(reader, newReader.Signature.Params[0]);
        var stringsReader = (NamedType)strings.Scope.LookupLocal("Reader")!.Type;
        var writeTo = stringsReader.Method("WriteTo")!;
        Assert.Same(io.Scope.LookupLocal("Writer")!.Type, writeTo.Signature.Params[0]);
    }

    [Fact]
    public void GenericsAndConstantsSurviveTheRoundTrip()
    {
        var src = """
            package gen

            import "fmt"

            type Number interface{ ~int | ~float64 }

            type List[T any] struct {
            	next *List[T]
            	Val  T
            }

            func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

            func Sum[T Number](xs ...T) (s T) {
            	for _, x := range xs {
            		s += x
            	}
            	return
            }

            const Big = 1 << 100
            const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
            const Str = "a\x00\"b"
            const C = 1 + 2i

            var V fmt.Stringer

            type hidden struct{ x int }

            func H() hidden { return hidden{} }
            """;
        var c = CheckRunner.Check("example.com/gen", null, ("gen.go", src));
        Assert.Empty(c.Errors);
        c.Package.GenericSources.Add(new SourceFile("gen.go", src));
        var data = ExportData.Write(c.Package);
        var importer = new PackageImporter(p => p == "example.com/gen" ? (p, data) : null);
        var p = importer.Import("example.com/gen")!;
        Assert.Equal(Describe(c.Package), Describe(p));
        Assert.Equal(src, Assert.Single(p.GenericSources).Text);

        // The back end gets the generic bodies type-checked against the imported objects.
        var bodyErrors = new DiagnosticBag();
        var (_, bodies) = Checker.CheckImportedGenerics(p, CheckRunner.ImportStd, bodyErrors);
        Assert.Empty(bodyErrors.Items);
        Assert.Equal(["Push", "Sum"], bodies.Funcs.Select(f => f.Obj.Name));
        var sum = (FuncObj)p.Scope.LookupLocal("Sum")!;
        Assert.Same(sum, bodies.Funcs[1].Obj);
        var sParam = bodies.Defs.First(d => d.Key.Value == "s" && d.Value is VarObj).Value;
        Assert.Same(sum.Signature.Results.Vars[0], sParam);
        var plusAssign = bodies.Types.Where(kv => kv.Key is Gosharp.Compiler.Syntax.Ast.Name { Value: "x" }).Select(kv => kv.Value.Type).First();
        Assert.Same(sum.Signature.TypeParams[0], plusAssign);

        // A program using the imported generics type-checks.
        var user = CheckRunner.Check("main", path => path == "example.com/gen" ? p : CheckRunner.ImportStd(path), ("main.go", """
            package main

            import "example.com/gen"

            func main() {
            	var l *gen.List[string]
            	l = l.Push("a")
            	_ = l.Val + "b"
            	var f float64 = gen.Sum(1.5, 2)
            	_ = f
            	var b float64 = gen.Big >> 90
            	_ = b
            	_ = gen.H()
            }
            """));
        Assert.Empty(user.Messages);
        var bad = CheckRunner.Check("main", path => path == "example.com/gen" ? p : CheckRunner.ImportStd(path), ("main.go", """
            package main

            import "example.com/gen"

            func main() {
            	_ = gen.Sum("a")
            	_ = gen.H().x
            	var _ gen.hidden
            }
            """));
        Assert.Equal([
            // gc 1.19's words (checked with go build -gcflags=-e on the two packages).
            "main.go:6:13: string does not implement gen.Number (string missing in ~int | ~float64)",
            "main.go:7:14: gen.H().x undefined (type gen.hidden has no field or method x)",
            "main.go:8:12: hidden not exported by package gen",
        ], bad.Messages);
    }

    [Fact]
    public void ImporterReadsArchivesNamedByTheImportcfg()
    {
        var c = CheckRunner.Check("example.com/lib", null, ("lib.go", "package lib\n\nconst Answer = 42\n\nfunc F(x int) int { return x }\n"));
        using var dir = new TempDir("gosharp-check");
        var ar = new ArArchive();
        ar.Members.Add(new ArMember("__.PKGDEF", ExportData.Write(c.Package)));
        File.WriteAllBytes(dir.File("lib.a"), ar.Write());
        dir.Write("importcfg", "# import config\npackagefile example.com/lib=lib.a\n");
        var importer = PackageImporter.FromImportCfg("importcfg", dir.Path);
        var lib = importer.Import("example.com/lib")!;
        Assert.Equal("lib", lib.Name);
        Assert.Equal("42", ((ConstObj)lib.Scope.LookupLocal("Answer")!).Value.ToString());
        Assert.Null(importer.Import("example.com/missing"));
        Assert.Same(lib, importer.Import("example.com/lib"));
    }

    [Fact]
    public void CorruptExportDataIsAUserError()
    {
        var importer = new PackageImporter(_ => ("bad.a", Encoding.UTF8.GetBytes("gosharp export v2\npackage p p\nT 0 nonsense\n")));
        var e = Assert.Throws<UserError>(() => importer.Import("p"));
        Assert.Contains("corrupt export data", e.Message);
    }
}
