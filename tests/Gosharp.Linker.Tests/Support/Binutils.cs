using System.Globalization;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests.Support;

/// <summary>The binutils views of an executable's line table: addr2line and objdump --dwarf=decodedline.</summary>
public static class Binutils
{
    public const string Addr2line = "aarch64-linux-gnu-addr2line";

    /// <summary>file:line for each address ("??" and 0 when unknown), "./" removed (gosharp's comp_dir is ".", as gc's).</summary>
    public static List<(string File, int Line)> Lines(string exe, IReadOnlyList<ulong> addrs)
    {
        var result = new List<(string, int)>();
        const int batch = 2000;
        for (int i = 0; i < addrs.Count; i += batch)
        {
            var args = new List<string> { "-e", exe };
            args.AddRange(addrs.Skip(i).Take(batch).Select(a => "0x" + a.ToString("x", CultureInfo.InvariantCulture)));
            var r = Proc.Check(Oracles.Require(Addr2line), [.. args]);
            foreach (var line in r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var text = line.Split(" (discriminator")[0].Trim();
                int colon = text.LastIndexOf(':');
                var file = text[..colon];
                if (file.StartsWith("./", StringComparison.Ordinal)) file = file[2..];
                result.Add((file, int.TryParse(text[(colon + 1)..], out var n) ? n : 0));
            }
        }
        Assert.Equal(addrs.Count, result.Count);
        return result;
    }

    /// <summary>Every row objdump decodes from .debug_line: (address, file base name, line), end-of-sequence rows left out.</summary>
    public static HashSet<(ulong Addr, string File, int Line)> DecodedLines(string exe)
    {
        var r = Proc.Check(Oracles.Require(Oracles.Objdump), "--dwarf=decodedline", exe);
        Assert.Equal("", r.Stderr);
        var rows = new HashSet<(ulong, string, int)>();
        foreach (var line in r.Stdout.Split('\n'))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 3 && int.TryParse(f[1], out var n) && f[2].StartsWith("0x", StringComparison.Ordinal))
                rows.Add((Convert.ToUInt64(f[2][2..], 16), Path.GetFileName(f[0]), n));
        }
        return rows;
    }
}
