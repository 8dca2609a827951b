using System.CommandLine;
using Gosharp.Asm;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.Linker;

namespace Gosharp.Cli.Cli;

/// <summary>`gosharp tool compile|asm|pack|link|objdump|nm`: each stage alone, with gc's flag names.</summary>
public static class ToolCommands
{
    public static IEnumerable<Command> All(ToolContext ctx) =>
        [Compile(ctx), Asm(ctx), Pack(ctx), Link(ctx), Objdump(ctx), Nm(ctx)];

    private static Command Compile(ToolContext ctx)
    {
        var cmd = new Command("compile", "compile Go source files of one package to Plan 9 arm64 assembly and export data");
        var o = GoFlags.String("o", "write the assembly to file", "file");
        var pkgdef = GoFlags.String("pkgdef", "write the export data to file (default: OUT with extension .pkgdef)", "file");
        var p = GoFlags.String("p", "set expected package import path", "path");
        var importcfg = GoFlags.String("importcfg", "read import configuration from file", "file");
        var trimpath = GoFlags.String("trimpath", "remove prefix from recorded source file paths", "prefix");
        var asmhdr = GoFlags.String("asmhdr", "write assembly header to file", "file");
        var symabis = GoFlags.String("symabis", "read symbol ABI information from file (asm -gensymabis)", "file");
        var std = GoFlags.Bool("std", "compiling standard library");
        var syntaxOnly = GoFlags.Bool("syntax-only", "stop after parsing; report syntax errors only");
        var printAsm = GoFlags.Bool("S", "print assembly listing");
        var noLimit = GoFlags.Bool("e", "no limit on number of errors reported");
        var noCols = GoFlags.Bool("C", "disable printing of columns in error messages");
        var complete = GoFlags.Bool("complete", "compiling complete package (no C or assembly)");
        var escapes = GoFlags.Bool("m", "print optimization decisions (escape analysis: what moves to the heap)");
        var localPrefix = GoFlags.String("D", "set relative path for local imports", "path");
        var importDirs = GoFlags.List("I", "add directory to import search path", "directory");
        var lang = GoFlags.String("lang", "Go language version source code expects", "string");
        // Accepted for compatibility with gc's command lines; they do not change gosharp's output.
        var compat = new Option[]
        {
            GoFlags.String("buildid", "record id as the build id (accepted, no effect)", "id"),
            GoFlags.String("goversion", "required version of the runtime (accepted, no effect)", "string"),
            GoFlags.String("c", "concurrency during compilation (accepted, no effect)", "int"),
            GoFlags.Bool("nolocalimports", "reject local (relative) imports (accepted, no effect)"),
        };
        var files = GoFlags.Files("file.go", ArgumentArity.OneOrMore);
        foreach (var opt in new Option[] { o, pkgdef, p, importcfg, trimpath, asmhdr, symabis, std, complete, syntaxOnly, printAsm, noLimit, noCols, escapes, localPrefix, importDirs, lang }.Concat(compat))
            cmd.Add(opt);
        cmd.Add(files);
        cmd.SetAction(r =>
        {
            if (r.GetValue(lang) is { } lv && Gosharp.Compiler.Check.Checker.ParseLang(lv, out var langError) == null)
                throw new UserError("compile: " + langError);
            var opts = new CompileOptions
            {
                Lang = r.GetValue(lang),
                PackagePath = r.GetValue(p) ?? "main",
                ImportCfg = r.GetValue(importcfg) is { } ic ? ctx.Resolve(ic) : null,
                TrimPath = r.GetValue(trimpath),
                Std = r.GetValue(std),
                SyntaxOnly = r.GetValue(syntaxOnly),
                AsmHdr = r.GetValue(asmhdr) is { } ah ? ctx.Resolve(ah) : null,
                SymAbis = r.GetValue(symabis) is { } sa ? ctx.Resolve(sa) : null,
                NoErrorLimit = r.GetValue(noLimit),
                NoColumns = r.GetValue(noCols),
                Complete = r.GetValue(complete),
                EscapeReport = r.GetValue(escapes),
                LocalImportPrefix = r.GetValue(localPrefix),
                ImportDirs = r.GetValue(importDirs)!,
                Cwd = ctx.Cwd,
            };
            var result = GoCompiler.Compile(r.GetValue(files)!, opts);
            foreach (var note in result.Notes) ctx.Err.WriteLine(note);
            if (opts.SyntaxOnly) return 0;
            if (r.GetValue(printAsm)) ctx.Out.Write(result.Assembly);
            var outPath = r.GetValue(o);
            if (outPath == null)
            {
                if (r.GetValue(printAsm)) return 0;
                throw new UserError("compile: -o is required (the assembly output file)");
            }
            var full = ctx.Resolve(outPath);
            var defPath = r.GetValue(pkgdef) is { } pd ? ctx.Resolve(pd) : Path.ChangeExtension(full, ".pkgdef");
            AtomicFile.Write(defPath, result.ExportData);
            AtomicFile.WriteText(full, result.Assembly);
            return 0;
        });
        return cmd;
    }

