using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Syntax.Tests;

/// <summary>
/// Line directives (//line and /*line */, cmd/compile's "Line directives"), byte order marks,
/// the error limit and the package clause rule, as the parser reports them. The expected lines
/// are what `go tool compile [-e] x.go` (Go 1.19) printed for each source.
/// </summary>
public class LineDirectiveTests
{
    private static string[] Errors(string source, bool all = false) =>
        GoParser.ParseFile("x.go", source, all).Diagnostics.Select(d => d.ToString()).ToArray();

    // The position of the value of the file's first declaration, "var x int = VALUE".
    private static string PosOfValue(string source)
    {
        var r = GoParser.ParseFile("x.go", source);
        Assert.Empty(r.Diagnostics);
        return Assert.IsType<VarDecl>(r.File.Decls[0]).Values[0].Pos.ToString();
    }

    [Theory]
    // //line names the next line; without a column, columns are unknown (not printed).
    [InlineData("package p\n\nfunc f() {\n//line g.go:50\n\tx := 1 +\n}\n", "g.go:51: syntax error: unexpected }, expecting expression")]
    // With a column: counted from the directive's on the line it names, physical on later lines.
    [InlineData("package p\n\nfunc f() {\n/*line g.go:50:7*/\tx := 1 +\n}\n", "g.go:51:1: syntax error: unexpected }, expecting expression")]
    [InlineData("package p\n\nfunc f() {\n\tx := 1 + /*line g.go:50:7*/ )\n}\n", "g.go:50:8: syntax error: unexpected ), expecting expression")]
    // ":line:col" keeps the current file name.
    [InlineData("package p\n\n//line g.go:9\n//line :20:1\nfunc f() {\n\tx := 1 +\n}\n", "g.go:22:1: syntax error: unexpected }, expecting expression")]
    // ":line" alone means the empty file name.
    [InlineData("package p\n\n//line :30\nfunc f() {\n\tx := 1 +\n}\n", ":32: syntax error: unexpected }, expecting expression")]
    // The file name is everything before ":line[:col]", colons included.
    [InlineData("package p\n\n//line a:b.go:5:6\nfunc f() {\n\tx := 1 +\n}\n", "a:b.go:7:1: syntax error: unexpected }, expecting expression")]
    public void DirectivesMovePositions(string source, string expected)
    {
        Assert.Equal([expected], Errors(source));
    }

    [Theory]
    // //line only at the start of a line, "line " with its blank, and a colon: else a comment.
    [InlineData("package p\n\n  //line foo.go:10\nfunc f() {\n\tx := 1 +\n}\n", "x.go:6:1: syntax error: unexpected }, expecting expression")]
    [InlineData("package p\n\n// line foo.go:10\nfunc f() {\n\tx := 1 +\n}\n", "x.go:6:1: syntax error: unexpected }, expecting expression")]
    [InlineData("package p\n\n//line foo\nfunc f() {\n\tx := 1 +\n}\n", "x.go:6:1: syntax error: unexpected }, expecting expression")]
    public void OtherCommentsAreNoDirectives(string source, string expected)
    {
        Assert.Equal([expected], Errors(source));
    }

    [Theory]
    [InlineData("package p\nvar a = 1\n//line foo.go:0\n", "x.go:3:15: invalid line number: 0")]
    [InlineData("package p\nvar a = 1\n//line foo.go:x\n", "x.go:3:15: invalid line number: x")]
    [InlineData("package p\nvar a = 1\n//line foo.go:1:0\n", "x.go:3:17: invalid column number: 0")]
    [InlineData("package p\nvar a = 1\n//line foo.go:2000000000\n", "x.go:3:15: invalid line number: 2000000000")]
    // A bad directive is ignored, and reported where the last good one puts it.
    [InlineData("package p\nvar a = 1\n//line foo.go:10\nvar b = 2\n//line foo.go:y\n", "foo.go:11: invalid line number: y")]
    public void BadNumbersAreErrors(string source, string expected)
    {
        Assert.Equal([expected], Errors(source));
    }

