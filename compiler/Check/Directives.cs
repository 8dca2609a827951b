using System.Collections.Immutable;
using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>
/// gc 1.19's rules for <c>//go:</c> directives, in its two phases:
/// <list type="bullet">
/// <item><see cref="CheckParsed"/>, as gc's parser sees each directive: one not on a line of its own
/// is "misplaced compiler directive"; malformed //go:linkname, //go:embed and //go:cgo_* lines;
/// directives reserved to the runtime, cgo-generated files or the standard library; and directives
/// that no declaration took (the parser dropped them at the end of a statement or before a group's
/// '('). These errors do not stop type checking.</item>
/// <item><see cref="CheckDeclarations"/>, after a successful type check (gc's irgen): each declaration
/// keeps the directives that apply to its kind (functions: //go:nosplit, //go:noinline, ...;
/// non-alias types: //go:notinheap; the file: //go:build) and reports the others; //go:embed on a
/// variable; //go:linkname (the file must import "unsafe", the local name must be a function or
/// variable of the package, once), after which the link names are applied.</item>
/// </list>
/// Directives gc does not know (//go:generate, //go:foo) are never misplaced.
/// </summary>
public static class Directives
{
    /// <summary>What gc records for a directive: which kinds of declaration may carry it.</summary>
    [Flags]
    private enum Flag
    {
        None = 0,
        Noescape = 1 << 0, Norace = 1 << 1, Nosplit = 1 << 2, Noinline = 1 << 3, NoCheckPtr = 1 << 4,
        RegisterParams = 1 << 5, CgoUnsafeArgs = 1 << 6, UintptrKeepAlive = 1 << 7, UintptrEscapes = 1 << 8,
        Systemstack = 1 << 9, Nowritebarrier = 1 << 10, Nowritebarrierrec = 1 << 11, Yeswritebarrierrec = 1 << 12,
        NotInHeap = 1 << 13, GoBuild = 1 << 14,

        Func = Noescape | Norace | Nosplit | Noinline | NoCheckPtr | RegisterParams | CgoUnsafeArgs |
               UintptrKeepAlive | UintptrEscapes | Systemstack | Nowritebarrier | Nowritebarrierrec | Yeswritebarrierrec,
        Type = NotInHeap,
        RuntimeOnly = Systemstack | Nowritebarrier | Nowritebarrierrec | Yeswritebarrierrec,
    }

    /// <summary>The flags of a directive's verb ("go:nosplit"); some imply others, as in gc.</summary>
    private static Flag FlagOf(string verb) => verb switch
    {
        "go:build" => Flag.GoBuild,
        "go:noescape" => Flag.Noescape,
        "go:norace" => Flag.Norace,
        "go:nosplit" => Flag.Nosplit | Flag.NoCheckPtr,
        "go:noinline" => Flag.Noinline,
        "go:nocheckptr" => Flag.NoCheckPtr,
        "go:systemstack" => Flag.Systemstack,
        "go:nowritebarrier" => Flag.Nowritebarrier,
        "go:nowritebarrierrec" => Flag.Nowritebarrierrec | Flag.Nowritebarrier,
        "go:yeswritebarrierrec" => Flag.Yeswritebarrierrec,
        "go:cgo_unsafe_args" => Flag.CgoUnsafeArgs | Flag.NoCheckPtr,
        "go:uintptrkeepalive" => Flag.UintptrKeepAlive,
        "go:uintptrescapes" => Flag.UintptrEscapes | Flag.UintptrKeepAlive,
        "go:registerparams" => Flag.RegisterParams,
        "go:notinheap" => Flag.NotInHeap,
        // go:nointerface only means something with GOEXPERIMENT=fieldtrack.
        _ => Flag.None,
    };

    /// <summary>Directives without flags that the standard library may use.</summary>
    private static readonly HashSet<string> AllowedInStd = new(StringComparer.Ordinal)
    {
        "go:cgo_export_static", "go:cgo_export_dynamic", "go:cgo_import_static", "go:cgo_import_dynamic",
        "go:cgo_ldflag", "go:cgo_dynamic_linker", "go:embed", "go:generate",
    };

    /// <summary>How a directive counts once parsed: a flagged one may be misplaced, an embed carries patterns, others neither.</summary>
    private enum Kind { Ignored, Flagged, Embed, Linkname }