    private static Command Asm(ToolContext ctx)
    {
        var cmd = new Command("asm", "assemble a Plan 9 arm64 assembly file into an ELF object");
        var o = GoFlags.String("o", "output file; default foo.o for /a/b/c/foo.s", "file");
        var p = GoFlags.String("p", "set expected package import path", "path");
        var inc = GoFlags.List("I", "include directory; can be set multiple times", "dir");
        var def = GoFlags.List("D", "predefined symbol with optional simple value -D=identifier=value; can be set multiple times", "value");
        var trimpath = GoFlags.String("trimpath", "remove prefix from recorded source file paths", "prefix");
        var gensymabis = GoFlags.Bool("gensymabis", "write symbol ABI information to output file, don't assemble");
        var compat = new Option[]
        {
            GoFlags.Bool("compiling-runtime", "source to be compiled is part of the Go runtime (accepted, no effect)"),
            GoFlags.Bool("shared", "generate code that can be linked into a shared library (not supported)"),
        };
        var files = GoFlags.Files("file.s", ArgumentArity.OneOrMore);
        foreach (var opt in new Option[] { o, p, inc, def, trimpath, gensymabis }.Concat(compat)) cmd.Add(opt);
        cmd.Add(files);
        cmd.SetAction(r =>
        {
            var srcs = r.GetValue(files)!;
            var opts = new AsmOptions
            {
                PackagePath = r.GetValue(p) ?? "main",
                IncludeDirs = r.GetValue(inc)!.Select(ctx.Resolve).ToList(),
                Defines = r.GetValue(def)!,
                TrimPath = r.GetValue(trimpath),
            };
            string Read(string src)
            {
                try { return File.ReadAllText(ctx.Resolve(src)); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                { throw new UserError($"open {src}: {ErrorText(e)}"); }
            }
            if (r.GetValue(gensymabis))
            {
                var sb = new System.Text.StringBuilder();
                foreach (var src in srcs) sb.Append(Assembler.SymAbis(ctx.Resolve(src), Read(src), opts));
                var outAbis = r.GetValue(o) ?? throw new UserError("asm: -gensymabis needs -o");
                AtomicFile.WriteText(ctx.Resolve(outAbis), sb.ToString());
                return 0;
            }
            if (srcs.Length != 1) throw new UserError("usage: gosharp tool asm [options] file.s (one file at a time, except with -gensymabis)");
            var obj = Assembler.Assemble(ctx.Resolve(srcs[0]), Read(srcs[0]), opts);
            var outPath = r.GetValue(o) ?? Path.ChangeExtension(Path.GetFileName(srcs[0]), ".o");
            AtomicFile.Write(ctx.Resolve(outPath), obj);
            return 0;
        });
        return cmd;
    }

    private static Command Pack(ToolContext ctx)
    {
        var cmd = new Command("pack", "create and inspect ar archives: pack op file.a [name...]; op is c, r, t, x or p, with optional v");
        var op = new Argument<string>("op");
        var archive = new Argument<string>("file.a");
        var names = new Argument<string[]>("name") { Arity = ArgumentArity.ZeroOrMore };
        cmd.Add(op); cmd.Add(archive); cmd.Add(names);
        cmd.SetAction(r =>
        {
            var opText = r.GetValue(op)!;
            var verbose = opText.Length == 2 && opText[1] == 'v';
            if (!(opText.Length == 1 || verbose) || "crtxp".IndexOf(opText[0]) < 0)
                throw new UserError($"pack: unknown operation {opText} (want c, r, t, x or p, optionally followed by v)");
            var files = r.GetValue(names)!;
            // c and r name files to add: resolve them here; t, x and p name archive members.
            var args = opText[0] is 'c' or 'r' ? files.Select(ctx.Resolve).ToList() : files.ToList();
            Gosharp.Pack.PackTool.Run(opText[0], ctx.Resolve(r.GetValue(archive)!), args, verbose, ctx.Out, ctx.Cwd);
            return 0;
        });
        return cmd;
    }

    private static Command Link(ToolContext ctx)
    {
        var cmd = new Command("link", "link a main package archive into a static linux/arm64 executable");
        var o = GoFlags.String("o", "write output to file (default a.out)", "file");
        var importcfg = GoFlags.String("importcfg", "read import configuration from file", "file");
        var libdirs = GoFlags.List("L", "add specified directory to library path", "directory");
        var strip = GoFlags.Bool("s", "disable symbol table");
        var nodwarf = GoFlags.Bool("w", "disable DWARF generation");
        var xdefs = GoFlags.List("X", "add string value definition of the form importpath.name=value", "definition");
        var buildid = GoFlags.String("buildid", "record id as Go toolchain build id", "id");
        var verbose = GoFlags.Bool("v", "print link trace");
        var textAddr = GoFlags.String("T", "set the start address of text symbols", "address");
        var buildmode = GoFlags.String("buildmode", "set build mode (only exe)", "mode");
        var compat = new Option[]
        {
            GoFlags.String("extld", "external linker (accepted, not used: gosharp links internally)", "linker"),
            GoFlags.String("linkmode", "set link mode (only internal)", "mode"),
        };
        var files = GoFlags.Files("main.a", ArgumentArity.OneOrMore);
        foreach (var opt in new Option[] { o, importcfg, libdirs, strip, nodwarf, xdefs, buildid, verbose, textAddr, buildmode }.Concat(compat)) cmd.Add(opt);
        cmd.Add(files);
        cmd.SetAction(r =>
        {
            if (r.GetValue(buildmode) is { } bm && bm != "exe") throw new UserError($"-buildmode={bm} not supported on linux/arm64 by gosharp (only exe)");
            ulong? text = null;
            if (r.GetValue(textAddr) is { } t)
            {
                if (!TryParseGoInt(t, out var v)) throw new UserError($"invalid value \"{t}\" for flag -T: parse error");
                text = v;
            }
            var inputs = r.GetValue(files)!;
            var opts = new LinkOptions
            {
                MainArchive = ctx.Resolve(inputs[0]),
                ExtraObjects = inputs.Skip(1).Select(ctx.Resolve).ToList(),
                ImportCfg = r.GetValue(importcfg) is { } ic ? ctx.Resolve(ic) : null,
                WorkDir = ctx.Cwd,
                LibDirs = r.GetValue(libdirs)!.Select(ctx.Resolve).ToList(),
                StripSymbols = r.GetValue(strip),
                NoDwarf = r.GetValue(nodwarf),
                XDefs = r.GetValue(xdefs)!,
                BuildId = r.GetValue(buildid),
                TextAddress = text,
                Verbose = r.GetValue(verbose) ? ctx.Err : null,
            };
            var exe = Gosharp.Linker.Linker.Link(opts);
            AtomicFile.Write(ctx.Resolve(r.GetValue(o) ?? "a.out"), exe, executable: true);
            return 0;
        });
        return cmd;
    }

    private static Command Objdump(ToolContext ctx)
    {
        var cmd = new Command("objdump", "disassemble the text symbols of an object or executable");
        var sym = GoFlags.String("s", "only dump symbols matching this regexp", "regexp");
        var file = GoFlags.File("binary");
        cmd.Add(sym); cmd.Add(file);
        cmd.SetAction(r =>
        {
            Gosharp.Inspect.Objdump.Run(ctx.Resolve(r.GetValue(file)!), r.GetValue(sym), ctx.Out);
            return 0;
        });
        return cmd;
    }

    private static Command Nm(ToolContext ctx)
    {
        var cmd = new Command("nm", "list the symbols of objects, archives and executables");
        var n = GoFlags.Bool("n", "an alias for -sort address (numeric), for compatibility with other nm commands");
        var size = GoFlags.Bool("size", "print symbol size in decimal between address and type");
        var sort = GoFlags.String("sort", "sort output in the given order: address, name, none, size (default name)", "order");
        var files = GoFlags.Files("file", ArgumentArity.OneOrMore);
        cmd.Add(n); cmd.Add(size); cmd.Add(sort); cmd.Add(files);
        cmd.SetAction(r =>
        {
            var order = r.GetValue(n) ? "address" : r.GetValue(sort) ?? "name";
            if (order is not ("address" or "name" or "none" or "size")) throw new UserError($"nm: unknown sort order {order}");
            Gosharp.Inspect.Nm.Run(r.GetValue(files)!.Select(ctx.Resolve).ToList(), order, r.GetValue(size), ctx.Out);
            return 0;
        });
        return cmd;
    }

    /// <summary>Go's integer flag syntax: decimal, 0x hex, 0 octal.</summary>
    public static bool TryParseGoInt(string s, out ulong value)
    {
        value = 0;
        try
        {
            if (s.StartsWith("0x") || s.StartsWith("0X")) value = Convert.ToUInt64(s[2..], 16);
            else if (s.Length > 1 && s[0] == '0') value = Convert.ToUInt64(s[1..], 8);
            else value = ulong.Parse(s);
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException) { return false; }
    }

    public static string ErrorText(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
