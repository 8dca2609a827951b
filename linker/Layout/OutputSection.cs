using Gosharp.Linker.Input;

namespace Gosharp.Linker.Layout;

/// <summary>A section of the executable: the live input sections of one kind, concatenated in input order.</summary>
public sealed class OutputSection
{
    public required OutputKind Kind { get; init; }
    public string Name => Kind.OutputName();
    public List<InputSection> Members { get; } = [];
    public ulong Align { get; set; } = 1;
    public ulong Addr { get; set; }
    public ulong FileOffset { get; set; }
    public ulong Size { get; set; }
    /// <summary>The bytes (inputs copied in, then relocated); null for bss kinds.</summary>
    public byte[]? Data { get; set; }

    public bool IsNoBits => Kind.IsNoBits();
    public ulong End => Addr + Size;
}

/// <summary>A PT_LOAD segment: its place in the file and in memory.</summary>
public sealed record LoadSegment(Common.Elf.SegmentFlags Flags, ulong Offset, ulong VAddr, ulong FileSize, ulong MemSize);
