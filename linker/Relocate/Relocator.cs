using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using Gosharp.Linker.Input;
using Gosharp.Linker.Layout;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker.Relocate;

/// <summary>Phase 5: copies the live sections into their output sections and applies their relocations.</summary>
public static class Relocator
{
    /// <summary>Fills <see cref="OutputSection.Data"/> of every section with contents; returns how many relocations were applied.</summary>
    public static int Apply(ImageLayout layout, SymbolResolver symbols)
    {
        int count = 0;
        foreach (var o in layout.Sections)
        {
            if (o.IsNoBits) continue;
            var buf = new byte[o.Size];
            foreach (var m in o.Members)
            {
                m.Data?.CopyTo(buf.AsSpan((int)m.OutOffset));
                foreach (var r in m.Relocs)
                {
                    if (r.Type == RelocType.None || (uint)r.Type == 256) continue; // R_AARCH64_NONE (both numbers)
                    if (r.Offset >= m.Size)
                        throw new UserError($"{m.File.Name}: relocation at offset 0x{r.Offset:x} is past the end of section {m.Name}");
                    var place = buf.AsSpan((int)(m.OutOffset + r.Offset), (int)Math.Min((ulong)Arm64Relocations.PlaceSize(r.Type), m.Size - r.Offset));
                    var s = Address(symbols.ResolveTarget(r.Target));
                    if (Arm64Relocations.TryApply(place, r.Type, s, r.Addend, m.Addr + r.Offset) is { } why)
                        throw new UserError(Arm64Relocations.Message(r.Type, SymbolNaming.Enclosing(m, r.Offset),
                            SymbolNaming.Target(r.Target, r.Addend), why));
                    count++;
                }
            }
            o.Data = buf;
        }
        return count;
    }

    /// <summary>A resolved symbol's address: section address plus value, an absolute value, a linker-defined value, or 0 (undefined weak).</summary>
    public static ulong Address(ResolvedTarget t)
    {
        if (t.Symbol is { } s)
        {
            if (s.Section != null) return s.Section.Addr + s.Value;
            return s.IsAbsolute ? s.Value : 0;
        }
        return t.Global is { IsLinkerDefined: true } g ? g.LinkerValue : 0;
    }
}
