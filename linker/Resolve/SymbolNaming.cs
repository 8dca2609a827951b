using Gosharp.Common.Elf;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Resolve;

/// <summary>Names the symbol a relocation belongs to, for messages in gc's form (<c>main.main: relocation target ...</c>).</summary>
public static class SymbolNaming
{
    /// <summary>
    /// The function or variable of <paramref name="section"/> covering <paramref name="offset"/>: for gosharp
    /// objects the section's only symbol; for gcc's shared .text the enclosing function; else the section name.
    /// </summary>
    public static string Enclosing(InputSection section, ulong offset)
    {
        InputSymbol? best = null;
        foreach (var s in section.File.Symbols)
        {
            if (s.Section != section || s.Name.Length == 0 || IsMappingSymbol(s.Name) || s.Type is SymbolType.Section or SymbolType.File)
                continue;
            if (s.Value <= offset && offset < s.Value + Math.Max(1, s.Size)) return s.Name;
            if (s.Value <= offset && (best == null || s.Value > best.Value || (s.Value == best.Value && !s.IsLocal && best.IsLocal)))
                best = s;
        }
        return best?.Name ?? section.Name;
    }

    /// <summary>The AArch64 ELF mapping symbols <c>$x</c>, <c>$d</c> (optionally <c>$x.N</c>), which mark code and data.</summary>
    public static bool IsMappingSymbol(string name) =>
        name.Length >= 2 && name[0] == '$' && (name[1] is 'x' or 'd') && (name.Length == 2 || name[2] == '.');

    /// <summary>A target's name for messages: its own, or its section's for a section symbol, plus a non-zero addend.</summary>
    public static string Target(InputSymbol target, long addend = 0)
    {
        var name = target.DisplayName;
        return target.Type == SymbolType.Section && addend != 0 ? $"{name}+0x{addend:x}" : name;
    }
}
