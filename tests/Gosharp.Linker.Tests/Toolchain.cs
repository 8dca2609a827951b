using Gosharp.Pack;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>
/// Makes linker inputs with the oracles (GNU as and gcc for arm64) until gosharp's assembler exists,
/// and packs them with gosharp's own archive writer.
/// </summary>
public sealed class Toolchain(TempDir dir)
{
    public TempDir Dir => dir;

    /// <summary>Assembles GNU-syntax arm64 source into an object.</summary>
    public string Assemble(string name, string source)
    {
        var src = dir.Write(name + ".s", source);
        var obj = dir.File(name + ".o");
        Proc.Check(Oracles.Require(Oracles.As), "-o", obj, src);
        return obj;
    }

    /// <summary>Compiles freestanding C into an object.</summary>
    public string CompileC(string name, string source, params string[] extraFlags)
    {
        var src = dir.Write(name + ".c", source);
        var obj = dir.File(name + ".o");
        Proc.Check(Oracles.Require(Oracles.Gcc), ["-c", "-O2", "-ffreestanding", "-fno-pic", "-fno-stack-protector", .. extraFlags, "-o", obj, src]);
        return obj;
    }

    /// <summary>Assembles gosharp (Plan 9) assembly with gosharp's own assembler, for package <paramref name="pkg"/>.</summary>
    public string GoAssemble(string name, string source, string pkg = "main")
    {
        var src = dir.Write(name + ".s", source);
        var obj = dir.File(name + ".o");
        File.WriteAllBytes(obj, Gosharp.Asm.Assembler.Assemble(src, source, new Gosharp.Asm.AsmOptions { PackagePath = pkg }));
        return obj;
    }

    /// <summary>A gosharp-style package archive: __.PKGDEF first, then the objects.</summary>
    public string Archive(string name, params string[] objects) => PackageArchive(name, "go object linux arm64\n", objects);

    /// <summary>An archive whose __.PKGDEF is the given export data (<c>package NAME PATH</c>, <c>import PATH</c> lines).</summary>
    public string PackageArchive(string name, string pkgdef, params string[] objects)
    {
        var ar = new ArArchive();
        ar.Members.Add(new ArMember(PackTool.PkgDefName, System.Text.Encoding.UTF8.GetBytes(pkgdef)));
        foreach (var o in objects) ar.Members.Add(new ArMember(Path.GetFileName(o), File.ReadAllBytes(o)));
        var path = dir.File(name + ".a");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, ar.Write());
        return path;
    }

    /// <summary>Links with gosharp's linker and writes the executable; returns its path.</summary>
    public string Link(LinkOptions options, string exeName = "a.out")
    {
        var exe = dir.File(exeName);
        Gosharp.Common.Diagnostics.AtomicFile.Write(exe, Linker.Link(options), executable: true);
        return exe;
    }

    public static string Readelf(params string[] args) => Proc.Check(Oracles.Require(Oracles.Readelf), args).Stdout;
    public static ProcResult ReadelfFull(params string[] args) => Proc.Check(Oracles.Require(Oracles.Readelf), args);
    public static string Objdump(params string[] args) => Proc.Check(Oracles.Require(Oracles.Objdump), args).Stdout;
    public static string Nm(params string[] args) => Proc.Check(Oracles.Require(Oracles.Nm), args).Stdout;
}

/// <summary>Assembly snippets shared by the tests (GNU syntax; gosharp's conventions: one section per symbol).</summary>
public static class Snippets
{
    /// <summary>Section header for a function in its own section, as gosharp's assembler writes them.</summary>
    public static string Func(string name, string body, bool global = true) => $"""
            .section .text.{name},"ax",%progbits
            .balign 16
            {(global ? $".globl {name}" : "")}
            .type {name}, %function
        {name}:
        {body.TrimEnd('\n')}
            .size {name}, . - {name}

        """;

    /// <summary>exit_group(x0).</summary>
    public const string ExitX0 = "\n    mov x8, #94\n    svc #0\n";
}
