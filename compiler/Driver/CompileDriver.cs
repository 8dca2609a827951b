using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Arm64;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Export;
using Gosharp.Compiler.IR.Build;
using Gosharp.Compiler.Passes;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Driver;

/// <summary>
/// One compilation: parse → check → build SSA → passes → arm64 assembly, plus export data and the
/// assembly header. Diagnostics are sorted by position, as gc prints them.
/// </summary>
internal sealed class CompileDriver(CompileOptions options)
{
    private readonly DiagnosticBag errors = new() { Limit = options.NoErrorLimit ? int.MaxValue : 10 };

    public CompileResult Run(IReadOnlyList<string> fileArgs)
    {
        try
        {
            return RunInner(fileArgs);
        }
        catch (UserError e) when (errors.HasErrors || e.Diagnostics.Count > 0)
        {
            // Collected errors plus the one that stopped us, sorted as gc sorts them.
            var all = errors.Items.Concat(e.Diagnostics.Where(d => !errors.Items.Contains(d))).ToList();
            throw new UserError(Sorted(all));
        }
    }

    private CompileResult RunInner(IReadOnlyList<string> fileArgs)
    {
        var files = new List<Ast.File>();
        var texts = new Dictionary<Ast.File, string>(ReferenceEqualityComparer.Instance);
        var absolute = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in fileArgs)
        {
            var full = Path.GetFullPath(arg, options.Cwd);
            byte[] bytes;
            try { bytes = File.ReadAllBytes(full); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"open {arg}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
            }
            absolute[arg] = TrimPath(full);
            var (file, diags) = SyntaxFrontEnd.Parse(arg, bytes, options.NoErrorLimit);
            foreach (var d in diags) errors.Add(d);
            if (file != null) { files.Add(file); texts[file] = Encoding.UTF8.GetString(bytes); }
        }
        // A line directive's empty file name ("//line :1") is "??" in line tables, as gc records it.
        absolute.TryAdd("", "??");
        if (options.SyntaxOnly)
        {
            ThrowIfErrors();
            return new CompileResult("", []);
        }
        // gc's parser reports misplaced and malformed //go: directives with the syntax errors; they
        // do not stop the compilation before type checking, syntax errors do (lexical errors alone
        // do not: SyntaxFrontEnd still returns the file).
        bool syntaxErrors = files.Count < fileArgs.Count;
        var directives = Directives.Settings.For(options.PackagePath, options.Std);
        foreach (var file in files) Directives.CheckParsed(file, directives, errors);
        if (syntaxErrors) ThrowIfErrors();

        var (pkg, info) = Checker.CheckPackage(options.PackagePath, files, Import, errors, options.Lang);
        // Generic declarations travel as source in the export data (importers instantiate them).
        foreach (var src in ExportData.GenericSourceFiles(files, f => texts.GetValueOrDefault(f)))
            pkg.GenericSources.Add(src with { Name = absolute.GetValueOrDefault(src.Name, src.Name) });
        ApplySymAbis(info);
        ThrowIfErrors();
        // What gc reports while turning the checked package into code: its size limits, the directives.
        SizeLimits.Check(files, pkg, info, errors);
        Directives.CheckDeclarations(files, pkg, info, errors, options.Lang);
        NotInHeap.Check(files, pkg, info, errors);
        if (options.Complete)
            foreach (var (decl, obj) in info.Funcs)
                if (decl.Body == null && obj.LinkName == null)
                    errors.Add(decl.Name.Pos, "missing function body");
        ThrowIfErrors();