    [Fact]
    public void NodesAndDirectivesGetTheDirectivesPositions()
    {
        Assert.Equal("bar.go:7:4", PosOfValue("package p\n\nvar x int = /*line bar.go:7:3*/ \"a\"\n"));
        Assert.Equal("y.go:6:13", PosOfValue("package p\n/*line y.go:5:1*/\nvar x int = \"a\"\n"));
        var r = GoParser.ParseFile("x.go", "package p\n\n//line foo.go:10\n//go:noinline\nfunc f() {}\n");
        var f = Assert.IsType<FuncDecl>(r.File.Decls[0]);
        // No column in the directive: none in the positions it makes.
        Assert.Equal("foo.go:10", Assert.Single(f.Pragmas).Pos.ToString());
        Assert.Equal("foo.go:11", f.Name.Pos.ToString());
        Assert.Equal("x.go", r.File.FileName);   // the file's own name stays
    }

    [Fact]
    public void ByteOrderMarksAfterTheStartAreErrorsWhereverTheyAre()
    {
        // bombad.go of Go's test suite: in code, comments and a string.
        var source = "package main\n\nfunc main() {\n\t\uFEFF// There's a bom here.\n\t//\uFEFF And here.\n\t/*\uFEFF And here.*/\n\tprintln(\"hi\uFEFF there\") // and here\n}\n";
        Assert.Equal(
        [
            "x.go:4:2: invalid BOM in the middle of the file",
            "x.go:5:4: invalid BOM in the middle of the file",
            "x.go:6:4: invalid BOM in the middle of the file",
            "x.go:7:13: invalid BOM in the middle of the file",
        ], Errors(source));
    }

    [Fact]
    public void LexicalErrorsLetTheFileBeTypeChecked()
    {
        var r = GoParser.ParseFile("x.go", "package p\nvar a = \"\\q\"\n");
        Assert.Equal(["x.go:2:11: unknown escape"], r.Diagnostics.Select(d => d.ToString()));
        Assert.True(r.Checkable);
        Assert.False(GoParser.ParseFile("x.go", "package p\nvar a = \n").Checkable);
    }

    [Theory]
    // An error met before the token after the package clause was read: gc reports only those.
    [InlineData("package p\n\n//line foo.go:x\nvar q = \"\\q\"\n", new[] { "x.go:3:15: invalid line number: x" })]
    [InlineData("package p; \"\\q\"\nvar q = \"\\q\"\n", new[] { "x.go:1:14: unknown escape" })]
    [InlineData("package p x\nvar q = \"\\q\"\n", new[] { "x.go:1:11: syntax error: unexpected x, expecting semicolon or newline" })]
    [InlineData("var q = \"\\q\"\nvar r = \"\\q\"\n", new[] { "x.go:1:1: syntax error: package statement must be first" })]
    // Otherwise the file goes on.
    [InlineData("package p\nvar a = 1\n//line foo.go:x\nvar q = \"\\q\"\n", new[] { "x.go:3:15: invalid line number: x", "x.go:4:11: unknown escape" })]
    public void ErrorsInThePackageClauseEndTheFile(string source, string[] expected)
    {
        var r = GoParser.ParseFile("x.go", source);
        Assert.Equal(expected, r.Diagnostics.Select(d => d.ToString()));
        if (expected.Length == 1) Assert.False(r.Checkable);
    }

    [Fact]
    public void MinusEReportsEveryError()
    {
        var source = "package p\n\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"var x{i} = \"\\q\"\n"));
        var limited = Errors(source);
        Assert.Equal(11, limited.Length);
        Assert.Equal("x.go:12:12: unknown escape", limited[9]);
        Assert.Equal("x.go:12:12: too many errors", limited[10]);
        var all = Errors(source, all: true);
        Assert.Equal(12, all.Length);
        Assert.Equal("x.go:14:13: unknown escape", all[11]);
    }
}
