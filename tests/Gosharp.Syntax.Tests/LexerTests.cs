using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Syntax.Ast;
using Gosharp.Compiler.Syntax.Lexing;
using Gosharp.Syntax.Tests.Support;

namespace Gosharp.Syntax.Tests;

/// <summary>Semicolon insertion (the spec's rules) and the lexical checks gc's scanner makes.</summary>
public class LexerTests
{
    private static string Tokens(string source) =>
        string.Join(" ", GoTokenizer.Tokenize("x.go", source).Tokens);

    // "When the input is broken into tokens, a semicolon is automatically inserted into the
    // token stream immediately after a line's final token if that token is an identifier, a
    // literal, one of the keywords break, continue, fallthrough, or return, one of the
    // operators and punctuation ++, --, ), ], or }" (and at the end of the file).
    [Theory]
    [InlineData("x\n", "IDENTIFIER(x) SEMI(newline) EOF()")]
    [InlineData("x", "IDENTIFIER(x) SEMI(EOF) EOF()")]
    [InlineData("1\n'a'\n\"s\"\n`r`\n", "LITERAL(1) SEMI(newline) LITERAL('a') SEMI(newline) LITERAL(\"s\") SEMI(newline) LITERAL(`r`) SEMI(newline) EOF()")]
    [InlineData("break\ncontinue\nfallthrough\nreturn\n", "BREAK(break) SEMI(newline) CONTINUE(continue) SEMI(newline) FALLTHROUGH(fallthrough) SEMI(newline) RETURN(return) SEMI(newline) EOF()")]
    [InlineData("x++\ny--\n", "IDENTIFIER(x) INC(++) SEMI(newline) IDENTIFIER(y) DEC(--) SEMI(newline) EOF()")]
    [InlineData(")\n]\n}\n", "RPAREN()) SEMI(newline) RBRACK(]) SEMI(newline) RBRACE(}) SEMI(newline) EOF()")]
    [InlineData("a +\nb", "IDENTIFIER(a) PLUS(+) IDENTIFIER(b) SEMI(EOF) EOF()")]
    [InlineData("f(\na,\n)", "IDENTIFIER(f) LPAREN(() IDENTIFIER(a) COMMA(,) RPAREN()) SEMI(EOF) EOF()")]
    [InlineData("func\nif\n{\n(\n", "FUNC(func) IF(if) LBRACE({) LPAREN(() EOF()")]
    [InlineData("x\n\n\n\ny", "IDENTIFIER(x) SEMI(newline) IDENTIFIER(y) SEMI(EOF) EOF()")]
    [InlineData("a; b", "IDENTIFIER(a) SEMI(;) IDENTIFIER(b) SEMI(EOF) EOF()")]
    [InlineData("x // comment\ny", "IDENTIFIER(x) SEMI(newline) IDENTIFIER(y) SEMI(EOF) EOF()")]
    [InlineData("x /* inline */ y", "IDENTIFIER(x) IDENTIFIER(y) SEMI(EOF) EOF()")]
    [InlineData("x /* spans\nlines */ y", "IDENTIFIER(x) SEMI(newline) IDENTIFIER(y) SEMI(EOF) EOF()")]
    [InlineData("( /* spans\nlines */ y", "LPAREN(() IDENTIFIER(y) SEMI(EOF) EOF()")]
    [InlineData("x // comment at the end", "IDENTIFIER(x) SEMI(EOF) EOF()")]
    [InlineData("s := `raw\nstring`\n", "IDENTIFIER(s) DEFINE(:=) LITERAL(`raw\nstring`) SEMI(newline) EOF()")]
    [InlineData("x\r\ny", "IDENTIFIER(x) SEMI(newline) IDENTIFIER(y) SEMI(EOF) EOF()")]
    public void InsertsSemicolonsAsTheSpecSays(string source, string expected) =>
        Assert.Equal(expected, Tokens(source));

    [Fact]
    public void ImplicitSemicolonsArePositionedAsInGc()
    {
        // At the newline (or at a comment spanning lines), or at the end of the file.
        var tokens = GoTokenizer.Tokenize("x.go", "ab\nc /* x\n */\nd").Tokens;
        Assert.Equal([(1, 1), (1, 3), (2, 1), (2, 3), (4, 1), (4, 2), (4, 2)],
            tokens.Select(t => (t.Pos.Line, t.Pos.Col)));
    }

    [Fact]
    public void ColumnsCountBytesAsGcDoes()
    {
        // "é" and "世" are 2 and 3 bytes in UTF-8; a tab is one column.
        var tokens = GoTokenizer.Tokenize("x.go", "\té := \"世\" + x").Tokens;
        Assert.Equal([2, 5, 8, 14, 16], tokens.Take(5).Select(t => t.Pos.Col));
        Assert.Equal("é", tokens[0].Text);
    }