    /// <summary>The compilation's settings that change what directives are allowed.</summary>
    /// <param name="Std">compiling a standard-library package (-std).</param>
    /// <param name="CompilingRuntime">compiling the runtime or a package it is built with (gc's -+, which the go command passes for them).</param>
    public sealed record Settings(bool Std, bool CompilingRuntime)
    {
        /// <summary>gc's -+ as the go command sets it: runtime, runtime/internal/..., and internal/cpu, internal/bytealg, internal/abi.</summary>
        public static Settings For(string packagePath, bool std) => new(std, std &&
            (packagePath == "runtime" || packagePath.StartsWith("runtime/internal", StringComparison.Ordinal) ||
             packagePath is "internal/cpu" or "internal/bytealg" or "internal/abi"));
    }

    // ---- phase 1: as the parser reads them ----

    /// <summary>Reports what gc's parser reports about the directives of one file.</summary>
    public static void CheckParsed(Ast.File file, Settings settings, DiagnosticBag errors)
    {
        var all = new List<Ast.Pragma>();
        all.AddRange(file.Pragmas);
        all.AddRange(file.Linknames);
        all.AddRange(file.UnusedPragmas);
        foreach (var d in AllDecls(file)) all.AddRange(PragmasOf(d));
        foreach (var p in all.OrderBy(p => p.Pos.Line).ThenBy(p => p.Pos.Col))
            ParseDirective(p, settings, errors);
        // Directives the parser dropped at the end of a statement or declaration.
        foreach (var p in file.UnusedPragmas)
            switch (Classify(p))
            {
                case Kind.Flagged when FlagOf(Verb(p)) != Flag.None: errors.Add(p.Pos, "misplaced compiler directive"); break;
                case Kind.Embed: errors.Add(p.Pos, "misplaced go:embed directive"); break;
            }
    }

    /// <summary>gc's parser callback for one directive: the errors it reports on reading it.</summary>
    private static void ParseDirective(Ast.Pragma p, Settings settings, DiagnosticBag errors)
    {
        var text = p.Text;
        if (!p.OwnLine)
        {
            errors.Add(p.Pos, "misplaced compiler directive");
            return;
        }
        if (text.StartsWith("go:linkname ", StringComparison.Ordinal))
        {
            if (LinknameFields(p) == null) errors.Add(p.Pos, "usage: //go:linkname localname [linkname]");
            return;
        }
        if (IsEmbed(text))
        {
            var (patterns, err) = EmbedPatterns(text["go:embed".Length..]);
            if (err != null) errors.Add(p.Pos, err);
            if (patterns.Count == 0) errors.Add(p.Pos, "usage: //go:embed pattern...");
            return;
        }
        if (text.StartsWith("go:cgo_import_dynamic ", StringComparison.Ordinal) && CgoFields(text) is { Count: >= 4 } dyn)
        {
            var lib = dyn[3].Trim('"');
            if (lib != "" && !SafeArg(lib) && !IsCgoGenerated(p))
                errors.Add(p.Pos, $"invalid library name {Quote(lib)} in cgo_import_dynamic directive");
            CgoUsage(p, errors);
            return;
        }
        if (text.StartsWith("go:cgo_", StringComparison.Ordinal))
        {
            // For security, only cgo's own files may pass flags to the linker (the standard library may too).
            if (!IsCgoGenerated(p) && !settings.Std) errors.Add(p.Pos, $"//{text} only allowed in cgo-generated code");
            CgoUsage(p, errors);
        }
        var verb = Verb(p);
        var flag = FlagOf(verb);
        if (!settings.CompilingRuntime && (flag & Flag.RuntimeOnly) != 0)
            errors.Add(p.Pos, $"//{verb} only allowed in runtime");
        if (flag == Flag.UintptrKeepAlive && !settings.Std)
            errors.Add(p.Pos, $"//{verb} is only allowed in the standard library");
        if (flag == Flag.None && settings.Std && !AllowedInStd.Contains(verb))
            errors.Add(p.Pos, $"//{verb} is not allowed in the standard library");
    }

