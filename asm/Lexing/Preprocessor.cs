using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Lexing;

/// <summary>
/// The token stream the parser reads: the source file's tokens with <c>#include</c>, <c>#define</c>
/// (object-like and function-like, continued with <c>\</c>), <c>#undef</c>, <c>#ifdef</c>/<c>#ifndef</c>/
/// <c>#else</c>/<c>#endif</c> and <c>#line</c> applied, and macros expanded. Newline tokens survive:
/// they end statements.
/// </summary>
public sealed class Preprocessor
{
    private const int MaxIncludeDepth = 32;
    private const int MaxExpansionDepth = 200;

    private readonly Dictionary<string, Macro> macros = new(StringComparer.Ordinal);
    private readonly List<Tokenizer> files = [];
    private readonly List<Expansion> expansions = [];
    private readonly List<Conditional> conditionals = [];
    private readonly IReadOnlyList<string> includeDirs;
    private readonly Func<string, string?> readFile;
    private readonly DiagnosticBag diags;
    private bool atLineStart = true;

    private sealed class Expansion(IReadOnlyList<Token> tokens, string? macro)
    {
        public readonly IReadOnlyList<Token> Tokens = tokens;
        public readonly string? Macro = macro;
        public int Index;
    }

    private sealed record Conditional(bool Active, bool ParentActive, int FileDepth, SourcePos Pos)
    {
        public bool SawElse { get; set; }
    }

    /// <param name="readFile">Reads an included file; null when it does not exist.</param>
    public Preprocessor(string fileName, string source, IReadOnlyList<string> includeDirs, IReadOnlyList<string> defines,
        DiagnosticBag diags, Func<string, string?>? readFile = null)
    {
        this.includeDirs = includeDirs;
        this.diags = diags;
        this.readFile = readFile ?? (p => File.Exists(p) ? File.ReadAllText(p) : null);
        foreach (var d in defines) Predefine(d);
        files.Add(new Tokenizer(fileName, source, diags));
    }

    private void Predefine(string def)
    {
        int eq = def.IndexOf('=');
        var name = eq < 0 ? def : def[..eq];
        var value = eq < 0 ? "1" : def[(eq + 1)..];
        var pos = new SourcePos("<command line>", 0);
        var body = new List<Token>();
        var t = new Tokenizer("<command line>", value, diags);
        for (var tok = t.Next(); tok.Kind is not (TokenKind.EndOfFile or TokenKind.Newline); tok = t.Next())
            body.Add(tok.At(pos));
        macros[name] = new Macro(name, null, body);
    }

    private bool Skipping => conditionals.Count > 0 && !conditionals[^1].Active;

    /// <summary>The next token after preprocessing; EndOfFile at the end of the main file.</summary>
    public Token Next()
    {
        while (true)
        {
            var tok = NextRaw();
            if (tok.Kind == TokenKind.EndOfFile) return tok;
            // Directives may also come out of a macro expansion (gc allows #ifdef inside a #define body).
            if (tok.Is('#'))
            {
                if (!atLineStart)
                {
                    diags.Add(tok.Pos, "'#' must be first item on line");
                    SkipLine();
                    atLineStart = true;
                    continue;
                }
                Directive(tok);
                atLineStart = true;
                continue;
            }
            if (Skipping)
            {
                atLineStart = tok.Kind == TokenKind.Newline;
                continue;
            }
            atLineStart = tok.Kind == TokenKind.Newline;
            if (tok.Kind == TokenKind.Ident && macros.TryGetValue(tok.Text, out var macro) && !IsExpanding(macro.Name))
            {
                Expand(macro, tok);
                continue;
            }
            return tok;
        }
    }

    /// <summary>The next token, unexpanded: from the innermost macro expansion, else from the current file.</summary>
    private Token NextRaw()
    {
        while (expansions.Count > 0)
        {
            var e = expansions[^1];
            if (e.Index < e.Tokens.Count) return e.Tokens[e.Index++];
            expansions.RemoveAt(expansions.Count - 1);
        }
        while (true)
        {
            var tok = files[^1].Next();
            if (tok.Kind != TokenKind.EndOfFile) return tok;
            CloseConditionalsOf(files.Count);
            if (files.Count == 1) return tok;
            files.RemoveAt(files.Count - 1);
            // The included file's last line may lack a newline; end the statement there.
            atLineStart = true;
            return new Token(TokenKind.Newline, "\n", tok.Pos);
        }
    }

    private void CloseConditionalsOf(int fileDepth)
    {
        SourcePos? unclosed = null;
        while (conditionals.Count > 0 && conditionals[^1].FileDepth == fileDepth)
        {
            unclosed = conditionals[^1].Pos;
            conditionals.RemoveAt(conditionals.Count - 1);
        }
        if (unclosed is { } at) diags.Add(at, "unclosed #ifdef or #ifndef");
    }

