using Gosharp.Check.Tests.Support;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Syntax;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// gc 1.19's rules for //go: directives (Check/Directives.cs): each program of the table (file x.go)
/// and the errors gc 1.19 prints for it with <c>go tool compile -p p -e</c> (GcAgrees keeps the
/// table honest), compiled in the driver's order (<see cref="FrontEnd"/>).
/// </summary>
public class DirectiveTests
{
    private static readonly (string Name, string Source, string[] Errors)[] Cases =
    [
        ("NotOnItsOwnLine", """
            package p

            var x int //go:noinline
            """,
            [
                "3:13: misplaced compiler directive",
            ]),
        ("FlagsTheDeclarationKindDoesNotAllow", """
            package p

            //go:noinline
            var x int

            //go:nosplit
            const c = 1

            //go:notinheap
            type A = int

            //go:nosplit
            type T int

            //go:notinheap
            type U int
            """,
            [
                "3:3: misplaced compiler directive",
                "6:3: misplaced compiler directive",
                "9:3: misplaced compiler directive",
                "12:3: misplaced compiler directive",
            ]),
        ("DroppedByTheParser", """
            package p

            //go:build ignore

            //go:noinline
            type (
            	T int
            )

            func f() {
            	//go:noinline
            	x := 1
            	_ = x
            	//go:generate echo hi
            	//go:foo
            	return
            }
            """,
            [
                "3:3: misplaced compiler directive",
                "5:3: misplaced compiler directive",
                "11:4: misplaced compiler directive",
            ]),
        ("FileAndImportDirectives", """
            //go:noinline
            package p

            //go:noinline
            import "os"

            //go:nosplit
            //go:noinline
            //go:norace
            //go:nocheckptr
            //go:registerparams
            //go:uintptrescapes
            //go:nointerface
            func f() {}

            var _ = os.Args
            """,
            [
                "1:3: misplaced compiler directive",
                "4:3: misplaced compiler directive",
            ]),
        ("DroppedInsideFunctions", """
            package p

            func f() {
            	{
            		//go:noinline
            	}
            	var y int //go:embed x
            	_ = y
            	//go:embed x
            	_ = y
            }

            //go:noinline
            """,
            [
                "5:5: misplaced compiler directive",
                "7:14: misplaced compiler directive",
                "9:4: misplaced go:embed directive",
                "13:3: misplaced compiler directive",
            ]),
        ("LinknameNeedsUnsafe", """
            package p

            //go:linkname f runtime.f
            func f()
            """,
            [
                "3:3: //go:linkname only allowed in Go files that import \"unsafe\"",
            ]),
        ("LinknameTargets", """
            package p

            import _ "unsafe"

            //go:linkname g runtime.g
            //go:linkname T runtime.T
            //go:linkname f runtime.f
            //go:linkname f runtime.f2
            //go:linkname v
            //go:linkname nope runtime.nope
            func f()

            type T int

            const g = 1

            var v int
            """,
            [
                "5:3: //go:linkname must refer to declared function or variable",
                "6:3: //go:linkname must refer to declared function or variable",
                "8:3: duplicate //go:linkname for f",
                "10:3: //go:linkname must refer to declared function or variable",
            ]),
        ("LinknameUsage", """
            package p

            import _ "unsafe"

            //go:linkname
            //go:linkname a b c
            """,
            [
                "6:3: usage: //go:linkname localname [linkname]",
            ]),
        ("RuntimeOnly", """
            package p

            //go:nowritebarrier
            //go:systemstack
            //go:nowritebarrierrec
            //go:yeswritebarrierrec
            //go:uintptrkeepalive
            func f() {}
            """,
            [
                "3:3: //go:nowritebarrier only allowed in runtime",
                "4:3: //go:systemstack only allowed in runtime",
                "5:3: //go:nowritebarrierrec only allowed in runtime",
                "6:3: //go:yeswritebarrierrec only allowed in runtime",
                "7:3: //go:uintptrkeepalive is only allowed in the standard library",
            ]),
        ("CgoOnlyInCgoFiles", """
            package p

            //go:cgo_ldflag "-lfoo"
            //go:cgo_ldflag
            //go:cgo_import_static
            //go:cgo_dynamic_linker x
            //go:cgo_export_static
            //go:cgo_import_dynamic a b "c;d"
            //go:cgo_unsafe_args
            func f() {}
            """,
            [
                "3:3: //go:cgo_ldflag \"-lfoo\" only allowed in cgo-generated code",
                "4:3: //go:cgo_ldflag only allowed in cgo-generated code",
                "4:3: usage: //go:cgo_ldflag \"arg\"",
                "5:3: //go:cgo_import_static only allowed in cgo-generated code",
                "5:3: usage: //go:cgo_import_static local",
                "6:3: //go:cgo_dynamic_linker x only allowed in cgo-generated code",
                "6:3: usage: //go:cgo_dynamic_linker \"path\"",
                "7:3: //go:cgo_export_static only allowed in cgo-generated code",
                "7:3: usage: //go:cgo_export_static local [remote]",
                "9:3: //go:cgo_unsafe_args only allowed in cgo-generated code",
            ]),
        ("EmbedNeedsEmbedImport", """
            package p

            //go:embed x.txt
            var s string
            """,
            [
                "3:3: go:embed only allowed in Go files that import \"embed\"",
            ]),
        ("EmbedPlacement", """
            package p

            import _ "embed"

            //go:embed x.txt
            var a, b string

            //go:embed x.txt
            var c string = "x"

            //go:embed x.txt
            var d = "x"

            //go:embed x.txt
            func f() {
            	//go:embed x.txt
            	var e string
            	_ = e
            }

            //go:embed x.txt
            const k = 1

            //go:embed x.txt
            type T int
            """,
            [
                "5:3: go:embed cannot apply to multiple vars",
                "8:3: go:embed cannot apply to var with initializer",
                "11:3: go:embed cannot apply to var with initializer",
                "14:3: misplaced go:embed directive",
                "16:4: go:embed cannot apply to var inside func",
                "21:3: misplaced go:embed directive",
                "24:3: misplaced go:embed directive",
            ]),
        ("EmbedPatterns", """
            package p

            //go:embed
            var g string

            //go:embed "x.txt
            var h string

            //go:embed `x.txt
            var i string

            //go:embed "a"b
            var j string

            //go:embed "a\q"
            var k string
            """,
            [
                "3:3: usage: //go:embed pattern...",
                "6:3: invalid quoted string in //go:embed: \"x.txt",
                "6:3: usage: //go:embed pattern...",
                "9:3: invalid quoted string in //go:embed: `x.txt",
                "9:3: usage: //go:embed pattern...",
                "12:3: invalid quoted string in //go:embed: b",
                "12:3: usage: //go:embed pattern...",
                "15:3: invalid quoted string in //go:embed: \"a\\q\"",
                "15:3: usage: //go:embed pattern...",
            ]),
        ("EmbedWithoutConfiguration", """
            package p

            import _ "embed"

            //go:embed x.txt "y z.txt" `w.txt`
            var s string
            """,
            [
                "5:3: invalid go:embed: build system did not supply embed configuration",
            ]),
        ("NoescapeNeedsExternalBody", """
            package p

            //go:noescape
            func f() {}

            type T int

            //go:noescape
            func (T) m() {}

            //go:noescape
            func g()
            """,
            [
                "4:6: can only use //go:noescape with external func implementations",
                "9:6: can only use //go:noescape with external func implementations",
            ]),
        ("ParseErrorsDoNotStopTypeChecking", """
            package p

            var x int = "s" //go:noinline

            //go:noinline
            var y int
            """,
            [
                "3:13: cannot use \"s\" (untyped string constant) as int value in variable declaration",
                "3:19: misplaced compiler directive",
            ]),
        ("DeclarationErrorsWaitForTypeChecking", """
            package p

            //go:noinline
            var y int = "s"
            """,
            [
                "4:13: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            ]),
        ("NotInHeapConversions", """
            package p

            type a struct{}

            //go:notinheap
            type b a

            //go:notinheap
            type r rune

            type h struct{ x [2]b }

            var _ = (*b)(new(a))
            var _ = (*a)(new(b))
            var _ = []r("s")
            var _ = (*h)(new(struct{ x [2]b }))
            """,
            [
                "13:13: cannot convert new(a) (type *a) to type *b:",
                "\tb is incomplete (or unallocatable), but a is not",
                "15:12: cannot convert \"s\" (type string) to type []r:",
                "\tr is incomplete (or unallocatable)",
            ]),
    ];

    public static TheoryData<string> Names => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void ReportsGcErrors(string name)
    {
        var (_, source, expected) = Cases.Single(c => c.Name == name);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", Compile(source)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GcAgrees(string name)
    {
        var (_, source, expected) = Cases.Single(c => c.Name == name);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", FrontEnd.Gc(source)));
    }

    [Fact]
    public void StandardLibraryRules()
    {
        // -std (checked with go tool compile -std): cgo directives are allowed, unknown ones are not.
        const string src = """
            package p

            //go:cgo_import_static x
            //go:foo
            //go:uintptrkeepalive
            //go:nosplit
            func f() {}
            """;
        Assert.Equal(["4:3: //go:foo is not allowed in the standard library"], Compile(src, new Directives.Settings(Std: true, CompilingRuntime: false)));
        // Checked with go tool compile -std -+ -p runtime.
        const string runtime = """
            package p

            //go:uintptrkeepalive
            func f() {}

            //go:systemstack
            //go:nosplit
            func (T) g() {}

            type T int
            """;
        Assert.Equal(["4:6: go:uintptrkeepalive requires go:nosplit", "8:6: go:nosplit and go:systemstack cannot be combined"],
            Compile(runtime, new Directives.Settings(Std: true, CompilingRuntime: true)));
        Assert.Equal(Directives.Settings.For("runtime", std: true), new Directives.Settings(true, true));
        Assert.Equal(Directives.Settings.For("runtime/internal/atomic", std: true), new Directives.Settings(true, true));
        Assert.Equal(Directives.Settings.For("runtime/debug", std: true), new Directives.Settings(true, false));
    }

    [Fact]
    public void LinknameNamesTheFunctionsSymbol()
    {
        var errors = new DiagnosticBag { Limit = int.MaxValue };
        var file = GoParser.ParseFile("x.go", "package p\n\nimport _ \"unsafe\"\n\n//go:linkname f runtime.g\nfunc f()\n\n//go:linkname h\nfunc h() {}\n").File;
        var (pkg, info) = Checker.CheckPackage("p", [file], CheckRunner.ImportStd, errors);
        Directives.CheckDeclarations([file], pkg, info, errors);
        Assert.Empty(errors.Items);
        var f = info.Funcs.Single(x => x.Obj.Name == "f").Obj;
        Assert.Equal("runtime.g", f.LinkName);
        Assert.Equal(Gosharp.Compiler.Types.FuncAbi.Internal, f.Abi);
        Assert.Null(info.Funcs.Single(x => x.Obj.Name == "h").Obj.LinkName);
    }

    private static List<string> Compile(string source, Directives.Settings? settings = null) => FrontEnd.Errors(source, settings);
}
