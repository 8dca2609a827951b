namespace Gosharp.Linker.Input;

/// <summary>
/// A non-loaded debug section of an input object the linker reads (<c>.debug_line</c>, <c>.debug_frame</c>),
/// with its relocations. Its relocations never make anything live.
/// </summary>
public sealed class DebugSection
{
    public required ObjectFile File { get; init; }
    /// <summary>Its index in the object's section header table (section symbols of it have this st_shndx).</summary>
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required byte[] Data { get; init; }
    public List<InputReloc> Relocs { get; } = [];

    /// <summary>The relocations by the offset they patch (built on first use).</summary>
    public IReadOnlyDictionary<ulong, InputReloc> RelocsByOffset => byOffset ??= BuildIndex();
    private Dictionary<ulong, InputReloc>? byOffset;

    private Dictionary<ulong, InputReloc> BuildIndex()
    {
        var d = new Dictionary<ulong, InputReloc>(Relocs.Count);
        foreach (var r in Relocs) d.TryAdd(r.Offset, r);
        return d;
    }

    public override string ToString() => $"{File.Name}:{Name}";
}