        var ir = PackageBuilder.Build(pkg, info, files, errors, Import);
        ThrowIfErrors();
        var notes = options.EscapeReport
            ? Sorted(ir.EscapeNotes.Where(n => n.Pos.File != null).Select(n => new Diagnostic(n.Pos, n.Message))).Select(d => d.ToString()).ToList()
            : [];
        // -m: inlining decisions print first, as gc prints them while inlining, before escape analysis.
        var inlineNotes = new List<string>();
        Action<SourcePos, string>? inlineNote = options.EscapeReport ? (p, m) => inlineNotes.Add(Columns(new Diagnostic(p, m)).ToString()) : null;
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in ir.Funcs)
        {
            // Positions in the assembly name the file as recorded (absolute, after -trimpath).
            foreach (var v in f.AllValues())
                if (v.Pos.File != null && absolute.TryGetValue(v.Pos.File, out var abs)) { fileOf[abs] = v.Pos.File; v.Pos = v.Pos with { File = abs }; }
            if (f.Pos.File != null && absolute.TryGetValue(f.Pos.File, out var fabs)) { fileOf[fabs] = f.Pos.File; f.Pos = f.Pos with { File = fabs }; }
        }
        // -m names files as the command line did.
        Pipeline.RunPackage(ir.Funcs, Console.Error, inlineNote == null ? null : (p, m) => inlineNote(p.File is { } pf ? p with { File = fileOf.GetValueOrDefault(pf, pf) } : p, m));
        notes = [.. inlineNotes, .. notes];
        var tooLarge = new DiagnosticBag { Limit = int.MaxValue };
        var asm = AsmWriter.Write(options.PackagePath, ir.Funcs, ir.Data, tooLarge);
        // Functions are positioned with their recorded (absolute) file names by now; errors name files as the command line did.
        foreach (var d in tooLarge.Items)
            errors.Add(d.Pos is { File: { } df } dp ? d with { Pos = dp with { File = fileOf.GetValueOrDefault(df, df) } } : d);
        ThrowIfErrors();
        if (options.AsmHdr != null) AtomicFile.WriteText(options.AsmHdr, AsmHeader.Write(pkg));
        return new CompileResult(asm, ExportData.Write(pkg)) { Notes = notes };
    }

    private PackageImporter? importer;

    /// <summary>
    /// Imported packages come from the export data of the archives the importcfg names (or found in the
    /// -I folders); a local import ("./a") is first made a package path as gc makes it (<see cref="LocalImports"/>).
    /// </summary>
    private PackageInfo? Import(string path) =>
        (importer ??= PackageImporter.FromImportCfg(options.ImportCfg, options.Cwd, options.ImportDirs))
            .Import(LocalImports.Resolve(path, options.LocalImportPrefix, options.Cwd));

    /// <summary>
    /// A function declared without a body is implemented in assembly; it is called with the stack
    /// convention (ABI0) unless the symabis file says its TEXT is ABIInternal.
    /// </summary>
    private void ApplySymAbis(Info info)
    {
        if (options.SymAbis == null) return;
        string[] lines;
        try { lines = File.ReadAllLines(options.SymAbis); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserError($"open {options.SymAbis}: {e.Message}"); }
        var internalAbi = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 3 && f[0] == "def" && f[2] == "ABIInternal") internalAbi.Add(f[1]);
        }
        foreach (var (decl, obj) in info.Funcs)
            if (decl.Body == null) obj.Abi = internalAbi.Contains(obj.LinkSymbol) ? FuncAbi.Internal : FuncAbi.Stack;
    }

    private void ThrowIfErrors()
    {
        if (errors.HasErrors) throw new UserError(Sorted(errors.Items));
    }

    /// <summary>-C: positions without columns.</summary>
    private Diagnostic Columns(Diagnostic d) => options.NoColumns && d.Pos is { } p ? d with { Pos = p with { Col = 0 } } : d;

    private List<Diagnostic> Sorted(IEnumerable<Diagnostic> ds)
    {
        var list = ds.Distinct().ToList();
        var tooMany = list.Where(d => d.Pos == null && d.Message == "too many errors").ToList();
        var rest = list.Except(tooMany).OrderBy(d => d.Pos?.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Pos?.Line ?? 0).ThenBy(d => d.Pos?.Col ?? 0).ToList();
        // gc prints "too many errors" at the position of the last error shown.
        if (tooMany.Count > 0 && rest.Count > 0) tooMany = [new Diagnostic(rest[^1].Pos, "too many errors")];
        return [.. rest.Select(Columns), .. tooMany.Select(Columns)];
    }

    /// <summary>Applies -trimpath "prefix=>replacement;..." to a recorded file name.</summary>
    private string TrimPath(string path)
    {
        if (string.IsNullOrEmpty(options.TrimPath)) return path;
        foreach (var rule in options.TrimPath.Split(';'))
        {
            var parts = rule.Split("=>", 2);
            var prefix = parts[0];
            var repl = parts.Length > 1 ? parts[1] : "";
            if (prefix.Length == 0) continue;
            if (path == prefix) return repl;
            if (path.StartsWith(prefix.TrimEnd('/') + "/"))
            {
                var rest = path[(prefix.TrimEnd('/').Length + 1)..];
                return repl.Length == 0 ? rest : repl.TrimEnd('/') + "/" + rest;
            }
        }
        return path;
    }
}

/// <summary>go_asm.h for the package's assembly: struct sizes and field offsets, integer constants (gc's -asmhdr).</summary>
internal static class AsmHeader
{
    public static string Write(PackageInfo pkg)
    {
        var sb = new StringBuilder("// generated by gosharp compile -asmhdr from package " + pkg.Path + "\n\n");
        foreach (var o in pkg.Scope.Objects.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            if (o is ConstObj c && c.Value.Kind == Types.Constants.ConstKind.Int)
                sb.Append($"#define const_{c.Name} {c.Value.Int}\n");
            if (o is TypeNameObj t && t.Type is NamedType n && n.Underlying is StructType st && !t.IsAlias)
            {
                sb.Append($"#define {t.Name}__size {Layout.Sizeof(st)}\n");
                var offs = Layout.Offsets(st);
                for (int i = 0; i < st.Fields.Length; i++)
                    if (st.Fields[i].Name != "_") sb.Append($"#define {t.Name}_{st.Fields[i].Name} {offs[i]}\n");
            }
        }
        return sb.ToString();
    }
}
