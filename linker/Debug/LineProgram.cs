using Gosharp.Common.Diagnostics;
using Gosharp.Linker.Input;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker.Debug;

/// <summary>From Start to End (offsets in Section), code comes from line Line of file File of its unit.</summary>
public readonly record struct LineSpan(InputSection Section, ulong Start, ulong End, int File, int Line);

/// <summary>One sequence of a line program: its bytes, the address operands to relocate, the spans it describes.</summary>
public sealed class LineSequence
{
    /// <summary>Byte range in the .debug_line section, from its first opcode to the end of its DW_LNE_end_sequence.</summary>
    public required int Start { get; init; }
    public int End { get; set; }
    /// <summary>DW_LNE_set_address operands (8 bytes at Operand): each is Section's address + Offset once laid out.</summary>
    public List<(int Operand, InputSection Section, ulong Offset)> Addresses { get; } = [];
    public List<LineSpan> Spans { get; } = [];
    /// <summary>Some address could not be tied to a loaded section (unrelocated, or a dropped section): never output.</summary>
    public bool Unplaced { get; set; }

    public bool Live => !Unplaced && Addresses.Count > 0 && Addresses.TrueForAll(a => a.Section.Live);
}

/// <summary>
/// One unit of an input object's <c>.debug_line</c> (DWARF 2 to 4), decoded: the header (kept as bytes,
/// to be copied), the file names, and the sequences. The sequences' DW_LNE_set_address operands are tied
/// to sections through the object's relocations, so the linker can keep only the live functions'
/// sequences and relocate them, and can map pcs to lines for the runtime's function table. DWARF 5 and
/// 64-bit DWARF units are skipped (no line information from them).
/// </summary>
public sealed class LineUnit
{
    public required DebugSection Section { get; init; }
    public required int Start { get; init; }
    public required int ProgramStart { get; init; }
    public required int End { get; init; }
    /// <summary>DWARF file i is Files[i - 1], its directory prepended when relative.</summary>
    public List<string> Files { get; } = [];
    public List<LineSequence> Sequences { get; } = [];

    public string FileName(int file) => file >= 1 && file <= Files.Count ? Files[file - 1] : "?";

    /// <summary>Decodes every unit of an object's .debug_line; a malformed one is a <see cref="UserError"/>.</summary>
    public static List<LineUnit> ReadAll(DebugSection section, SymbolResolver symbols)
    {
        var units = new List<LineUnit>();
        try
        {
            var r = new DwarfReader(section.Data);
            while (!r.AtEnd)
            {
                int start = r.Position;
                uint len32 = r.U32();
                if (len32 == 0xffffffff) break; // 64-bit DWARF: not produced by gosharp or gcc for arm64
                int end = r.End(len32);
                var version = r.U16();
                if (version is >= 2 and <= 4)
                {
                    var u = Decode(section, symbols, start, end, version, r.Position);
                    if (u != null) units.Add(u);
                }
                r.Position = end;
            }
        }
        catch (FormatException e)
        {
            throw new UserError($"{section.File.Name}: corrupt {section.Name}: {e.Message}");
        }
        return units;
    }

