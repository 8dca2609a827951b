using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Syntax;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Driver;

/// <summary>
/// Reads only the start of a Go file: the //go:build line, the package clause and the import
/// declarations. The build planner needs these for every file before anything is compiled, so this
/// is a small scanner rather than the full parser; errors in the rest of the file are the compiler's.
/// A header the scanner cannot read is read by the parser: when its package clause is wrong, its
/// errors are gc's compile's (a UserError); otherwise the header has the imports the parser read,
/// and compiling reports the errors. Imports gc would refuse (an invalid or absolute path) are
/// left out for the compiler to report too.
/// </summary>
public static class HeaderReader
{
    public static FileHeader Read(string path, string displayName)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {displayName}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
        }
        return Parse(bytes, displayName);
    }

    public static FileHeader Parse(string src, string displayName) => Parse(Encoding.UTF8.GetBytes(src), displayName);

    public static FileHeader Parse(byte[] bytes, string displayName)
    {
        bool clauseRead = false;
        try
        {
            return Scan(Encoding.UTF8.GetString(bytes), displayName, ref clauseRead);
        }
        catch (UserError)
        {
            return FromParser(bytes, displayName, clauseRead);
        }
    }

    private static FileHeader FromParser(byte[] bytes, string displayName, bool clauseRead)
    {
        var r = GoParser.ParseFile(displayName, bytes);
        if (!clauseRead && r.HasErrors) throw new UserError(r.Diagnostics);
        var goBuild = r.File.Pragmas.FirstOrDefault(p => p.Verb == "go:build")?.Text["go:build".Length..].Trim();
        var imports = new List<ImportRef>();
        foreach (var imp in r.File.Decls.OfType<Ast.ImportDecl>())
            if (!imp.Path.Bad) Add(imports, imp.Path.Value, imp.Path.Pos);
        return new FileHeader(displayName, r.File.PkgName.Value, imports, goBuild);
    }

    // An import, unless the compiler is to report its path.
    private static void Add(List<ImportRef> imports, string literal, SourcePos pos)
    {
        if (ImportPaths.Validate(literal, out _) is { } path && ImportPaths.Unimportable(path) == null)
            imports.Add(new ImportRef(path, pos));
    }

    private static FileHeader Scan(string src, string displayName, ref bool clauseRead)
    {
        var s = new Scanner(src, displayName);
        string? goBuild = null;
        // //go:build must come before the package clause, in the leading comments.
        Token tok;
        do
        {
            tok = s.Next(onLineComment: c =>
            {
                if (goBuild == null && c.StartsWith("//go:build") && (c.Length == 10 || char.IsWhiteSpace(c[10])))
                    goBuild = c[10..].Trim();
            });
        } while (tok.Text == "\n");
        if (tok.Text != "package")
            throw new UserError(tok.Pos, $"syntax error: package statement must be first");
        var name = s.Next();
        if (name.Kind != 'i') throw new UserError(name.Pos, $"syntax error: unexpected {Describe(name)}, expected name");
        var imports = new List<ImportRef>();
        tok = s.Next();
        if (tok.Text is not (";" or "\n") && tok.Kind != 'e') throw new UserError(tok.Pos, $"syntax error: unexpected {Describe(tok)} after package clause");
        clauseRead = true;
        while (tok.Text is ";" or "\n") tok = s.Next();
        while (tok.Text == "import")
        {
            tok = s.Next();
            if (tok.Text == "(")
            {
                tok = s.Next();
                while (tok.Text != ")" && tok.Kind != 'e')
                {
                    if (tok.Text is ";" or "\n") { tok = s.Next(); continue; }
                    if (tok.Kind == 'i' || tok.Text == ".") tok = s.Next(); // local name
                    if (tok.Kind != 's') throw new UserError(tok.Pos, $"syntax error: unexpected {Describe(tok)}, expected import path");
                    Add(imports, tok.Text, tok.Pos);
                    tok = s.Next();
                }
                tok = s.Next();
            }
            else
            {
                if (tok.Kind == 'i' || tok.Text == ".") tok = s.Next();
                if (tok.Kind != 's') throw new UserError(tok.Pos, $"syntax error: unexpected {Describe(tok)}, expected import path");
                Add(imports, tok.Text, tok.Pos);
                tok = s.Next();
            }
            while (tok.Text is ";" or "\n") tok = s.Next();
        }
        return new FileHeader(displayName, name.Text, imports, goBuild);
    }

    private static string Describe(Token t) => t.Kind switch
    {
        'e' => "EOF",
        's' => $"literal {t.Text}",
        'i' => $"name {t.Text}",
        _ => t.Text == "\n" ? "newline" : t.Text,
    };

    private readonly record struct Token(char Kind, string Text, string Value, SourcePos Pos);

    /// <summary>Just enough of Go's lexer for headers: names, strings, punctuation, newlines, comments.</summary>
    private sealed class Scanner(string src, string file)
    {
        private int pos, line = 1, lineStart;

        private SourcePos Here() => new(file, line, Encoding.UTF8.GetByteCount(src.AsSpan(lineStart, pos - lineStart)) + 1);

        public Token Next(Action<string>? onLineComment = null)
        {
            while (pos < src.Length)
            {
                char c = src[pos];
                if (c == '\n') { var p = Here(); pos++; line++; lineStart = pos; return new Token('n', "\n", "", p); }
                if (c is ' ' or '\t' or '\r' or '\uFEFF') { pos++; continue; }
                if (c == '/' && pos + 1 < src.Length && src[pos + 1] == '/')
                {
                    var end = src.IndexOf('\n', pos);
                    if (end < 0) end = src.Length;
                    onLineComment?.Invoke(src[pos..end].TrimEnd('\r'));
                    pos = end;
                    continue;
                }
                if (c == '/' && pos + 1 < src.Length && src[pos + 1] == '*')
                {
                    var end = src.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                    if (end < 0) throw new UserError(Here(), "comment not terminated");
                    for (int i = pos; i < end; i++) if (src[i] == '\n') { line++; lineStart = i + 1; }
                    pos = end + 2;
                    continue;
                }
                var start = Here();
                if (char.IsLetter(c) || c == '_')
                {
                    int b = pos;
                    while (pos < src.Length && (char.IsLetterOrDigit(src[pos]) || src[pos] == '_')) pos++;
                    var w = src[b..pos];
                    return new Token(w is "package" or "import" ? 'k' : 'i', w, w, start);
                }
                if (c == '"')
                {
                    int b = pos++;
                    var sb = new StringBuilder();
                    while (pos < src.Length && src[pos] != '"' && src[pos] != '\n')
                    {
                        if (src[pos] == '\\' && pos + 1 < src.Length) { sb.Append(src[pos + 1]); pos += 2; continue; }
                        sb.Append(src[pos++]);
                    }
                    if (pos >= src.Length || src[pos] != '"') throw new UserError(start, "string literal not terminated");
                    pos++;
                    return new Token('s', src[b..pos], sb.ToString(), start);
                }
                if (c == '`')
                {
                    int end = src.IndexOf('`', pos + 1);
                    if (end < 0) throw new UserError(start, "raw string literal not terminated");
                    var text = src[pos..(end + 1)];
                    pos = end + 1;
                    return new Token('s', text, text[1..^1], start);
                }
                pos++;
                return new Token('p', c.ToString(), "", start);
            }
            return new Token('e', "EOF", "", Here());
        }
    }
}
