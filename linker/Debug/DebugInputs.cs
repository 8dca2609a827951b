using Gosharp.Linker.Input;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker.Debug;

/// <summary>The debug information of one input object: its decoded line-program units and frame entries.</summary>
public sealed record ObjectDebugInfo(ObjectFile Object, IReadOnlyList<LineUnit> Units, FrameEntries? Frames);

/// <summary>Reads every object's <c>.debug_line</c> and <c>.debug_frame</c>, in link order.</summary>
public static class DebugInputs
{
    public static List<ObjectDebugInfo> Read(IReadOnlyList<ObjectFile> objects, SymbolResolver symbols, bool frames)
    {
        var result = new List<ObjectDebugInfo>(objects.Count);
        foreach (var o in objects)
        {
            var units = new List<LineUnit>();
            FrameEntries? fe = null;
            foreach (var d in o.DebugSections)
            {
                if (d.Name == DebugSectionNames.Line) units.AddRange(LineUnit.ReadAll(d, symbols));
                else if (d.Name == DebugSectionNames.Frame && frames && fe == null) fe = FrameEntries.Read(d);
            }
            result.Add(new ObjectDebugInfo(o, units, fe));
        }
        return result;
    }
}