    private bool IsExpanding(string name)
    {
        foreach (var e in expansions)
            if (e.Macro == name) return true;
        return false;
    }

    private void Push(IReadOnlyList<Token> tokens, string? macro)
    {
        if (expansions.Count >= MaxExpansionDepth)
        {
            diags.Add(tokens.Count > 0 ? tokens[0].Pos : files[^1].CurrentPos, "macro expansion too deep");
            return;
        }
        expansions.Add(new Expansion(tokens, macro));
    }

    private void Expand(Macro macro, Token use)
    {
        if (macro.Params == null)
        {
            Push(macro.Body.Select(t => t.At(use.Pos)).ToList(), macro.Name);
            return;
        }
        // Function-like: only an invocation when a '(' follows.
        var next = NextRaw();
        if (!next.Is('('))
        {
            // Replayed while the macro counts as expanding, so the name stays a plain identifier.
            Push([use, next], macro.Name);
            return;
        }
        var args = new List<List<Token>> { new() };
        int depth = 0;
        while (true)
        {
            var t = NextRaw();
            if (t.Kind is TokenKind.EndOfFile or TokenKind.Newline)
            {
                diags.Add(use.Pos, "unterminated arg list invoking macro: " + macro.Name);
                return;
            }
            if (t.Is('(')) depth++;
            else if (t.Is(')'))
            {
                if (depth == 0) break;
                depth--;
            }
            else if (t.Is(',') && depth == 0)
            {
                args.Add([]);
                continue;
            }
            args[^1].Add(t);
        }
        if (macro.Params.Count == 0 && args.Count == 1 && args[0].Count == 0) args.Clear();
        if (args.Count != macro.Params.Count)
        {
            diags.Add(use.Pos, "wrong arg count for macro " + macro.Name);
            return;
        }
        var result = new List<Token>();
        foreach (var b in macro.Body)
        {
            int k = b.Kind == TokenKind.Ident ? IndexOf(macro.Params, b.Text) : -1;
            if (k >= 0) result.AddRange(args[k].Select(t => t.At(use.Pos)));
            else result.Add(b.At(use.Pos));
        }
        Push(result, macro.Name);
    }

