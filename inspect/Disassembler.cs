using System.Buffers.Binary;
using System.Globalization;
using Gee.External.Capstone.Arm64;
using Gosharp.Asm.Arm64.Disassembly;
using Gosharp.Common.Elf;

namespace Gosharp.Inspect;

/// <summary>
/// Turns a function's bytes into objdump rows with Capstone (arm64, little endian, without instruction
/// details: the Native AOT build cannot use them), adding symbol annotations to branch targets. A word
/// Capstone 4 cannot decode (LSE atomics, CASP, SHA-512/SHA-3, newer MSR fields) gets the assembler's
/// <see cref="SupplementaryDecoder"/> text (binutils' wording), or "?" when that does not know it either.
/// </summary>
internal sealed class Disassembler : IDisposable
{
    private readonly ElfImage image;
    private readonly CapstoneArm64Disassembler capstone;
    private readonly List<SymbolInfo> byAddress;
    private readonly Dictionary<int, SortedList<ulong, ElfRela>> relocs = [];

    public Disassembler(ElfImage image)
    {
        this.image = image;
        capstone = new CapstoneArm64Disassembler(Arm64DisassembleMode.LittleEndian) { EnableInstructionDetails = false };
        byAddress = image.Symbols.Where(s => s.Code != 'U').OrderBy(s => s.Addr).ThenBy(s => char.IsLower(s.Code)).ThenBy(s => s.Index).ToList();
        if (image.IsRelocatable) ReadRelocations();
    }

    public void Dispose() => capstone.Dispose();

    private void ReadRelocations()
    {
        for (int i = 0; i < image.Headers.Length; i++)
        {
            var h = image.Headers[i];
            if (h.Type != SectionType.Rela) continue;
            var list = relocs.TryGetValue((int)h.Info, out var l) ? l : relocs[(int)h.Info] = new SortedList<ulong, ElfRela>();
            var bytes = h.Contents(image.Bytes);
            for (int off = 0; off + ElfRela.Size <= bytes.Length; off += ElfRela.Size)
            {
                var r = ElfRela.Read(bytes[off..]);
                list.TryAdd(r.Offset, r);
            }
        }
    }

    /// <summary>Rows of (address, hex word, disassembly) for the bytes of <paramref name="fn"/> from start to end.</summary>
    public List<string[]> Function(SymbolInfo fn, ulong start, ulong end)
    {
        var h = image.Headers[fn.Shndx];
        ulong secStart = image.IsRelocatable ? 0 : h.Addr;
        var contents = h.Contents(image.Bytes);
        var rows = new List<string[]>();
        ulong pc = start;
        while (pc + 4 <= end)
        {
            // Disassemble the run of code up to the next data region (or the end), one call to Capstone.
            ulong runEnd = end;
            if (IsData(fn.Shndx, pc))
            {
                uint w = BinaryPrimitives.ReadUInt32LittleEndian(contents[(int)(pc - secStart)..]);
                rows.Add(Row(pc, w, $".word 0x{w:x8}", fn.Shndx));
                pc += 4;
                continue;
            }
            foreach (var m in image.MappingSymbols)
                if (m.Shndx == fn.Shndx && m.IsData && m.Addr > pc && m.Addr < runEnd) runEnd = m.Addr;
            runEnd = pc + (runEnd - pc) / 4 * 4;
            var code = contents[(int)(pc - secStart)..(int)(runEnd - secStart)].ToArray();
            var insns = capstone.Disassemble(code, (long)pc);
            foreach (var insn in insns)
            {
                ulong a = (ulong)insn.Address;
                uint w = BinaryPrimitives.ReadUInt32LittleEndian(code.AsSpan((int)(a - pc)));
                var textOut = insn.Operand.Length > 0 ? $"{insn.Mnemonic} {insn.Operand}" : insn.Mnemonic;
                rows.Add(Row(a, w, textOut, fn.Shndx));
            }
            ulong done = pc + (ulong)insns.Length * 4;
            if (done < runEnd)
            {
                // Capstone stops at a word it cannot decode: ask the supplementary decoder, show it and
                // carry on after it.
                uint w = BinaryPrimitives.ReadUInt32LittleEndian(code.AsSpan((int)(done - pc)));
                rows.Add(Row(done, w, SupplementaryDecoder.Decode(w)?.Replace('\t', ' ') ?? "?", fn.Shndx));
                done += 4;
            }
            pc = done;
        }
        return rows;
    }

