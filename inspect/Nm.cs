using System.Globalization;
using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Pack;

namespace Gosharp.Inspect;

/// <summary><c>gosharp tool nm</c>: lists the symbols of objects, archives and executables, as gc's nm does.</summary>
public static class Nm
{
    /// <summary>Lists symbols of absolute <paramref name="files"/>; <paramref name="sortOrder"/> is address, name, none or size.</summary>
    /// <remarks>
    /// One line per symbol: the address (<c>%8x</c>, blank when undefined), the size with
    /// <paramref name="printSize"/>, the type letter and the name. Archive members are prefixed
    /// <c>file.a(member):</c>, and with several files each line starts with <c>file:</c>. Section, file and
    /// $x/$d mapping symbols are left out. A file that cannot be read is reported after the others are listed.
    /// </remarks>
    public static void Run(IReadOnlyList<string> files, string sortOrder, bool printSize, TextWriter output)
    {
        if (sortOrder is not ("address" or "name" or "none" or "size")) throw new UserError($"nm: unknown sort order \"{sortOrder}\"");
        var diags = new DiagnosticBag { Limit = 0 };
        foreach (var file in files)
        {
            try { List(file, files.Count > 1, sortOrder, printSize, output); }
            catch (UserError e) { foreach (var d in e.Diagnostics) diags.Add(d); }
        }
        diags.ThrowIfAny();
    }

    private static void List(string file, bool filePrefix, string sortOrder, bool printSize, TextWriter output)
    {
        var bytes = ElfImage.ReadFile(file);
        var entries = new List<(string Prefix, ElfImage Image)>();
        if (ArArchive.IsArchive(bytes))
        {
            foreach (var m in ArArchive.Read(bytes, file).Members)
                if (ElfImage.IsElf(m.Data)) entries.Add(($"{file}({m.Name}):\t", ElfImage.Load(m.Data, $"{file}({m.Name})")));
        }
        else entries.Add((filePrefix ? file + ":\t" : "", ElfImage.Load(bytes, file)));

        var sb = new StringBuilder();
        foreach (var (prefix, image) in entries)
        {
            IEnumerable<SymbolInfo> syms = image.Symbols;
            syms = sortOrder switch
            {
                "address" => syms.OrderBy(s => s.Addr),
                "name" => syms.OrderBy(s => s.Name, StringComparer.Ordinal),
                "size" => syms.OrderByDescending(s => s.Size),
                _ => syms,
            };
            foreach (var s in syms)
            {
                sb.Append(prefix);
                sb.Append(s.Code == 'U' ? new string(' ', 8) : s.Addr.ToString("x", CultureInfo.InvariantCulture).PadLeft(8));
                if (printSize) sb.Append(' ').Append(s.Size.ToString(CultureInfo.InvariantCulture).PadLeft(10));
                sb.Append(' ').Append(s.Code).Append(' ').Append(s.Name).Append('\n');
            }
        }
        output.Write(sb.ToString());
    }
}