    /// <summary>The usage errors of //go:cgo_* directives that take arguments.</summary>
    private static void CgoUsage(Ast.Pragma p, DiagnosticBag errors)
    {
        var f = CgoFields(p.Text);
        var verb = f[0]["go:".Length..];
        static bool Q(string s) => s.Length >= 2 && s[0] == '"' && s[^1] == '"';
        string? usage = verb switch
        {
            "cgo_export_static" or "cgo_export_dynamic" when !(f.Count == 2 && !Q(f[1]) || f.Count == 3 && !Q(f[1]) && !Q(f[2]))
                => $"usage: //go:{verb} local [remote]",
            "cgo_import_dynamic" when !(f.Count == 2 && !Q(f[1]) || f.Count == 3 && !Q(f[1]) && !Q(f[2]) || f.Count == 4 && !Q(f[1]) && !Q(f[2]) && Q(f[3]))
                => "usage: //go:cgo_import_dynamic local [remote [\"library\"]]",
            "cgo_import_static" when !(f.Count == 2 && !Q(f[1])) => "usage: //go:cgo_import_static local",
            "cgo_dynamic_linker" when !(f.Count == 2 && Q(f[1])) => "usage: //go:cgo_dynamic_linker \"path\"",
            "cgo_ldflag" when !(f.Count == 2 && Q(f[1])) => "usage: //go:cgo_ldflag \"arg\"",
            _ => null,
        };
        if (usage != null) errors.Add(p.Pos, usage);
    }

    // ---- phase 2: declarations, after type checking ----

