using System.Text;
using System.Text.RegularExpressions;
using Gosharp.Check.Tests.Support;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Syntax;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// Robustness: mutated versions of the repository's Go programs (testdata/*.go and this project's
/// testdata) — deleted, duplicated, swapped and replaced tokens, swapped, deleted and duplicated
/// lines, random bytes, truncation — never crash the front end. Each mutant is parsed (as
/// -syntax-only does) and, when it has no syntax error, type-checked (as compile does, stopping at
/// 10 errors); each must either be accepted or get errors that all carry a position. The only
/// exception allowed is the compiler's <see cref="UserError"/> (the error limit), holding positioned
/// diagnostics. The mutations come from a fixed seed per file, so every run checks the same mutants.
/// </summary>
public class FuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Mutants per seed file (about 100 files: a few thousand mutants in all).</summary>
    private const int MutantsPerFile = 40;

    /// <summary>A mutant taking longer than this is taken for a hang.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Seeds
    {
        get
        {
            var files = Directory.GetFiles(Repo.Path("testdata"), "*.go")
                .Concat(Directory.GetFiles(CheckRunner.TestData("valid"), "*.go"))
                .Concat(Directory.GetFiles(CheckRunner.TestData("errors"), "*.go"))
                .Select(f => Path.GetRelativePath(Repo.Root, f))
                .Order(StringComparer.Ordinal);
            return new TheoryData<string>(files);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task MutantsNeverCrashTheFrontEnd(string seedFile)
    {
        var source = File.ReadAllBytes(Repo.Path(seedFile));
        var rng = new Random(StableHash(seedFile));
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>();
        for (int i = 0; i < MutantsPerFile && failures.Count < 5; i++)
        {
            var (mutant, what) = Mutate(source, rng);
            var name = Path.GetFileName(seedFile);
            string? failure;
            var run = Task.Run(() => FrontEnd(name, mutant, outcomes));
            try
            {
                failure = await run.WaitAsync(HangLimit);
            }
            catch (TimeoutException)
            {
                failure = $"no answer after {HangLimit.TotalSeconds} s (hang?)";
            }
            catch (Exception e)
            {
                failure = "crash: " + e;
            }
            if (failure != null)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"gosharp-fuzz-{name}-{i}.go");
                File.WriteAllBytes(saved, mutant);
                failures.Add($"mutant {i} of {seedFile} ({what}; saved as {saved}):\n  {failure}");
            }
        }
        output.WriteLine($"{seedFile}: {MutantsPerFile} mutants: {outcomes.GetValueOrDefault("syntax")} with syntax errors, " +
                         $"{outcomes.GetValueOrDefault("accepted")} accepted, {outcomes.GetValueOrDefault("rejected")} with type errors");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Parses and (without syntax errors) checks a file; returns what is wrong, or null.</summary>
    private static string? FrontEnd(string name, byte[] source, Dictionary<string, int> outcomes)
    {
        var r = GoParser.ParseFile(name, source);
        if (Unpositioned(r.Diagnostics) is { } bad) return "syntax diagnostic without a position: " + bad;
        var outcome = "syntax";
        try { if (!r.HasErrors) outcome = "rejected"; return r.HasErrors ? null : Check(name, r.File, ref outcome); }
        finally { lock (outcomes) outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1; }
    }

    private static string? Check(string name, Gosharp.Compiler.Syntax.Ast.File file, ref string outcome)
    {
        var errors = new DiagnosticBag(); // gc's limit of 10, as compile without -e
        try
        {
            Checker.CheckPackage("main", [file], CheckRunner.ImportStd, errors);
        }
        catch (UserError e)
        {
            if (e.Diagnostics.Count == 0) return "UserError without diagnostics: " + e.Message;
            if (Unpositioned(e.Diagnostics) is { } ub) return "check error without a position: " + ub;
            return null;
        }
        if (Unpositioned(errors.Items) is { } cb) return "check error without a position: " + cb;
        if (!errors.HasErrors) outcome = "accepted";
        return null;
    }

    private static string? Unpositioned(IEnumerable<Diagnostic> ds) =>
        ds.FirstOrDefault(d => d.Message != "too many errors" && (d.Pos is not { } p || p.Line <= 0 || string.IsNullOrEmpty(p.File)))?.ToString();

    // ---- mutations ----

    private static readonly Regex TokenPattern = new(
        @"//[^\n]*|/\*.*?\*/|""(?:\\.|[^""\\\n])*""|`[^`]*`|'(?:\\.|[^'\\\n])*'|[\p{L}_][\p{L}\p{Nd}_]*|\.?[0-9](?:[0-9a-zA-Z_.]|[eEpP][+-])*" +
        @"|\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>|&\^|\S",
        RegexOptions.Singleline | RegexOptions.Compiled);

    private static readonly string[] Operators =
        ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "<-", "==", "!=", "<", ">", "<=", ">=",
         "=", ":=", "+=", "!", "...", ".", ",", ";", ":", "(", ")", "[", "]", "{", "}", "~"];

    private static readonly string[] Words =
        ["break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
         "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type",
         "var", "_", "nil", "iota", "true", "int", "string", "any", "comparable", "len", "append", "make", "new",
         "unsafe", "0", "1.5", "1e400", "'x'", "\"s\"", "`r`", "0x1p-2", "1i", "-1", "300", "[]int", "map[string]int",
         "*T", "[T any]", "interface{ M() }", "struct{}", "func()", "T[int]"];

    private const string ByteAlphabet = "{}()[];,.:=+-*/<>!&|^~\"'`\n\t 0aZ_\\#@$?";

    /// <summary>One random mutation of the source (the description says what it did).</summary>
    private static (byte[] Mutant, string What) Mutate(byte[] source, Random rng)
    {
        var text = Encoding.UTF8.GetString(source);
        int kind = rng.Next(14);
        switch (kind)
        {
            case <= 7:
            {
                var toks = TokenPattern.Matches(text).Where(m => !m.Value.StartsWith("//", StringComparison.Ordinal)).ToList();
                if (toks.Count < 2) break;
                var a = toks[rng.Next(toks.Count)];
                var b = toks[rng.Next(toks.Count)];
                switch (kind)
                {
                    case 0: // delete a token
                        return (Bytes(Splice(text, a.Index, a.Length, "")), $"deleted token {a.Value} at {a.Index}");
                    case 1: // delete a run of tokens
                    {
                        int i = toks.IndexOf(a), n = 1 + rng.Next(4);
                        var last = toks[Math.Min(toks.Count - 1, i + n)];
                        return (Bytes(Splice(text, a.Index, last.Index + last.Length - a.Index, "")), $"deleted tokens {a.Index}..{last.Index + last.Length}");
                    }
                    case 2: // duplicate a token
                        return (Bytes(Splice(text, a.Index, 0, a.Value + " ")), $"duplicated token {a.Value} at {a.Index}");
                    case 3: // replace a token with another of the file
                        return (Bytes(Splice(text, a.Index, a.Length, b.Value)), $"replaced {a.Value} at {a.Index} with {b.Value}");
                    case 4: // swap two tokens
                    {
                        if (a.Index == b.Index) break;
                        var (x, y) = a.Index < b.Index ? (a, b) : (b, a);
                        if (x.Index + x.Length > y.Index) break;
                        var s = text[..x.Index] + y.Value + text[(x.Index + x.Length)..y.Index] + x.Value + text[(y.Index + y.Length)..];
                        return (Bytes(s), $"swapped tokens {x.Value} at {x.Index} and {y.Value} at {y.Index}");
                    }
                    case 5: // replace an operator
                    {
                        var op = Operators[rng.Next(Operators.Length)];
                        return (Bytes(Splice(text, a.Index, a.Length, op)), $"replaced {a.Value} at {a.Index} with {op}");
                    }
                    case 6: // replace a token with a keyword, type, literal
                    {
                        var w = Words[rng.Next(Words.Length)];
                        return (Bytes(Splice(text, a.Index, a.Length, w)), $"replaced {a.Value} at {a.Index} with {w}");
                    }
                    default: // insert a word between tokens
                    {
                        var w = Words[rng.Next(Words.Length)];
                        return (Bytes(Splice(text, a.Index, 0, w + " ")), $"inserted {w} at {a.Index}");
                    }
                }
                break;
            }
            case 8: // swap two lines
            case 9: // delete a line
            case 10: // duplicate a line
            {
                var lines = text.Split('\n').ToList();
                int i = rng.Next(lines.Count), j = rng.Next(lines.Count);
                string what;
                if (kind == 8) { (lines[i], lines[j]) = (lines[j], lines[i]); what = $"swapped lines {i + 1} and {j + 1}"; }
                else if (kind == 9) { lines.RemoveAt(i); what = $"deleted line {i + 1}"; }
                else { lines.Insert(j, lines[i]); what = $"copied line {i + 1} before line {j + 1}"; }
                return (Bytes(string.Join('\n', lines)), what);
            }
            case 11: // random bytes (any value: invalid UTF-8, NUL, BOM pieces)
            {
                var b = (byte[])source.Clone();
                int n = 1 + rng.Next(4);
                var at = new List<int>();
                for (int k = 0; k < n && b.Length > 0; k++)
                {
                    int p = rng.Next(b.Length);
                    b[p] = (byte)rng.Next(256);
                    at.Add(p);
                }
                return (b, $"random bytes at {string.Join(",", at)}");
            }
            case 12: // syntax-relevant characters at random places
            {
                var b = new List<byte>(source);
                int n = 1 + rng.Next(3);
                var at = new List<int>();
                for (int k = 0; k < n; k++)
                {
                    int p = rng.Next(b.Count + 1);
                    var c = (byte)ByteAlphabet[rng.Next(ByteAlphabet.Length)];
                    if (rng.Next(2) == 0 && p < b.Count) b[p] = c; else b.Insert(p, c);
                    at.Add(p);
                }
                return ([.. b], $"punctuation at {string.Join(",", at)}");
            }
            default: // truncate
            {
                int p = rng.Next(source.Length + 1);
                return (source[..p], $"truncated at {p}");
            }
        }
        return (source, "unchanged");
    }

    private static string Splice(string s, int at, int len, string with) => s[..at] + with + s[(at + len)..];

    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>FNV-1a of the name: a seed that is the same on every run and machine.</summary>
    private static int StableHash(string s)
    {
        uint h = 2166136261;
        foreach (var c in s) { h ^= c; h *= 16777619; }
        return (int)(h & 0x7fffffff);
    }
}
