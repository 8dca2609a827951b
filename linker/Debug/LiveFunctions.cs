using Gosharp.Common.Elf;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Debug;

/// <summary>A function of the executable: a function symbol of a live section, with the extent of its code.</summary>
public sealed record LiveFunction(string Name, InputSection Section, ulong Offset, ulong Size, bool Global)
{
    public ulong Entry => Section.Addr + Offset;
}

/// <summary>
/// Lists the executable's functions: the STT_FUNC symbols of live sections, one per address (a global
/// name preferred over a local alias). A symbol without a size extends to the next function of its section
/// or the section's end. The order is link order (sections in object order, then by offset).
/// </summary>
public static class LiveFunctions
{
    public static List<LiveFunction> Collect(IReadOnlyList<ObjectFile> objects)
    {
        var result = new List<LiveFunction>();
        var bySection = new Dictionary<InputSection, List<InputSymbol>>();
        foreach (var obj in objects)
        {
            bySection.Clear();
            foreach (var s in obj.Symbols)
            {
                if (s.Type != SymbolType.Func || s.Name.Length == 0 || s.Section is not { Live: true, Kind: OutputKind.Text } sec) continue;
                if (!bySection.TryGetValue(sec, out var list)) bySection[sec] = list = [];
                list.Add(s);
            }
            foreach (var sec in obj.Sections)
            {
                if (!bySection.TryGetValue(sec, out var syms)) continue;
                // One name per address: the global one if any, else the first.
                var chosen = syms.GroupBy(s => s.Value).Select(g => g.FirstOrDefault(s => !s.IsLocal) ?? g.First())
                    .OrderBy(s => s.Value).ToList();
                for (int i = 0; i < chosen.Count; i++)
                {
                    var s = chosen[i];
                    if (s.Value >= sec.Size) continue;
                    ulong limit = i + 1 < chosen.Count ? chosen[i + 1].Value : sec.Size;
                    ulong size = s.Size > 0 ? Math.Min(s.Size, sec.Size - s.Value) : limit - s.Value;
                    result.Add(new LiveFunction(s.Name, sec, s.Value, size, !s.IsLocal));
                }
            }
        }
        return result;
    }
}
