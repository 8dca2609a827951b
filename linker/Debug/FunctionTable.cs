using System.Buffers.Binary;
using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Debug;

/// <summary>
/// The runtime's function table, between the linker-defined symbols <c>runtime.functab</c> and
/// <c>runtime.efunctab</c> in <c>.rodata</c> (8-byte aligned): for every function of the executable, its
/// entry pc, size and name, and a pc → file:line table made from the objects' <c>.debug_line</c>. All
/// integers are little-endian and fixed-width; offsets are from the start of the table.
/// <code>
/// header (40 bytes)
///   0  u32 magic    0x54465347 ("GSFT" in memory)
///   4  u32 version  1
///   8  u32 nfunc    function records
///  12  u32 nfile    file records
///  16  u32 nline    line records
///  20  u32 funcoff  where the function records start (40)
///  24  u32 fileoff  where the file records start
///  28  u32 lineoff  where the line records start
///  32  u32 stroff   where the string bytes start
///  36  u32 strlen   how many string bytes there are
/// function record (32 bytes), sorted by entry, not overlapping
///   0  u64 entry    the function's first instruction
///   8  u32 size     bytes of code: the function is [entry, entry+size)
///  12  u32 nameoff  name: strlen bytes of UTF-8 at stroff+nameoff (gc's form: main.main, main.(*T).m)
///  16  u32 namelen
///  20  u32 line0    its line records are [line0, line0+nline) of the line records
///  24  u32 nline
///  28  u32 reserved (0)
/// file record (8 bytes)
///   0  u32 off      the file's name: len bytes at stroff+off
///   4  u32 len
/// line record (12 bytes), sorted by pcoff within a function, the first at pcoff 0
///   0  u32 pcoff    from entry+pcoff up to the next record's pcoff (or the function's end) ...
///   4  u32 file     ... the code comes from this file (an index of the file records; 0xffffffff: unknown) ...
///   8  u32 line     ... at this line (0 when unknown)
/// </code>
/// A lookup: binary-search the function records for the last entry ≤ pc (and check pc &lt; entry+size),
/// then its line records for the last pcoff ≤ pc−entry. For a return address, look up pc−1 to get the
/// line of the call. A function with no line information has no line records.
/// </summary>
public sealed class FunctionTable
{
    public const uint Magic = 0x54465347;
    public const uint Version = 1;
    public const int HeaderSize = 40, FuncSize = 32, FileSize = 8, LineSize = 12;
    public const uint NoFile = 0xffffffff;
    public const string SectionName = ".rodata.runtime.functab";

    private readonly List<(LiveFunction Func, int NameOff, int NameLen, int Line0, int NLine)> funcs = [];
    private readonly List<(uint PcOff, uint File, uint Line)> lines = [];
    private readonly List<(int Off, int Len)> files = [];
    private readonly MemoryStream strings = new();

    /// <summary>The table's size in bytes, fixed before layout (no field's width depends on an address).</summary>
    public ulong Size => (ulong)(HeaderSize + FuncSize * funcs.Count + FileSize * files.Count + LineSize * lines.Count) + (ulong)strings.Length;

