using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// Line directives through the whole compile: type errors at the positions they give, the
/// lexical errors that do not stop type checking, and the file names of the line table. The
/// expected lines are gc 1.19's (go tool compile -e -p p x.go) on the same source.
/// </summary>
public class LineDirectiveTests
{
    private static string[] Errors(string source)
    {
        using var dir = new TempDir("gosharp-check");
        dir.Write("x.go", source);
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["x.go"], new CompileOptions { PackagePath = "p", Cwd = dir.Path, NoErrorLimit = true }));
        return e.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    [Theory]
    [InlineData("package p\n\n//line fixedbugs/bug305.go:20\nvar x int = \"a\"\n",
        "fixedbugs/bug305.go:20: cannot use \"a\" (untyped string constant) as int value in variable declaration")]
    [InlineData("package p\n\n//line foo.go:10:5\nvar x int = \"a\"\nvar y int = \"b\"\n",
        "foo.go:10:17: cannot use \"a\" (untyped string constant) as int value in variable declaration",
        "foo.go:11:13: cannot use \"b\" (untyped string constant) as int value in variable declaration")]
    [InlineData("package p\n\n//line :30\nvar y int = \"b\"\n",
        ":30: cannot use \"b\" (untyped string constant) as int value in variable declaration")]
    [InlineData("package p\n\nvar _ = struct{}{ /*line :20:1*/foo /*line :21:1*/: /*line :22:1*/0 }\n",
        "x.go:20:1: unknown field 'foo' in struct literal of type struct{}")]
    [InlineData("package p\n\n//line foo.go:10\nfunc f() { var x int; x = \"s\"; _ = x }\nfunc g() { var x int; x = \"s\"; _ = x }\n",
        "foo.go:10: cannot use \"s\" (untyped string constant) as int value in assignment",
        "foo.go:11: cannot use \"s\" (untyped string constant) as int value in assignment")]
    public void TypeErrorsAreWhereDirectivesSay(string source, params string[] expected)
    {
        Assert.Equal(expected, Errors(source));
    }

    [Theory]
    // Only syntax errors stop gc before type checking: not bad literals, BOMs or bad directives.
    [InlineData("package p\n\nvar x = \"\\q\"\nvar z int = \"c\"\n",
        "x.go:3:11: unknown escape",
        "x.go:4:13: cannot use \"c\" (untyped string constant) as int value in variable declaration")]
    [InlineData("package p\n\nvar y = 1\n//line foo.go:10\nvar z = 2\n//line foo.go:y\nvar w int = \"s\"\n",
        "foo.go:11: invalid line number: y",
        "foo.go:12: cannot use \"s\" (untyped string constant) as int value in variable declaration")]
    [InlineData("package p\n\nvar x int = \"a\" \uFEFF\n",
        "x.go:3:13: cannot use \"a\" (untyped string constant) as int value in variable declaration",
        "x.go:3:17: invalid BOM in the middle of the file")]
    public void LexicalErrorsDoNotStopTypeChecking(string source, params string[] expected)
    {
        Assert.Equal(expected, Errors(source));
    }

    [Fact]
    public void TheLineTableNamesTheDirectivesFiles()
    {
        using var dir = new TempDir("gosharp-check");
        dir.Write("x.go", "package p\n\nfunc f() int {\n//line /foo/bar.go:123\n\treturn 1\n}\n\nfunc g() int {\n//line :7\n\treturn 2\n}\n");
        var asm = GoCompiler.Compile(["x.go"], new CompileOptions { PackagePath = "p", Cwd = dir.Path }).Assembly;
        Assert.Contains("#line 123 \"/foo/bar.go\"", asm);
        // An empty file name is "??" in gc's line tables (runtime.Caller reports it so).
        Assert.Contains("#line 7 \"??\"", asm);
    }
}