    private static int IndexOf(IReadOnlyList<string> list, string s)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == s) return i;
        return -1;
    }

    private Token Raw() => NextRaw();

    /// <summary>The rest of the directive's line, unexpanded.</summary>
    private List<Token> DirectiveLine()
    {
        var line = new List<Token>();
        for (var t = Raw(); t.Kind is not (TokenKind.Newline or TokenKind.EndOfFile); t = Raw())
            line.Add(t);
        return line;
    }

    private void SkipLine() => DirectiveLine();

    private void Directive(Token hash)
    {
        var word = Raw();
        if (word.Kind == TokenKind.Newline) return; // a lone '#'
        if (word.Kind != TokenKind.Ident)
        {
            if (!Skipping) diags.Add(hash.Pos, "unexpected token after '#': " + word.Text);
            SkipLine();
            return;
        }
        switch (word.Text)
        {
            case "ifdef":
            case "ifndef":
            {
                var line = DirectiveLine();
                bool parentActive = !Skipping;
                bool cond = false;
                if (line.Count != 1 || line[0].Kind != TokenKind.Ident)
                {
                    if (parentActive) diags.Add(hash.Pos, $"#{word.Text}: expected a macro name");
                }
                else cond = macros.ContainsKey(line[0].Text) == (word.Text == "ifdef");
                conditionals.Add(new Conditional(parentActive && cond, parentActive, files.Count, hash.Pos));
                return;
            }
            case "else":
            {
                DirectiveLine();
                if (conditionals.Count == 0 || conditionals[^1].FileDepth != files.Count || conditionals[^1].SawElse)
                {
                    diags.Add(hash.Pos, "unmatched #else");
                    return;
                }
                var c = conditionals[^1];
                conditionals[^1] = c with { Active = c.ParentActive && !c.Active };
                conditionals[^1].SawElse = true;
                return;
            }
            case "endif":
                DirectiveLine();
                if (conditionals.Count == 0 || conditionals[^1].FileDepth != files.Count)
                {
                    diags.Add(hash.Pos, "unmatched #endif");
                    return;
                }
                conditionals.RemoveAt(conditionals.Count - 1);
                return;
        }
        if (Skipping)
        {
            SkipLine();
            return;
        }
        switch (word.Text)
        {
            case "define": Define(hash); break;
            case "undef":
            {
                var line = DirectiveLine();
                if (line.Count != 1 || line[0].Kind != TokenKind.Ident)
                    diags.Add(hash.Pos, "syntax error in #undef");
                else if (!macros.Remove(line[0].Text))
                    diags.Add(hash.Pos, "#undef for undefined macro: " + line[0].Text);
                break;
            }
            case "include": Include(hash); break;
            case "line": Line(hash); break;
            default:
                diags.Add(hash.Pos, "unexpected token after '#': " + word.Text);
                SkipLine();
                break;
        }
    }

    private void Define(Token hash)
    {
        var nameTok = Raw();
        if (nameTok.Kind != TokenKind.Ident)
        {
            diags.Add(hash.Pos, "bad definition for macro: " + nameTok.Text);
            if (nameTok.Kind != TokenKind.Newline) SkipLine();
            return;
        }
        var name = nameTok.Text;
        List<string>? parms = null;
        var tok = Raw();
        if (tok.Is('(') && !tok.SpaceBefore)
        {
            parms = [];
            tok = Raw();
            while (!tok.Is(')'))
            {
                if (tok.Kind != TokenKind.Ident)
                {
                    diags.Add(hash.Pos, "bad syntax in definition for macro: " + name);
                    if (tok.Kind != TokenKind.Newline) SkipLine();
                    return;
                }
                if (parms.Contains(tok.Text)) diags.Add(hash.Pos, $"duplicate argument {tok.Text} in definition for macro: {name}");
                parms.Add(tok.Text);
                tok = Raw();
                if (tok.Is(',')) tok = Raw();
                else if (!tok.Is(')'))
                {
                    diags.Add(hash.Pos, "bad syntax in definition for macro: " + name);
                    if (tok.Kind != TokenKind.Newline) SkipLine();
                    return;
                }
            }
            tok = Raw();
        }
        var body = new List<Token>();
        while (tok.Kind is not (TokenKind.Newline or TokenKind.EndOfFile))
        {
            if (tok.Is('\\'))
            {
                var after = Raw();
                if (after.Kind == TokenKind.Newline)
                {
                    // As in gc, an escaped newline stays a newline: a macro can expand to several statements.
                    body.Add(after);
                    tok = Raw();
                    continue;
                }
                if (!after.Is('\\'))
                {
                    diags.Add(hash.Pos, @"can only escape \ or \n in definition for macro: " + name);
                    tok = after;
                    continue;
                }
                tok = after;
            }
            body.Add(tok);
            tok = Raw();
        }
        if (macros.ContainsKey(name)) diags.Add(hash.Pos, "redefinition of macro: " + name);
        macros[name] = new Macro(name, parms, body);
    }

    private void Include(Token hash)
    {
        var line = DirectiveLine();
        string? name = null;
        if (line.Count == 1 && line[0].Kind == TokenKind.String)
        {
            var bytes = GoLiteral.UnquoteString(line[0].Text, out _);
            if (bytes != null) name = System.Text.Encoding.UTF8.GetString(bytes);
        }
        else if (line.Count >= 3 && line[0].Is('<') && line[^1].Is('>'))
            name = string.Concat(line.Skip(1).Take(line.Count - 2).Select(t => t.Text));
        if (string.IsNullOrEmpty(name))
        {
            diags.Add(hash.Pos, "#include: expected a file name");
            return;
        }
        if (files.Count >= MaxIncludeDepth)
        {
            diags.Add(hash.Pos, "#include: input recursion");
            return;
        }
        var candidates = new List<string>();
        if (Path.IsPathRooted(name)) candidates.Add(name);
        else
        {
            var dir = Path.GetDirectoryName(files[^1].FileName);
            candidates.Add(string.IsNullOrEmpty(dir) ? name : Path.Combine(dir, name));
            foreach (var d in includeDirs) candidates.Add(Path.Combine(d, name));
        }
        foreach (var path in candidates)
        {
            string? text;
            try { text = readFile(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diags.Add(hash.Pos, $"#include: open {path}: {e.Message}");
                return;
            }
            if (text == null) continue;
            files.Add(new Tokenizer(path, text, diags));
            return;
        }
        diags.Add(hash.Pos, $"#include: open {name}: no such file or directory");
    }

    private void Line(Token hash)
    {
        var line = DirectiveLine();
        if (line.Count is < 1 or > 2 || line[0].Kind != TokenKind.Int || !GoLiteral.TryParseInt(line[0].Text, out var n) || n > int.MaxValue
            || (line.Count == 2 && line[1].Kind != TokenKind.String))
        {
            diags.Add(hash.Pos, "malformed #line directive");
            return;
        }
        string? file = null;
        if (line.Count == 2)
        {
            var bytes = GoLiteral.UnquoteString(line[1].Text, out var err);
            if (bytes == null)
            {
                diags.Add(hash.Pos, "unquoting #line file name: " + err);
                return;
            }
            file = System.Text.Encoding.UTF8.GetString(bytes);
        }
        files[^1].SetLine((int)n, file);
    }
}
