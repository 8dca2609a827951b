using System.Text;

namespace Gosharp.Linker.Input;

/// <summary>
/// What the linker reads from an archive's <c>__.PKGDEF</c> (export data, <c>compiler/Export</c>): the
/// <c>package NAME PATH</c> line and the <c>import PATH</c> lines, which come before the declarations.
/// Anything else (gc's own export data, an empty member) yields no path and no imports.
/// </summary>
public sealed record PackageDef(string? Path, IReadOnlyList<string> Imports)
{
    /// <summary>Import paths that have no archive: the compiler implements them itself.</summary>
    private static readonly HashSet<string> Pseudo = new(StringComparer.Ordinal) { "unsafe", "C" };

    public static PackageDef Parse(ReadOnlySpan<byte> data)
    {
        string? path = null;
        var imports = new List<string>();
        foreach (var raw in Encoding.UTF8.GetString(data).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("package ", StringComparison.Ordinal))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length >= 3) path = f[2];
            }
            else if (line.StartsWith("import ", StringComparison.Ordinal))
            {
                var p = line["import ".Length..].Trim();
                if (p.Length > 0 && !Pseudo.Contains(p) && !imports.Contains(p)) imports.Add(p);
            }
            else if (line.StartsWith("const ", StringComparison.Ordinal) || line.StartsWith("var ", StringComparison.Ordinal)
                     || line.StartsWith("func ", StringComparison.Ordinal) || line.StartsWith("type ", StringComparison.Ordinal)
                     || line.StartsWith("method ", StringComparison.Ordinal))
                break; // the declarations: no more imports
        }
        return new PackageDef(path, imports);
    }
}