    [Theory]
    [InlineData("0", LitKind.Int)]
    [InlineData("42", LitKind.Int)]
    [InlineData("017", LitKind.Int)]
    [InlineData("0o17", LitKind.Int)]
    [InlineData("0b1010", LitKind.Int)]
    [InlineData("0x_1F", LitKind.Int)]
    [InlineData("1_000_000", LitKind.Int)]
    [InlineData("1.", LitKind.Float)]
    [InlineData(".5", LitKind.Float)]
    [InlineData("1e3", LitKind.Float)]
    [InlineData("0x1p-2", LitKind.Float)]
    [InlineData("0x1.8P+3", LitKind.Float)]
    [InlineData("09.5", LitKind.Float)]
    [InlineData("0i", LitKind.Imag)]
    [InlineData("012i", LitKind.Imag)]
    [InlineData("1.5e3i", LitKind.Imag)]
    [InlineData("0x1p2i", LitKind.Imag)]
    public void ClassifiesNumbers(string text, LitKind kind)
    {
        var lit = Assert.IsType<BasicLit>(ValueOf(text));
        Assert.Equal(kind, lit.Kind);
        Assert.Equal(text, lit.Value);
        Assert.False(lit.Bad);
    }

    // Token boundaries follow gc's scanner: 'e' is a hexadecimal digit, so 0x1e-2 is 0x1e - 2.
    [Fact]
    public void HexadecimalEIsADigitNotAnExponent()
    {
        var op = Assert.IsType<Operation>(ValueOf("0x1e-2"));
        Assert.Equal(Operator.Sub, op.Op);
        Assert.Equal("0x1e", Assert.IsType<BasicLit>(op.X).Value);
    }

    [Fact]
    public void MalformedLiteralsAreBadAndReported()
    {
        var r = GoParser.ParseFile("x.go", "package p\nvar x = 08\n");
        Assert.True(Assert.IsType<BasicLit>(((VarDecl)r.File.Decls[0]).Values[0]).Bad);
        Assert.Equal(["x.go:2:10: invalid digit '8' in octal literal"], r.Diagnostics.Select(d => d.ToString()));
    }

    // The expected messages are gc's (go tool compile, Go 1.19).
    [Theory]
    [InlineData("var x = \"a\\qb\"", "x.go:2:12: unknown escape")]
    [InlineData("var x = '\\0'", "x.go:2:12: invalid character '\\'' in octal escape")]
    [InlineData("var x = \"\\x4\"", "x.go:2:13: invalid character '\"' in hexadecimal escape")]
    [InlineData("var x = \"\\x4", "x.go:2:13: invalid character '\\n' in hexadecimal escape")]
    [InlineData("var x = \"\\x4", "x.go:2:13: newline in string")]
    [InlineData("var x = 0x1.8", "x.go:2:14: hexadecimal mantissa requires a 'p' exponent")]
    [InlineData("var x = 1__0", "x.go:2:11: '_' must separate successive digits")]
    [InlineData("var x = 0_x1", "x.go:2:10: '_' must separate successive digits")]
    [InlineData("var x = 1 # 2", "x.go:2:11: invalid character U+0023 '#'")]
    [InlineData("var x = \"a\u00ffb\"\nvar \ufeffy = 1", "x.go:3:5: invalid BOM in the middle of the file")]
    public void ReportsLexicalErrors(string decl, string expected)
    {
        var r = GoParser.ParseFile("x.go", "package p\n" + decl + "\n");
        Assert.Contains(expected, r.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ReportsNulAndInvalidUtf8AtTheirBytes()
    {
        byte[] source = [.. "package p\n\nvar x = 1"u8, 0, .. "\nvar y = \"a"u8, 0xFF, .. "b\"\n"u8];
        Assert.Equal(["x.go:3:10: invalid NUL character", "x.go:4:11: invalid UTF-8 encoding"],
            GoParser.ParseFile("x.go", source).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void SkipsALeadingByteOrderMarkButCountsItsColumns()
    {
        byte[] source = [0xEF, 0xBB, 0xBF, .. "package p\n"u8];
        var r = GoParser.ParseFile("x.go", source);
        Assert.Empty(r.Diagnostics);
        Assert.Equal(4, r.File.Pos.Col);    // as gc: the BOM's three bytes are columns 1-3
    }

    private static Expr ValueOf(string expr)
    {
        var r = GoParser.ParseFile("x.go", $"package p\nvar x = {expr}\n");
        Assert.Empty(r.Diagnostics);
        return ((VarDecl)r.File.Decls[0]).Values[0];
    }
}
