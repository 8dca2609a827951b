using Antlr4.Runtime;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Generated;
using Gosharp.Compiler.Syntax.Parsing;

namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>A token as the parser sees it: its kind (the grammar's token name), text and position.</summary>
public sealed record LexedToken(string Kind, string Text, SourcePos Pos)
{
    public override string ToString() => Kind == "SEMI" && Text != ";" ? $"SEMI({Text})" : $"{Kind}({Text})";
}

/// <summary>
/// The lexer on its own: the tokens the parser would see, after semicolon insertion and with
/// comments and white space removed (for tests, tools and debugging).
/// </summary>
public static class GoTokenizer
{
    public static (IReadOnlyList<LexedToken> Tokens, IReadOnlyList<Diagnostic> Errors) Tokenize(string fileName, byte[] source)
    {
        var errors = new List<Diagnostic>();
        var prescanErrors = new List<(int, Diagnostic)>();
        var bytes = SourcePrescan.Check(fileName, source, prescanErrors);
        var lines = new LineDirectives(fileName);
        var lexer = new GoLexer(new ByteCharStream(bytes, fileName));
        lexer.Attach(lines, errors, [], []);
        var tokens = new List<LexedToken>();
        for (var t = lexer.NextToken(); ; t = lexer.NextToken())
        {
            var kind = t.Type == TokenConstants.EOF ? "EOF" : GoLexer.DefaultVocabulary.GetSymbolicName(t.Type);
            tokens.Add(new LexedToken(kind, t.Type == TokenConstants.EOF ? "" : t.Text, lines.Map(t.Line, t.Column + 1)));
            if (t.Type == TokenConstants.EOF) break;
        }
        errors.InsertRange(0, prescanErrors.Select(e => e.Item2 with { Pos = lines.Map(e.Item2.Pos!.Value) }));
        return (tokens, GcErrorLimits.Apply(errors));
    }

    public static (IReadOnlyList<LexedToken> Tokens, IReadOnlyList<Diagnostic> Errors) Tokenize(string fileName, string source) =>
        Tokenize(fileName, System.Text.Encoding.UTF8.GetBytes(source));
}
