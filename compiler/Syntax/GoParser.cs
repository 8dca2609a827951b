using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Building;
using Gosharp.Compiler.Syntax.Lexing;
using Gosharp.Compiler.Syntax.Parsing;
using Generated = Gosharp.Compiler.Syntax.Generated;

namespace Gosharp.Compiler.Syntax;

/// <summary>
/// Parses Go source files into the AST (Ast.File). Parsing is thread-safe: files may be parsed
/// in parallel, sharing ANTLR's prediction caches (which are never cleared, so a process pays
/// for warming them up once).
/// </summary>
public static class GoParser
{
    /// <summary>Parses a file given as text (it is parsed as its UTF-8 bytes; columns count bytes).</summary>
    public static SyntaxResult ParseFile(string fileName, string source, bool noErrorLimit = false) =>
        ParseFile(fileName, Encoding.UTF8.GetBytes(source), noErrorLimit);

    /// <summary>
    /// Parses a file's bytes. Never throws for bad input: errors are in the result, at most 10 and
    /// "too many errors" unless <paramref name="noErrorLimit"/> (gc's -e).
    /// </summary>
    public static SyntaxResult ParseFile(string fileName, byte[] source, bool noErrorLimit = false)
    {
        var errors = new List<Diagnostic>();
        var prescanErrors = new List<(int Offset, Diagnostic Diagnostic)>();
        var bytes = SourcePrescan.Check(fileName, source, prescanErrors);

        var lines = new LineDirectives(fileName);
        var directives = new List<LexedDirective>();
        var badLiterals = new HashSet<int>();
        var lexer = new Generated.GoLexer(new ByteCharStream(bytes, fileName));
        lexer.Attach(lines, errors, directives, badLiterals);
        var tokens = new GoTokenStream(lexer, bytes.Length);
        var parser = new Generated.GoParser(tokens);
        parser.RemoveErrorListeners();

        // Fast path: SLL prediction, giving up at the first error. Only when that fails, parse
        // again with full LL prediction and gc-worded error reporting and recovery.
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        Generated.GoParser.SourceFileContext tree;
        var parserErrors = new List<Diagnostic>();
        bool syntaxErrors = false;
        int firstErrorToken = -1;
        List<Diagnostic> atEof = [];
        try
        {
            tree = parser.sourceFile();
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            var strategy = new GcErrorStrategy(lines, parserErrors, errors, prescanErrors.Count > 0);
            parser.ErrorHandler = strategy;
            tree = parser.sourceFile();
            syntaxErrors = strategy.Failed;
            firstErrorToken = strategy.FirstErrorToken;
            atEof = strategy.AtEof;
        }
        // The whole file is lexed now: every line directive is known.
        Diagnostic Mapped(Diagnostic d) => d with { Pos = lines.Map(d.Pos!.Value) };
        int limit = noErrorLimit ? int.MaxValue : GcErrorLimits.MaxErrors;

        // gc gives up on a file whose package clause has errors (a syntax error in
        // "package name;", or an error its scanner met before the token after it), reporting
        // only those. Its scanner has then read the token after the clause, or the one after
        // the error, or, without "package", only the first.
        bool badClause = firstErrorToken is >= 0 and <= 2;
        var read = lexer.FirstTokens;
        var (lexErrors, end) = read.Count == 0 ? (errors.Count, int.MaxValue)
            : read[Math.Min(badClause && firstErrorToken == 0 ? 0 : 3, read.Count - 1)];
        if (badClause || lexErrors > 0 || prescanErrors.Any(e => e.Offset <= end))
        {
            var first = prescanErrors.Where(e => e.Offset <= end).Select(e => Mapped(e.Diagnostic))
                .Concat(errors.Take(lexErrors))
                .Concat(badClause ? parserErrors.Take(1) : []);
            return new SyntaxResult(EmptyFile(fileName), GcErrorLimits.Apply(first, limit)) { Checkable = false };
        }

        errors.AddRange(parserErrors);
        errors.InsertRange(0, prescanErrors.Select(e => Mapped(e.Diagnostic)));

        Ast.File file;
        var builderErrors = new List<(Diagnostic, SourcePos)>();
        var builder = new AstBuilder(lines, tokens, directives, badLiterals, builderErrors, syntaxErrors);
        try
        {
            file = builder.BuildFile(tree);
        }
        catch (Exception e) when (syntaxErrors && e is NullReferenceException or InvalidCastException or IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // The parse tree of a file with syntax errors can miss pieces the builder relies on;
            // the errors are what matters then.
            file = EmptyFile(fileName);
        }
        // An error the builder finds before the end of the file, gc's parser would have reported
        // first, and then nothing at the end of the file.
        errors.RemoveAll(d => atEof.Any(e => ReferenceEquals(e, d)) && builderErrors.Any(b => Before(b.Item1.Pos, d.Pos)));
        var all = errors.Select(d => (d, d.Pos)).Concat(builderErrors.Select(e => (e.Item1, (SourcePos?)e.Item2)));
        var reported = GcErrorLimits.Apply(all, limit);
        // Lexical errors and the parser's complaints that are not syntax errors ("middle index
        // required in 3-index slice") do not stop gc from type-checking the file.
        bool checkable = !reported.Any(d => d.Message.StartsWith("syntax error", StringComparison.Ordinal) || d.Message == "too many errors");
        return new SyntaxResult(file, reported) { Checkable = checkable };
    }

    private static bool Before(SourcePos? a, SourcePos? b) =>
        a is { } x && b is { } y && (x.Line < y.Line || x.Line == y.Line && x.Col < y.Col);

    /// <summary>Parses a file and throws a UserError holding its diagnostics if it has errors.</summary>
    public static Ast.File ParseFileOrThrow(string fileName, byte[] source) => ParseFile(fileName, source).FileOrThrow();

    /// <summary>Parses a file and throws a UserError holding its diagnostics if it has errors.</summary>
    public static Ast.File ParseFileOrThrow(string fileName, string source) => ParseFile(fileName, source).FileOrThrow();

    /// <summary>
    /// Reads and parses a file; <paramref name="displayName"/> (default: the path) is the name in
    /// positions. A file that cannot be read is a UserError ("open x.go: ...").
    /// </summary>
    public static SyntaxResult ParsePath(string path, string? displayName = null)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {path}: {e.Message}");
        }
        return ParseFile(displayName ?? path, bytes);
    }

    private static Ast.File EmptyFile(string fileName)
    {
        var pos = new SourcePos(fileName, 1, 1);
        return new Ast.File(pos, [], new Ast.Name(pos, "_"), [], pos, [], []);
    }
}
