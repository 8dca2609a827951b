using System.Text;

namespace Gosharp.Cli.Build;

/// <summary>
/// Turns the packages of a build into a script of steps, numbered like go build's actions: b001 is the
/// first command-line package, its dependencies follow in the order they were found, then the other
/// command-line packages. Each package: compile (Go → assembly + export data), asm (each .s → .o),
/// pack (→ _pkg_.a); then, for a program, link and mv (cp of the archive for a library built with -o).
/// </summary>
public static class Planner
{
    /// <param name="roots">The command-line packages: always built (never taken from the cache), given -gcflags.</param>
    /// <param name="outputs">Where a command-line package's result goes: a program's executable, or a library's archive.
    /// A program without an output is still linked (as go build does, to report link errors), then discarded.</param>
    /// <param name="link">false: compile and pack only (no program is linked).</param>
    public static Script Plan(IReadOnlyList<Package> roots, IReadOnlyList<Package> packages, string userCwd,
        IReadOnlyDictionary<string, string> outputs, BuildCache? cache = null, IReadOnlyList<string>? gcflags = null, bool link = true)
    {
        var byPath = packages.ToDictionary(p => p.ImportPath, StringComparer.Ordinal);
        var id = new Dictionary<string, string>(StringComparer.Ordinal);
        // Number in the order of a preorder walk from each command-line package, as go does.
        void Number(Package p)
        {
            if (id.ContainsKey(p.ImportPath)) return;
            id[p.ImportPath] = $"b{id.Count + 1:D3}";
            foreach (var imp in p.Imports)
                Number(byPath[imp]);
        }
        foreach (var r in roots) Number(r);
        foreach (var p in packages) Number(p);
        bool IsRoot(Package p) => roots.Contains(p);

        // Library packages found in the cache are linked from there and not built (go build -x does not
        // show them either); the others are built and then stored in the cache.
        var cached = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache != null)
            foreach (var p in packages)
                if (!IsRoot(p) && cache.Lookup(p, packages) is { } hit) cached[p.ImportPath] = hit;
        string Archive(string path) => cached.TryGetValue(path, out var c) ? c : $"{Script.Work}/{id[path]}/_pkg_.a";
        var script = new Script();
        foreach (var p in packages)
        {
            if (cached.ContainsKey(p.ImportPath)) continue;
            var b = $"{Script.Work}/{id[p.ImportPath]}";
            var pkgPath = p.CompilePath;
            var trim = $"{b}=>";
            script.Add(new MkdirLine(b + "/"));
            var cfg = new StringBuilder("# import config\n");
            foreach (var imp in p.Imports) cfg.Append($"packagefile {imp}={Archive(imp)}\n");
            // Then what the imports import: export data may name their packages (an imported generic's
            // body is compiled again in the importer, with its own package's imports).
            foreach (var dep in Deps(p, byPath).Where(d => !p.Imports.Contains(d.ImportPath)).OrderBy(d => d.ImportPath, StringComparer.Ordinal))
                cfg.Append($"packagefile {dep.ImportPath}={Archive(dep.ImportPath)}\n");
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
            if (IsRoot(p) && gcflags != null) compile.AddRange(gcflags);
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
            if (cache != null && !IsRoot(p)) script.Add(new CacheStoreLine(Archive(p.ImportPath), cache.ArchivePath(cache.Key(p, packages))));
        }

        foreach (var main in roots)
        {
            outputs.TryGetValue(main.ImportPath, out var output);
            if (!main.IsMain || !link)
            {
                if (output != null) script.Add(new CpLine(Archive(main.ImportPath), output));
                continue;
            }
            var b = $"{Script.Work}/{id[main.ImportPath]}";
            var linkCfg = new StringBuilder();
            linkCfg.Append($"packagefile {main.ImportPath}={Archive(main.ImportPath)}\n");
            foreach (var p in Closure(main, byPath).Where(p => p != main).OrderBy(p => p.ImportPath, StringComparer.Ordinal))
                linkCfg.Append($"packagefile {p.ImportPath}={Archive(p.ImportPath)}\n");
            script.Add(new WriteFileLine($"{b}/importcfg.link", linkCfg.ToString()));
            script.Add(new MkdirLine($"{b}/exe/"));
            script.Add(new CdLine(userCwd));
            script.Add(new GosharpLine(["tool", "link", "-o", $"{b}/exe/a.out", "-importcfg", $"{b}/importcfg.link",
                "-buildmode=exe", Archive(main.ImportPath)], main.ImportPath));
            if (output != null) script.Add(new MvLine($"{b}/exe/a.out", output));
        }
        return script;
    }

    /// <summary>Everything p imports, directly or not.</summary>
    private static List<Package> Deps(Package p, IReadOnlyDictionary<string, Package> byPath)
    {
        var seen = new List<Package>();
        void Add(Package q)
        {
            foreach (var imp in q.Imports)
            {
                var d = byPath[imp];
                if (seen.Contains(d)) continue;
                seen.Add(d);
                Add(d);
            }
        }
        Add(p);
        return seen;
    }

    /// <summary>What a program links: its package, everything it imports, and the runtime with its imports.</summary>
    private static List<Package> Closure(Package main, IReadOnlyDictionary<string, Package> byPath)
    {
        var seen = new List<Package>();
        void Add(Package p)
        {
            if (seen.Contains(p)) return;
            seen.Add(p);
            foreach (var imp in p.Imports) Add(byPath[imp]);
        }
        Add(main);
        if (byPath.TryGetValue("runtime", out var rt)) Add(rt);
        return seen;
    }
}