    /// <summary>Plans the table: the functions, their line records, the strings. Addresses come later (<see cref="Write"/>).</summary>
    public static FunctionTable Plan(IReadOnlyList<LiveFunction> functions, IReadOnlyList<ObjectDebugInfo> debug)
    {
        var t = new FunctionTable();
        var spans = SpansBySection(debug);
        var fileIndex = new Dictionary<string, uint>(StringComparer.Ordinal);
        var names = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var f in functions)
        {
            if (!names.TryGetValue(f.Name, out var name)) names[f.Name] = name = t.AddString(f.Name);
            int line0 = t.lines.Count;
            if (spans.TryGetValue(f.Section, out var list)) t.AddLines(f, list, fileIndex);
            t.funcs.Add((f, name.Item1, name.Item2, line0, t.lines.Count - line0));
        }
        if (t.Size > uint.MaxValue) throw new UserError($"the function table would be {t.Size} bytes, more than 4 GiB");
        return t;
    }

    private (int, int) AddString(string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        int off = (int)strings.Length;
        strings.Write(b);
        return (off, b.Length);
    }

    /// <summary>Each live section's line spans with their file names, sorted by start.</summary>
    private static Dictionary<InputSection, List<(LineSpan Span, LineUnit Unit)>> SpansBySection(IReadOnlyList<ObjectDebugInfo> debug)
    {
        var d = new Dictionary<InputSection, List<(LineSpan, LineUnit)>>();
        foreach (var o in debug)
            foreach (var u in o.Units)
                foreach (var seq in u.Sequences)
                {
                    if (!seq.Live) continue;
                    foreach (var s in seq.Spans)
                    {
                        if (!d.TryGetValue(s.Section, out var list)) d[s.Section] = list = [];
                        list.Add((s, u));
                    }
                }
        foreach (var list in d.Values) list.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        return d;
    }

    /// <summary>The line records of one function: the spans over [offset, offset+size), gaps as unknown, repeats merged.</summary>
    private void AddLines(LiveFunction f, List<(LineSpan Span, LineUnit Unit)> spans, Dictionary<string, uint> fileIndex)
    {
        ulong start = f.Offset, end = f.Offset + f.Size;
        // The first span ending after the function's start.
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (spans[mid].Span.End <= start) lo = mid + 1; else hi = mid;
        }
        ulong covered = start;
        int first = lines.Count;
        void Add(ulong at, uint file, uint line)
        {
            var pc = (uint)(at - start);
            if (lines.Count > first && lines[^1].PcOff == pc) lines.RemoveAt(lines.Count - 1);
            if (lines.Count > first && lines[^1].File == file && lines[^1].Line == line) return;
            lines.Add((pc, file, line));
        }
        for (int i = lo; i < spans.Count && spans[i].Span.Start < end; i++)
        {
            var (s, unit) = spans[i];
            ulong from = Math.Max(s.Start, covered);
            if (s.End <= from) continue;
            if (from > covered) Add(covered, NoFile, 0);
            var name = unit.FileName(s.File);
            if (!fileIndex.TryGetValue(name, out var fi))
            {
                fileIndex[name] = fi = (uint)files.Count;
                files.Add(AddString(name));
            }
            Add(from, fi, (uint)Math.Max(0, s.Line));
            covered = Math.Min(s.End, end);
        }
        if (lines.Count > first && covered < end) Add(covered, NoFile, 0);
    }

    /// <summary>The table's bytes, once every section has its address.</summary>
    public byte[] Write()
    {
        var b = new byte[Size];
        var s = b.AsSpan();
        int funcOff = HeaderSize;
        int fileOff = funcOff + FuncSize * funcs.Count;
        int lineOff = fileOff + FileSize * files.Count;
        int strOff = lineOff + LineSize * lines.Count;
        uint[] header = [Magic, Version, (uint)funcs.Count, (uint)files.Count, (uint)lines.Count,
            (uint)funcOff, (uint)fileOff, (uint)lineOff, (uint)strOff, (uint)strings.Length];
        for (int i = 0; i < header.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(s[(4 * i)..], header[i]);

        var order = Enumerable.Range(0, funcs.Count).OrderBy(i => funcs[i].Func.Entry).ThenBy(i => i).ToList();
        for (int k = 0; k < order.Count; k++)
        {
            var (f, nameOff, nameLen, line0, nline) = funcs[order[k]];
            var r = s[(funcOff + FuncSize * k)..];
            BinaryPrimitives.WriteUInt64LittleEndian(r, f.Entry);
            BinaryPrimitives.WriteUInt32LittleEndian(r[8..], (uint)f.Size);
            BinaryPrimitives.WriteUInt32LittleEndian(r[12..], (uint)nameOff);
            BinaryPrimitives.WriteUInt32LittleEndian(r[16..], (uint)nameLen);
            BinaryPrimitives.WriteUInt32LittleEndian(r[20..], (uint)line0);
            BinaryPrimitives.WriteUInt32LittleEndian(r[24..], (uint)nline);
        }
        for (int i = 0; i < files.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[(fileOff + FileSize * i)..], (uint)files[i].Off);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(fileOff + FileSize * i + 4)..], (uint)files[i].Len);
        }
        for (int i = 0; i < lines.Count; i++)
        {
            var r = s[(lineOff + LineSize * i)..];
            BinaryPrimitives.WriteUInt32LittleEndian(r, lines[i].PcOff);
            BinaryPrimitives.WriteUInt32LittleEndian(r[4..], lines[i].File);
            BinaryPrimitives.WriteUInt32LittleEndian(r[8..], lines[i].Line);
        }
        strings.GetBuffer().AsSpan(0, (int)strings.Length).CopyTo(s[strOff..]);
        return b;
    }
}
