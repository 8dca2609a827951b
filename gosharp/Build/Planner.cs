using System.Text;

namespace Gosharp.Cli.Build;

/// <summary>
/// Turns the packages of a build into a script of steps, numbered like go build's actions: b001 is the
/// command-line package, its dependencies follow in the order they were found. Each package: compile
/// (Go → assembly + export data), asm (each .s → .o), pack (→ _pkg_.a); then link and mv.
/// </summary>
public static class Planner
{
    public static Script Plan(Package main, IReadOnlyList<Package> packages, string userCwd, string? output, BuildCache? cache = null,
        IReadOnlyList<string>? gcflags = null)
    {
        var id = new Dictionary<string, string>(StringComparer.Ordinal) { [main.ImportPath] = "b001" };
        // Number in the order of a preorder walk from the main package, as go does.
        void Number(Package p)
        {
            foreach (var imp in p.Imports)
            {
                if (id.ContainsKey(imp)) continue;
                id[imp] = $"b{id.Count + 1:D3}";
                Number(packages.First(q => q.ImportPath == imp));
            }
        }
        Number(main);
        foreach (var p in packages)
            if (!id.ContainsKey(p.ImportPath)) { id[p.ImportPath] = $"b{id.Count + 1:D3}"; Number(p); }

        // Library packages found in the cache are linked from there and not built (go build -x does not
        // show them either); the others are built and then stored in the cache.
        var cached = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache != null)
            foreach (var p in packages)
                if (p != main && cache.Lookup(p, packages) is { } hit) cached[p.ImportPath] = hit;
        string Archive(string path) => cached.TryGetValue(path, out var c) ? c : $"{Script.Work}/{id[path]}/_pkg_.a";
        var script = new Script();
        foreach (var p in packages)
        {
            if (cached.ContainsKey(p.ImportPath)) continue;
            var b = $"{Script.Work}/{id[p.ImportPath]}";
            var pkgPath = p.IsMain ? "main" : p.ImportPath;
            var trim = $"{b}=>";
            script.Add(new MkdirLine(b + "/"));
            var cfg = new StringBuilder("# import config\n");
            foreach (var imp in p.Imports) cfg.Append($"packagefile {imp}={Archive(imp)}\n");
            script.Add(new WriteFileLine($"{b}/importcfg", cfg.ToString()));
            script.Add(new CdLine(p.Dir));
            var asmFlags = new List<string> { "-p", pkgPath, "-trimpath", trim, "-I", $"{b}/", "-I", Toolchain.IncludeDir, "-D", "GOOS_linux", "-D", "GOARCH_arm64" };
            if (p.AsmFiles.Count > 0)
            {
                // As go does: an empty go_asm.h so that assembly including it can be scanned, then the
                // ABIs of the assembly functions for the compiler.
                script.Add(new WriteFileLine($"{b}/go_asm.h", ""));
                script.Add(new GosharpLine(["tool", "asm", .. asmFlags, "-gensymabis", "-o", $"{b}/symabis", .. p.AsmFiles.Select(s => "./" + Path.GetFileName(s))], p.ImportPath));
            }
            var compile = new List<string> { "tool", "compile", "-o", $"{b}/_go_.s", "-pkgdef", $"{b}/__.PKGDEF", "-trimpath", trim, "-p", pkgPath };
            if (p.Std) compile.Add("-std");
            if (p.AsmFiles.Count > 0) compile.AddRange(["-symabis", $"{b}/symabis", "-asmhdr", $"{b}/go_asm.h"]);
            else compile.Add("-complete");
            if (p == main && gcflags != null) compile.AddRange(gcflags);
            compile.AddRange(["-importcfg", $"{b}/importcfg"]);
            compile.AddRange(p.GoFiles.Select(f => "./" + Path.GetFileName(f)));
            script.Add(new GosharpLine(compile, p.ImportPath));
            script.Add(new GosharpLine(["tool", "asm", "-p", pkgPath, "-trimpath", trim, "-o", $"{b}/_go_.o", $"{b}/_go_.s"], p.ImportPath));
            var objects = new List<string> { $"{b}/__.PKGDEF", $"{b}/_go_.o" };
            foreach (var s in p.AsmFiles)
            {
                var obj = $"{b}/{Path.GetFileNameWithoutExtension(s)}.o";
                script.Add(new GosharpLine(["tool", "asm", .. asmFlags, "-o", obj, "./" + Path.GetFileName(s)], p.ImportPath));
                objects.Add(obj);
            }
            script.Add(new GosharpLine(["tool", "pack", "c", Archive(p.ImportPath), .. objects], p.ImportPath));
            if (cache != null && p != main) script.Add(new CacheStoreLine(Archive(p.ImportPath), cache.ArchivePath(cache.Key(p, packages))));
        }

        if (main.IsMain && output != null)
        {
            var linkCfg = new StringBuilder();
            linkCfg.Append($"packagefile {main.ImportPath}={Archive(main.ImportPath)}\n");
            foreach (var p in packages.Where(p => p != main).OrderBy(p => p.ImportPath, StringComparer.Ordinal))
                linkCfg.Append($"packagefile {p.ImportPath}={Archive(p.ImportPath)}\n");
            script.Add(new WriteFileLine($"{Script.Work}/b001/importcfg.link", linkCfg.ToString()));
            script.Add(new MkdirLine($"{Script.Work}/b001/exe/"));
            script.Add(new CdLine(userCwd));
            script.Add(new GosharpLine(["tool", "link", "-o", $"{Script.Work}/b001/exe/a.out", "-importcfg", $"{Script.Work}/b001/importcfg.link",
                "-buildmode=exe", Archive(main.ImportPath)], main.ImportPath));
            script.Add(new MvLine($"{Script.Work}/b001/exe/a.out", output));
        }
        return script;
    }
}