    private static LineUnit? Decode(DebugSection section, SymbolResolver symbols, int start, int end, int version, int at)
    {
        var r = new DwarfReader(section.Data.AsSpan(0, end), at);
        uint headerLength = r.U32();
        int programStart = r.End(headerLength);
        byte minInst = r.U8();
        if (version >= 4) r.U8(); // maximum_operations_per_instruction (1: no VLIW)
        r.U8(); // default_is_stmt
        sbyte lineBase = r.S8();
        byte lineRange = r.U8();
        byte opcodeBase = r.U8();
        if (lineRange == 0 || opcodeBase == 0) throw new FormatException($"unit at 0x{start:x}: line_range or opcode_base is 0");
        var opLengths = new byte[opcodeBase];
        for (int i = 1; i < opcodeBase; i++) opLengths[i] = r.U8();
        var dirs = new List<string>();
        for (var d = r.CString(); d.Length > 0; d = r.CString()) dirs.Add(d);
        var unit = new LineUnit { Section = section, Start = start, ProgramStart = programStart, End = end };
        void AddFile(ref DwarfReader rd, string name)
        {
            var dir = (int)rd.Uleb();
            rd.Uleb(); rd.Uleb(); // mtime, length
            unit.Files.Add(dir >= 1 && dir <= dirs.Count && !name.StartsWith('/') ? dirs[dir - 1].TrimEnd('/') + "/" + name : name);
        }
        for (var f = r.CString(); f.Length > 0; f = r.CString()) AddFile(ref r, f);
        if (programStart < r.Position) throw new FormatException($"unit at 0x{start:x}: bad header_length");

        r.Position = programStart;
        LineSequence? seq = null;
        InputSection? sec = null;
        ulong addr = 0;
        int file = 1, line = 1;
        (InputSection Sec, ulong Addr, int File, int Line)? pending = null;
        void Row(LineSequence s, bool endSeq)
        {
            if (sec == null) { if (!endSeq) s.Unplaced = true; pending = null; return; }
            if (pending is { } p && p.Sec == sec && addr > p.Addr) s.Spans.Add(new LineSpan(sec, p.Addr, addr, p.File, p.Line));
            pending = endSeq ? null : (sec, addr, file, line);
        }

        while (r.Position < end)
        {
            seq ??= new LineSequence { Start = r.Position };
            byte op = r.U8();
            if (op >= opcodeBase)
            {
                int adj = op - opcodeBase;
                addr += (ulong)(adj / lineRange * minInst);
                line += lineBase + adj % lineRange;
                Row(seq, false);
                continue;
            }
            switch (op)
            {
                case 0: // extended
                {
                    ulong len = r.Uleb();
                    int next = r.End(len);
                    if (len == 0) break;
                    byte sub = r.U8();
                    switch (sub)
                    {
                        case 1: // DW_LNE_end_sequence
                            Row(seq, true);
                            seq.End = next;
                            unit.Sequences.Add(seq);
                            seq = null;
                            sec = null; addr = 0; file = 1; line = 1;
                            break;
                        case 2: // DW_LNE_set_address
                        {
                            int operand = r.Position;
                            (sec, addr) = len == 9 ? Place(section, symbols, (ulong)operand) : (null, 0); // 8-byte addresses only
                            if (sec == null) seq.Unplaced = true;
                            else seq.Addresses.Add((operand, sec, addr));
                            break;
                        }
                        case 3: // DW_LNE_define_file
                            AddFile(ref r, r.CString());
                            break;
                    }
                    r.Position = next;
                    break;
                }
                case 1: Row(seq, false); break;                                   // DW_LNS_copy
                case 2: addr += r.Uleb() * minInst; break;                          // DW_LNS_advance_pc
                case 3: line += (int)r.Sleb(); break;                               // DW_LNS_advance_line
                case 4: file = (int)r.Uleb(); break;                                // DW_LNS_set_file
                case 8: addr += (ulong)((255 - opcodeBase) / lineRange * minInst); break; // DW_LNS_const_add_pc
                case 9: addr += r.U16(); break;                                     // DW_LNS_fixed_advance_pc
                default:
                    for (int i = 0; i < opLengths[op]; i++) r.Uleb();               // column, is_stmt, isa, ...: no effect on spans
                    break;
            }
        }
        return unit;
    }

    /// <summary>
    /// The section and offset a set_address operand points at, through its relocation. The symbol as this
    /// object defines it wins over the link's chosen definition, so the sequences of a losing DUPOK copy
    /// stay with that (dead) copy.
    /// </summary>
    private static (InputSection?, ulong) Place(DebugSection section, SymbolResolver symbols, ulong operand)
    {
        if (!section.RelocsByOffset.TryGetValue(operand, out var rel) || rel.Type != Common.Elf.RelocType.Abs64) return (null, 0);
        var t = rel.Target;
        if (t.Section != null) return (t.Section, t.Value + (ulong)rel.Addend);
        if (!t.IsUndefined) return (null, 0); // absolute, or in a section the link drops
        var def = symbols.ResolveTarget(t).Symbol;
        return def?.Section is { } s ? (s, def.Value + (ulong)rel.Addend) : (null, 0);
    }
}
