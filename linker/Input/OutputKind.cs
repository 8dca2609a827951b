namespace Gosharp.Linker.Input;

/// <summary>The output section an input section goes to; the order is the order in the executable.</summary>
public enum OutputKind
{
    Text, RoData, NoPtrData, Data, Bss, NoPtrBss,
    /// <summary>Not loaded: .comment, .note.*, .eh_frame, debug info, anything not SHF_ALLOC.</summary>
    Discard,
}

/// <summary>Maps an input section to its output section by name prefix (ARCHITECTURE.md), then by flags.</summary>
public static class SectionClassifier
{
    private static readonly (string Prefix, OutputKind Kind)[] Prefixes =
    [
        (".text", OutputKind.Text),
        (".rodata", OutputKind.RoData),
        (".noptrdata", OutputKind.NoPtrData),
        (".noptrbss", OutputKind.NoPtrBss),
        (".data", OutputKind.Data),
        (".bss", OutputKind.Bss),
    ];

    public static OutputKind Classify(string name, Common.Elf.SectionType type, Common.Elf.SectionFlags flags)
    {
        if ((flags & Common.Elf.SectionFlags.Alloc) == 0) return OutputKind.Discard;
        if (name == ".eh_frame" || name.StartsWith(".note", StringComparison.Ordinal)) return OutputKind.Discard;
        OutputKind? byName = null;
        foreach (var (prefix, k) in Prefixes)
            if (HasPrefix(name, prefix)) { byName = k; break; }
        var kind = byName ?? ((flags & Common.Elf.SectionFlags.ExecInstr) != 0 ? OutputKind.Text
                : (flags & Common.Elf.SectionFlags.Write) == 0 ? OutputKind.RoData
                : type == Common.Elf.SectionType.NoBits ? OutputKind.Bss : OutputKind.Data);
        // Contents in a bss-named section (or none in a data-named one) follow the section type.
        if (type != Common.Elf.SectionType.NoBits && kind == OutputKind.Bss) kind = OutputKind.Data;
        if (type != Common.Elf.SectionType.NoBits && kind == OutputKind.NoPtrBss) kind = OutputKind.NoPtrData;
        return kind;
    }

    /// <summary>".text" matches ".text" and ".text.x" (and gcc's ".text.unlikely"), not ".textual".</summary>
    private static bool HasPrefix(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && (name.Length == prefix.Length || name[prefix.Length] == '.');

    public static string OutputName(this OutputKind k) => k switch
    {
        OutputKind.Text => ".text",
        OutputKind.RoData => ".rodata",
        OutputKind.NoPtrData => ".noptrdata",
        OutputKind.Data => ".data",
        OutputKind.Bss => ".bss",
        OutputKind.NoPtrBss => ".noptrbss",
        _ => "",
    };

    public static bool IsNoBits(this OutputKind k) => k is OutputKind.Bss or OutputKind.NoPtrBss;
}