    /// <summary>
    /// Reports the directives that do not apply to the declaration carrying them, checks //go:embed and
    /// //go:linkname, and applies the link names to the package's functions.
    /// </summary>
    public static void CheckDeclarations(IReadOnlyList<Ast.File> files, PackageInfo pkg, Info info, DiagnosticBag errors, string? lang = null)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        // Reported when the variables are compiled, which gc only reaches without other errors.
        var late = new List<Diagnostic>();
        var funcs = new Dictionary<string, (Ast.FuncDecl Decl, FuncObj Obj)>(StringComparer.Ordinal);
        foreach (var (decl, obj) in info.Funcs)
            if (decl.Recv == null) funcs[obj.Name] = (decl, obj);
        foreach (var file in files)
        {
            bool importsEmbed = false, importsUnsafe = false;
            Misplaced(file.Pragmas, Flag.GoBuild, errors);
            foreach (var d in AllDecls(file, out var local))
            {
                switch (d)
                {
                    case Ast.ImportDecl imp:
                        var path = imp.Path.Value.Trim('"', '`');
                        importsEmbed |= path == "embed";
                        importsUnsafe |= path == "unsafe";
                        Misplaced(imp.Pragmas, Flag.None, errors);
                        break;
                    case Ast.ConstDecl c: Misplaced(c.Pragmas, Flag.None, errors); break;
                    case Ast.TypeDecl t: Misplaced(t.Pragmas, t.IsAlias ? Flag.None : Flag.Type, errors); break;
                    case Ast.VarDecl v:
                        Embed(v, importsEmbed, local.Contains(v), errors, late, lang);
                        Misplaced(v.Pragmas.Where(p => Classify(p) != Kind.Embed), Flag.None, errors);
                        break;
                    case Ast.FuncDecl fd: FuncDirectives(fd, errors); break;
                }
            }
            foreach (var p in file.Linknames)
            {
                if (Classify(p) != Kind.Linkname || LinknameFields(p) is not { } f) continue;
                if (!importsUnsafe) { errors.Add(p.Pos, "//go:linkname only allowed in Go files that import \"unsafe\""); continue; }
                var local = f[0];
                if (pkg.Scope.LookupLocal(local) is not (FuncObj or VarObj))
                {
                    errors.Add(p.Pos, "//go:linkname must refer to declared function or variable");
                    continue;
                }
                if (!linked.Add(local)) { errors.Add(p.Pos, $"duplicate //go:linkname for {local}"); continue; }
                // Without a target the directive only lets other packages refer to the default symbol.
                if (f.Count == 2 && funcs.TryGetValue(local, out var fn))
                {
                    fn.Obj.LinkName = f[1];
                    // A body-less function named after another package's Go function is called as Go code.
                    if (fn.Decl.Body == null) fn.Obj.Abi = FuncAbi.Internal;
                }
            }
        }
        if (!errors.HasErrors) foreach (var d in late) errors.Add(d);
    }

    /// <summary>A function's directives: all function flags apply; some combinations are errors.</summary>
    private static void FuncDirectives(Ast.FuncDecl fd, DiagnosticBag errors)
    {
        Misplaced(fd.Pragmas, Flag.Func, errors);
        var flags = Flag.None;
        foreach (var p in fd.Pragmas)
            if (Classify(p) == Kind.Flagged) flags |= FlagOf(Verb(p));
        var pos = fd.Pos; // gc's: the token after `func` (the name, or a method's receiver)
        if ((flags & Flag.Systemstack) != 0 && (flags & Flag.Nosplit) != 0)
            errors.Add(pos, "go:nosplit and go:systemstack cannot be combined");
        if (fd.Body == null) return;
        if ((flags & Flag.Noescape) != 0)
            errors.Add(pos, "can only use //go:noescape with external func implementations");
        if ((flags & Flag.UintptrKeepAlive) != 0 && (flags & Flag.UintptrEscapes) == 0 && (flags & Flag.Nosplit) == 0)
            errors.Add(pos, "go:uintptrkeepalive requires go:nosplit");
    }

    /// <summary>gc's reportUnused: the directives whose flags the declaration does not allow.</summary>
    private static void Misplaced(IEnumerable<Ast.Pragma> pragmas, Flag allowed, DiagnosticBag errors)
    {
        foreach (var p in pragmas)
            switch (Classify(p))
            {
                case Kind.Flagged when (FlagOf(Verb(p)) & ~allowed) != 0: errors.Add(p.Pos, "misplaced compiler directive"); break;
                case Kind.Embed: errors.Add(p.Pos, "misplaced go:embed directive"); break;
            }
    }

    /// <summary>//go:embed on a variable: gosharp has no embedding, so a well-placed one is reported as gc does without -embedcfg.</summary>
    private static void Embed(Ast.VarDecl v, bool importsEmbed, bool inFunc, DiagnosticBag errors, List<Diagnostic> late, string? lang)
    {
        var first = v.Pragmas.FirstOrDefault(p => Classify(p) == Kind.Embed);
        if (first == null) return;
        string? msg =
            !importsEmbed ? "go:embed only allowed in Go files that import \"embed\"" :
            v.Names.Length > 1 ? "go:embed cannot apply to multiple vars" :
            v.Values.Length > 0 ? "go:embed cannot apply to var with initializer" :
            v.Type == null ? "go:embed cannot apply to var without type" :
            inFunc ? "go:embed cannot apply to var inside func" :
            lang != null && Checker.ParseLang(lang, out _) < 16 ? $"go:embed requires go1.16 or later (-lang was set to {lang}; check go.mod)" : null;
        if (msg != null) errors.Add(first.Pos, msg);
        else late.Add(new Diagnostic(first.Pos, "invalid go:embed: build system did not supply embed configuration"));
    }

    // ---- reading directives ----

    /// <summary>What a directive became in gc's parser (a directive not on its own line became nothing).</summary>
    private static Kind Classify(Ast.Pragma p)
    {
        if (!p.OwnLine) return Kind.Ignored;
        if (p.Text.StartsWith("go:linkname ", StringComparison.Ordinal)) return Kind.Linkname;
        if (IsEmbed(p.Text)) return EmbedPatterns(p.Text["go:embed".Length..]).Patterns.Count > 0 ? Kind.Embed : Kind.Ignored;
        if (p.Text.StartsWith("go:cgo_import_dynamic ", StringComparison.Ordinal) && CgoFields(p.Text).Count >= 4) return Kind.Ignored;
        return Kind.Flagged;
    }

    private static bool IsEmbed(string text) => text == "go:embed" || text.StartsWith("go:embed ", StringComparison.Ordinal);

    /// <summary>gc's verb: the text up to the first space (a tab does not end it).</summary>
    private static string Verb(Ast.Pragma p) => p.Text.IndexOf(' ') is var i and >= 0 ? p.Text[..i] : p.Text;

    /// <summary>The local name and the optional target of a //go:linkname, or null when they are not 1 or 2 words.</summary>
    private static List<string>? LinknameFields(Ast.Pragma p)
    {
        var f = p.Text.Split([' ', '\t', '\n', '\r', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries);
        return f.Length is 2 or 3 ? f[1..].ToList() : null;
    }

    /// <summary>Blank-separated fields where a double-quoted part is one field (gc's pragmaFields).</summary>
    private static List<string> CgoFields(string s)
    {
        var a = new List<string>();
        bool inQuote = false;
        int start = -1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '"')
            {
                if (inQuote) { inQuote = false; a.Add(s[start..(i + 1)]); start = -1; }
                else { inQuote = true; if (start >= 0) a.Add(s[start..i]); start = i; }
            }
            else if (!inQuote && c is ' ' or '\t' or '\n' or '\r')
            {
                if (start >= 0) { a.Add(s[start..i]); start = -1; }
            }
            else if (start == -1) start = i;
        }
        if (!inQuote && start >= 0) a.Add(s[start..]);
        return a;
    }

    /// <summary>The patterns of a //go:embed line: words, "quoted" or `raw` strings; or the error gc reports.</summary>
    private static (List<string> Patterns, string? Error) EmbedPatterns(string args)
    {
        var list = new List<string>();
        args = args.Trim();
        while (args != "")
        {
            string path;
            if (args[0] == '`')
            {
                int end = args.IndexOf('`', 1);
                if (end < 0) return ([], $"invalid quoted string in //go:embed: {args}");
                path = args[1..end];
                args = args[(end + 1)..];
            }
            else if (args[0] == '"')
            {
                int i = 1;
                for (; i < args.Length; i++)
                {
                    if (args[i] == '\\') { i++; continue; }
                    if (args[i] == '"') break;
                }
                if (i >= args.Length) return ([], $"invalid quoted string in //go:embed: {args}");
                var quoted = args[..(i + 1)];
                if (Unquote(quoted) is not { } q) return ([], $"invalid quoted string in //go:embed: {quoted}");
                path = q;
                args = args[(i + 1)..];
            }
            else
            {
                int i = 0;
                while (i < args.Length && !char.IsWhiteSpace(args[i])) i++;
                path = args[..i];
                args = args[i..];
            }
            if (args != "" && !char.IsWhiteSpace(args[0])) return ([], $"invalid quoted string in //go:embed: {args}");
            list.Add(path);
            args = args.Trim();
        }
        return (list, null);
    }

    /// <summary>A double-quoted Go string's value (the escapes file names use), or null when it is malformed.</summary>
    private static string? Unquote(string s)
    {
        var sb = new StringBuilder();
        for (int i = 1; i < s.Length - 1; i++)
        {
            char c = s[i];
            if (c == '\n') return null;
            if (c != '\\') { sb.Append(c); continue; }
            if (++i >= s.Length - 1) return null;
            switch (s[i])
            {
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case '\\': sb.Append('\\'); break;
                case '"': sb.Append('"'); break;
                case 'x' when i + 2 < s.Length - 1 && IsHex(s[i + 1]) && IsHex(s[i + 2]):
                    sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 2), 16)); i += 2; break;
                case 'u' when i + 4 < s.Length - 1 && s.Substring(i + 1, 4).All(IsHex):
                    sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16)); i += 4; break;
                default: return null;
            }
        }
        return sb.ToString();
        static bool IsHex(char c) => char.IsAsciiHexDigit(c);
    }

    /// <summary>gc's safeArg: a library name that cannot be mistaken for a linker flag.</summary>
    private static bool SafeArg(string name)
    {
        char c = name[0];
        return c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '.' or '_' or '/' || c >= 0x80;
    }

    private static bool IsCgoGenerated(Ast.Pragma p) => Path.GetFileName(p.Pos.File ?? "").StartsWith("_cgo_", StringComparison.Ordinal);

    /// <summary>A string as Go's %q prints it (library names are plain text here).</summary>
    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    // ---- walking declarations ----

    private static ImmutableArray<Ast.Pragma> PragmasOf(Ast.Decl d) => d switch
    {
        Ast.ImportDecl x => x.Pragmas,
        Ast.ConstDecl x => x.Pragmas,
        Ast.TypeDecl x => x.Pragmas,
        Ast.VarDecl x => x.Pragmas,
        Ast.FuncDecl x => x.Pragmas,
        _ => [],
    };

    private static IEnumerable<Ast.Decl> AllDecls(Ast.File file) => AllDecls(file, out _);

    /// <summary>Every declaration of a file in source order, those inside function bodies and literals included (<paramref name="local"/>).</summary>
    private static List<Ast.Decl> AllDecls(Ast.File file, out HashSet<Ast.Decl> local)
    {
        var result = new List<Ast.Decl>();
        local = new HashSet<Ast.Decl>(ReferenceEqualityComparer.Instance);
        foreach (var d in file.Decls)
        {
            result.Add(d);
            // An explicit stack: expressions nest deeply.
            var stack = new Stack<Ast.Node>();
            foreach (var c in Checker.Children(d).Reverse()) stack.Push(c);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (n is Ast.DeclStmt ds)
                    foreach (var ld in ds.Decls) { result.Add(ld); local.Add(ld); }
                foreach (var c in Checker.Children(n).Reverse()) stack.Push(c);
            }
        }
        return result;
    }
}
