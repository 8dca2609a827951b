using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;

namespace Gosharp.Inspect;

/// <summary><c>gosharp tool objdump</c>: disassembles text symbols of objects and executables (Capstone).</summary>
/// <remarks>
/// For each function (optionally only those whose name matches a regular expression): a
/// <c>TEXT name(SB) file</c> header, then one line per instruction word: address, the word in hex, and
/// Capstone's disassembly. Branch and address targets are annotated with <c>&lt;symbol+off&gt;</c> when a
/// symbol covers them; in objects, relocated instructions are annotated with their relocation instead.
/// Data inside text (after a <c>$d</c> mapping symbol) prints as <c>.word</c>.
/// </remarks>
public static class Objdump
{
    public static void Run(string file, string? symbolRegex, TextWriter output)
    {
        Regex? filter;
        try { filter = symbolRegex == null ? null : new Regex(symbolRegex, RegexOptions.CultureInvariant); }
        catch (ArgumentException e) { throw new UserError($"objdump: invalid -s regexp: {e.Message}"); }
        var image = ElfImage.Load(ElfImage.ReadFile(file), file);
        var text = new StringBuilder();
        bool first = true;
        using var disasm = new Disassembler(image);
        foreach (var fn in Functions(image))
        {
            if (filter != null && !filter.IsMatch(fn.Sym.Name)) continue;
            if (!first) text.Append('\n');
            first = false;
            text.Append("TEXT ").Append(fn.Sym.Name).Append("(SB) ").Append(file).Append('\n');
            Columns.Append(text, disasm.Function(fn.Sym, fn.Start, fn.End));
        }
        output.Write(text.ToString());
    }

    /// <summary>The text symbols in address order, each with the range it covers (its size, or up to the next symbol).</summary>
    private static List<(SymbolInfo Sym, ulong Start, ulong End)> Functions(ElfImage image)
    {
        var texts = image.Symbols.Where(s => (s.Code is 'T' or 't') && s.Type != SymbolType.Object).ToList();
        var result = new List<(SymbolInfo, ulong, ulong)>();
        foreach (var group in texts.GroupBy(s => s.Shndx).OrderBy(g => g.Key))
        {
            var h = image.Headers[group.Key];
            ulong secStart = image.IsRelocatable ? 0 : h.Addr, secEnd = secStart + h.Size;
            // Same address: prefer the sized, global symbol, as a disassembler labels it.
            var sorted = group.OrderBy(s => s.Addr).ThenByDescending(s => s.Size).ThenBy(s => char.IsLower(s.Code)).ThenBy(s => s.Index).ToList();
            for (int i = 0; i < sorted.Count; i++)
            {
                var s = sorted[i];
                if (i > 0 && sorted[i - 1].Addr == s.Addr) continue;
                ulong next = secEnd;
                for (int j = i + 1; j < sorted.Count; j++) if (sorted[j].Addr > s.Addr) { next = sorted[j].Addr; break; }
                ulong end = s.Size > 0 ? Math.Min(s.Addr + s.Size, secEnd) : next;
                if (s.Addr < secStart || s.Addr >= secEnd) continue;
                result.Add((s, s.Addr, end));
            }
        }
        return result;
    }
}
