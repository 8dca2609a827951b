using Gosharp.Common.Diagnostics;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Debug;

/// <summary>An FDE of an input <c>.debug_frame</c>: its bytes, its CIE, and the code it describes (Section + Offset on).</summary>
public sealed record FrameDescription(int Start, int End, int Cie, InputSection Section, ulong Offset);

/// <summary>
/// An input object's <c>.debug_frame</c>, split into entries (32-bit DWARF; CIE id 0xffffffff). An FDE's CIE
/// pointer and initial location are read through the object's relocations (gosharp's assembler relocates
/// them against the section itself and the function); FDEs whose code is not tied to a section are dropped.
/// </summary>
public sealed class FrameEntries
{
    public required DebugSection Section { get; init; }
    /// <summary>CIE byte ranges by their offset in the section.</summary>
    public Dictionary<int, (int Start, int End)> Cies { get; } = [];
    public List<FrameDescription> Fdes { get; } = [];

    public static FrameEntries Read(DebugSection section)
    {
        var result = new FrameEntries { Section = section };
        try
        {
            var r = new DwarfReader(section.Data);
            while (!r.AtEnd)
            {
                int start = r.Position;
                uint len = r.U32();
                if (len == 0xffffffff) break; // 64-bit DWARF: not supported, the rest is skipped
                if (len == 0) continue;       // padding
                int end = r.End(len);
                int idAt = r.Position;
                uint id = r.U32();
                if (id == 0xffffffff) result.Cies[start] = (start, end);
                else if (end - start >= 24)
                {
                    int cie = (int)Relocated(section, idAt, id, out _);
                    ulong loc = Relocated(section, idAt + 4, r.U64(), out var target);
                    if (target != null) result.Fdes.Add(new FrameDescription(start, end, cie, target, loc));
                }
                r.Position = end;
            }
        }
        catch (FormatException e)
        {
            throw new UserError($"{section.File.Name}: corrupt {section.Name}: {e.Message}");
        }
        foreach (var f in result.Fdes)
            if (!result.Cies.ContainsKey(f.Cie))
                throw new UserError($"{section.File.Name}: corrupt {section.Name}: FDE at 0x{f.Start:x} points at no CIE (0x{f.Cie:x})");
        return result;
    }

    /// <summary>
    /// A field's value: through its relocation when it has one (then <paramref name="section"/> is the loaded
    /// section it points into, for addresses; for the CIE pointer, the offset within this debug section).
    /// </summary>
    private static ulong Relocated(DebugSection debug, int at, ulong raw, out InputSection? section)
    {
        section = null;
        if (!debug.RelocsByOffset.TryGetValue((ulong)at, out var rel)) return raw;
        var t = rel.Target;
        if (t.Shndx == debug.Index) return t.Value + (ulong)rel.Addend; // the section's own symbol: a CIE pointer
        section = t.Section;
        return t.Value + (ulong)rel.Addend;
    }
}
