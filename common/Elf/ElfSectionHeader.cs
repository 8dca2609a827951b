using System.Buffers.Binary;

namespace Gosharp.Common.Elf;

/// <summary>
/// One ELF64 section header as stored in the file. Readers use it for the fields ELFSharp does not
/// expose (sh_link, sh_info: which section a .rela section patches, which symbol table it uses).
/// </summary>
public readonly record struct ElfSectionHeader(uint NameOffset, SectionType Type, SectionFlags Flags, ulong Addr,
    ulong Offset, ulong Size, uint Link, uint Info, ulong AddrAlign, ulong EntSize)
{
    /// <summary>
    /// Reads every section header (index 0 included) of a little-endian ELF64 file. A malformed table
    /// (outside the file, wrong entry size) is a <see cref="FormatException"/> the caller turns into a user error.
    /// </summary>
    public static ElfSectionHeader[] ReadAll(ReadOnlySpan<byte> file)
    {
        if (file.Length < ElfWriter.HeaderSize || file[4] != 2 || file[5] != 1)
            throw new FormatException("not a little-endian ELF64 file");
        var shoff = BinaryPrimitives.ReadUInt64LittleEndian(file[40..]);
        var shentsize = BinaryPrimitives.ReadUInt16LittleEndian(file[58..]);
        ulong shnum = BinaryPrimitives.ReadUInt16LittleEndian(file[60..]);
        if (shoff == 0) return [];
        if (shentsize != ElfWriter.SectionHeaderSize) throw new FormatException($"section header size {shentsize}, want {ElfWriter.SectionHeaderSize}");
        if (shoff > (ulong)file.Length) throw new FormatException($"section headers at 0x{shoff:x} are past the end of the file");
        // With 0xff00 or more sections, e_shnum is 0 and header 0's sh_size holds the count.
        if (shnum == 0 && (ulong)file.Length - shoff >= ElfWriter.SectionHeaderSize)
            shnum = BinaryPrimitives.ReadUInt64LittleEndian(file[(int)(shoff + 32)..]);
        if (shnum > ((ulong)file.Length - shoff) / ElfWriter.SectionHeaderSize)
            throw new FormatException($"{shnum} section headers at 0x{shoff:x} do not fit in the file");
        var result = new ElfSectionHeader[shnum];
        for (int i = 0; i < result.Length; i++)
        {
            var h = file[(int)(shoff + (ulong)(i * ElfWriter.SectionHeaderSize))..];
            result[i] = new ElfSectionHeader(
                BinaryPrimitives.ReadUInt32LittleEndian(h),
                (SectionType)BinaryPrimitives.ReadUInt32LittleEndian(h[4..]),
                (SectionFlags)BinaryPrimitives.ReadUInt64LittleEndian(h[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[24..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[32..]),
                BinaryPrimitives.ReadUInt32LittleEndian(h[40..]),
                BinaryPrimitives.ReadUInt32LittleEndian(h[44..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[48..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[56..]));
        }
        return result;
    }

    /// <summary>The bytes of a section with contents; a range outside the file is a <see cref="FormatException"/>.</summary>
    public ReadOnlySpan<byte> Contents(ReadOnlySpan<byte> file)
    {
        if (Type == SectionType.NoBits || Size == 0) return [];
        if (Offset > (ulong)file.Length || Size > (ulong)file.Length - Offset)
            throw new FormatException($"section contents at 0x{Offset:x} (size 0x{Size:x}) are past the end of the file");
        return file.Slice((int)Offset, (int)Size);
    }
}
