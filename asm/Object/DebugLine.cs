using System.Buffers.Binary;
using System.Text;
using Gosharp.Asm.Arm64;
using Gosharp.Asm.Syntax;

namespace Gosharp.Asm.Object;

/// <summary>
/// The <c>.debug_line</c> section (DWARF 4): one line-number program whose file table lists every
/// file instructions come from (the .s file, or the Go files named by <c>#line</c>), and one sequence
/// per function, starting at the function's symbol (an R_AARCH64_ABS64 relocation) and ending at its size.
/// </summary>
internal sealed class DebugLine(string? trimPath)
{
    private const int MinInstLength = 4;
    private const sbyte LineBase = -5;
    private const byte LineRange = 14;
    private const byte OpcodeBase = 13;

    // Standard opcodes (DWARF 4, 6.2.5.2) and extended opcodes (6.2.5.3).
    private const byte Copy = 1, AdvancePc = 2, AdvanceLine = 3, SetFile = 4;
    private const byte EndSequence = 1, SetAddress = 2;

    /// <summary>The section bytes and where each function's start address must be relocated.</summary>
    public (byte[] Bytes, IReadOnlyList<(int Offset, SymRef Sym)> Relocs) Build(IReadOnlyList<AssembledFunction> funcs)
    {
        var files = new List<string>();
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in funcs)
            foreach (var row in f.Lines)
                if (!fileIndex.ContainsKey(row.Pos.File))
                {
                    files.Add(row.Pos.File);
                    fileIndex[row.Pos.File] = files.Count; // DWARF 4 file numbers start at 1
                }

        var b = new List<byte>(1024);
        Put32(b, 0); // unit_length, patched below
        Put16(b, 4); // version
        int headerLengthAt = b.Count;
        Put32(b, 0); // header_length, patched below
        int headerStart = b.Count;
        b.Add(MinInstLength);
        b.Add(1);    // maximum_operations_per_instruction
        b.Add(1);    // default_is_stmt
        b.Add(unchecked((byte)LineBase));
        b.Add(LineRange);
        b.Add(OpcodeBase);
        b.AddRange([0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1]); // operands of standard opcodes 1..12
        b.Add(0); // no include_directories
        foreach (var file in files)
        {
            b.AddRange(Encoding.UTF8.GetBytes(TrimPath.Apply(file, trimPath)));
            b.Add(0);
            b.AddRange([0, 0, 0]); // directory 0, no mtime, no length
        }
        b.Add(0);
        PatchUInt32(b, headerLengthAt, (uint)(b.Count - headerStart));

        var relocs = new List<(int, SymRef)>();
        foreach (var f in funcs)
        {
            b.AddRange([0, 9, SetAddress]);
            relocs.Add((b.Count, f.Sym));
            Put64(b, 0);
            int file = 1, line = 1, addr = 0;
            foreach (var row in f.Lines)
            {
                int fi = fileIndex[row.Pos.File];
                if (fi != file)
                {
                    b.Add(SetFile);
                    Uleb(b, (ulong)fi);
                    file = fi;
                }
                int lineDelta = row.Pos.Line - line;
                int opAdvance = (row.Offset - addr) / MinInstLength;
                if (lineDelta >= LineBase && lineDelta < LineBase + LineRange
                    && (lineDelta - LineBase) + LineRange * opAdvance + OpcodeBase <= 255)
                {
                    b.Add((byte)((lineDelta - LineBase) + LineRange * opAdvance + OpcodeBase)); // special opcode: advance both, then copy
                }
                else
                {
                    if (lineDelta != 0) { b.Add(AdvanceLine); Sleb(b, lineDelta); }
                    if (opAdvance != 0) { b.Add(AdvancePc); Uleb(b, (ulong)opAdvance); }
                    b.Add(Copy);
                }
                line = row.Pos.Line;
                addr = row.Offset;
            }
            int endAdvance = (f.Code.Length - addr) / MinInstLength;
            if (endAdvance != 0) { b.Add(AdvancePc); Uleb(b, (ulong)endAdvance); }
            b.AddRange([0, 1, EndSequence]);
        }
        PatchUInt32(b, 0, (uint)(b.Count - 4));
        return (b.ToArray(), relocs);
    }

    private static void Put16(List<byte> b, ushort v) { b.Add((byte)v); b.Add((byte)(v >> 8)); }
    private static void Put32(List<byte> b, uint v) { for (int i = 0; i < 4; i++) b.Add((byte)(v >> (8 * i))); }
    private static void Put64(List<byte> b, ulong v) { for (int i = 0; i < 8; i++) b.Add((byte)(v >> (8 * i))); }

    private static void PatchUInt32(List<byte> b, int at, uint v)
    {
        Span<byte> tmp = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(tmp, v);
        for (int i = 0; i < 4; i++) b[at + i] = tmp[i];
    }

    private static void Uleb(List<byte> b, ulong v)
    {
        do
        {
            byte x = (byte)(v & 0x7f);
            v >>= 7;
            b.Add(v != 0 ? (byte)(x | 0x80) : x);
        } while (v != 0);
    }

    private static void Sleb(List<byte> b, long v)
    {
        while (true)
        {
            byte x = (byte)(v & 0x7f);
            v >>= 7;
            bool done = (v == 0 && (x & 0x40) == 0) || (v == -1 && (x & 0x40) != 0);
            b.Add(done ? x : (byte)(x | 0x80));
            if (done) return;
        }
    }
}