    private string[] Row(ulong pc, uint word, string text, ushort shndx)
    {
        var note = Annotation(pc, word, shndx);
        return [string.Create(CultureInfo.InvariantCulture, $"  0x{pc:x}"), word.ToString("x8", CultureInfo.InvariantCulture),
            note == null ? text : $"{text} {note}"];
    }

    /// <summary>A relocation's target in an object; otherwise the symbol a PC-relative branch or address reaches.</summary>
    private string? Annotation(ulong pc, uint w, ushort shndx)
    {
        if (relocs.TryGetValue(shndx, out var list) && list.TryGetValue(pc, out var r))
        {
            var target = r.Symbol < image.SymbolNamesByIndex.Length ? image.SymbolNamesByIndex[r.Symbol] : $"#{r.Symbol}";
            var add = r.Addend == 0 ? "" : r.Addend > 0 ? $"+0x{r.Addend:x}" : $"-0x{-r.Addend:x}";
            return $"[{r.Type.ElfName()} {target}{add}]";
        }
        if (BranchTarget(pc, w) is not { } t) return null;
        return SymbolAt(t, image.IsRelocatable ? shndx : null) is { } s ? $"<{s}>" : null;
    }

    /// <summary>The target of B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, ADR and LDR (literal); null for other instructions.</summary>
    public static ulong? BranchTarget(ulong pc, uint w)
    {
        static long Sext(uint v, int bits) => (long)((ulong)v << (64 - bits)) >> (64 - bits);
        if ((w & 0x7c000000) == 0x14000000) return pc + (ulong)(Sext(w & 0x3ffffff, 26) * 4);               // B, BL
        if ((w & 0xff000010) == 0x54000000 || (w & 0x7e000000) == 0x34000000                                   // B.cond, CBZ/CBNZ
            || (w & 0x3b000000) == 0x18000000)                                                                 // LDR (literal)
            return pc + (ulong)(Sext((w >> 5) & 0x7ffff, 19) * 4);
        if ((w & 0x7e000000) == 0x36000000) return pc + (ulong)(Sext((w >> 5) & 0x3fff, 14) * 4);             // TBZ/TBNZ
        if ((w & 0x9f000000) == 0x10000000) return pc + (ulong)Sext(((w >> 5) & 0x7ffff) << 2 | ((w >> 29) & 3), 21); // ADR
        return null;
    }

    /// <summary>"name" or "name+0x10" for the symbol covering <paramref name="addr"/> (in objects, only in the same section).</summary>
    private string? SymbolAt(ulong addr, ushort? shndx)
    {
        SymbolInfo? best = null;
        foreach (var s in byAddress)
        {
            if (shndx != null && s.Shndx != shndx) continue;
            if (s.Addr > addr) break;
            if (best == null || s.Addr > best.Addr) best = s;
        }
        if (best == null) return null;
        if (best.Size > 0 && addr >= best.Addr + best.Size) return null;
        return addr == best.Addr ? best.Name : $"{best.Name}+0x{addr - best.Addr:x}";
    }

    private bool IsData(ushort shndx, ulong addr)
    {
        bool data = false;
        ulong at = 0;
        foreach (var m in image.MappingSymbols)
            if (m.Shndx == shndx && m.Addr <= addr && m.Addr >= at) { at = m.Addr; data = m.IsData; }
        return data;
    }
}
