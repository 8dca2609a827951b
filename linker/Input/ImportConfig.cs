using Gosharp.Common.Diagnostics;

namespace Gosharp.Linker.Input;

/// <summary>
/// gc's importcfg: <c>packagefile PATH=FILE</c> lines name the archive of each package. Blank lines and
/// <c>#</c> comments are skipped; other directives (<c>importmap</c>, <c>packageshlib</c>, ...) are
/// accepted and ignored, as the linker has no use for them.
/// </summary>
public sealed record ImportConfig(IReadOnlyList<(string ImportPath, string File)> PackageFiles)
{
    public static ImportConfig ReadFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
        }
        return Parse(text, path);
    }

    public static ImportConfig Parse(string text, string fileName)
    {
        var files = new List<(string, string)>();
        var diags = new DiagnosticBag();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int sp = line.IndexOfAny([' ', '\t']);
            var verb = sp < 0 ? line : line[..sp];
            var args = sp < 0 ? "" : line[(sp + 1)..].Trim();
            if (verb != "packagefile") continue;
            int eq = args.IndexOf('=');
            if (eq <= 0 || eq == args.Length - 1)
            {
                diags.Add(new SourcePos(fileName, i + 1), $"invalid packagefile: syntax is \"packagefile path=filename\"");
                continue;
            }
            files.Add((args[..eq], args[(eq + 1)..]));
        }
        diags.ThrowIfAny();
        return new ImportConfig(files);
    }
}
