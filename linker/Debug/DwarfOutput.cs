using System.Text;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Debug;

/// <summary>
/// The executable's DWARF (unless -w or -s), made once every section has its address:
/// <list type="bullet">
/// <item><c>.debug_line</c>: each object's line-program units, header copied as is, keeping only the
/// sequences of live sections, their DW_LNE_set_address operands relocated.</item>
/// <item><c>.debug_frame</c>: the objects' FDEs for live code (initial location relocated), each pointing
/// at a copy of its CIE (identical CIEs are written once).</item>
/// <item><c>.debug_info</c>/<c>.debug_abbrev</c>/<c>.debug_ranges</c> (DWARF 4): a compile unit per object
/// with live functions, named by its package path (or the object's name), language Go (for members of
/// package archives; the language of a plain object is not known, so not given), its line program
/// (DW_AT_stmt_list) and code ranges, and a DW_TAG_subprogram (name, low_pc, high_pc, frame base
/// DW_OP_call_frame_cfa, external for global symbols) for each function.</item>
/// </list>
/// </summary>
public static class DwarfOutput
{
    public const string Producer = "gosharp";

    private const byte TagCompileUnit = 0x11, TagSubprogram = 0x2e;
    private const byte AtName = 0x03, AtStmtList = 0x10, AtLowPc = 0x11, AtHighPc = 0x12, AtLanguage = 0x13,
        AtCompDir = 0x1b, AtProducer = 0x25, AtExternal = 0x3f, AtFrameBase = 0x40, AtRanges = 0x55;
    private const byte FormAddr = 0x01, FormData8 = 0x07, FormString = 0x08, FormData1 = 0x0b, FormSecOffset = 0x17,
        FormExprloc = 0x18, FormFlagPresent = 0x19;
    private const byte LangGo = 0x16, OpCallFrameCfa = 0x9c;
    /// <summary>Compile unit abbreviations: 1 + (has a line program ? 1 : 0) + (is Go ? 2 : 0); then the subprograms.</summary>
    private const byte AbbrevUnit = 1, AbbrevGlobalFunc = 5, AbbrevLocalFunc = 6;

    public static List<(string Name, byte[] Data)> Build(IReadOnlyList<LiveFunction> functions, IReadOnlyList<ObjectDebugInfo> debug)
    {
        var (line, lineOffsets) = Lines(debug);
        var frame = Frames(debug);
        var (info, ranges) = Info(functions, debug, lineOffsets);
        var result = new List<(string, byte[])>();
        if (info.Length > 0) result.Add((DebugSectionNames.Abbrev, Abbrev()));
        if (line.Length > 0) result.Add((DebugSectionNames.Line, line));
        if (frame.Length > 0) result.Add((DebugSectionNames.Frame, frame));
        if (info.Length > 0)
        {
            result.Add((DebugSectionNames.Info, info));
            result.Add((DebugSectionNames.Ranges, ranges));
        }
        return result;
    }

    private static (byte[], Dictionary<ObjectFile, uint>) Lines(IReadOnlyList<ObjectDebugInfo> debug)
    {
        var w = new DwarfWriter();
        var offsets = new Dictionary<ObjectFile, uint>();
        foreach (var o in debug)
            foreach (var u in o.Units)
            {
                if (!u.Sequences.Exists(s => s.Live)) continue;
                offsets.TryAdd(o.Object, (uint)w.Length);
                var data = u.Section.Data;
                int start = w.Length;
                w.U32(0); // unit_length
                w.Bytes(data.AsSpan(u.Start + 4, u.ProgramStart - u.Start - 4));
                foreach (var seq in u.Sequences)
                {
                    if (!seq.Live) continue;
                    int at = w.Length;
                    w.Bytes(data.AsSpan(seq.Start, seq.End - seq.Start));
                    foreach (var (operand, section, offset) in seq.Addresses)
                        w.PatchU64(at + operand - seq.Start, section.Addr + offset);
                }
                w.PatchU32(start, (uint)(w.Length - start - 4));
            }
        return (w.ToArray(), offsets);
    }

    private static byte[] Frames(IReadOnlyList<ObjectDebugInfo> debug)
    {
        var w = new DwarfWriter();
        var cies = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var o in debug)
        {
            if (o.Frames is not { } fe) continue;
            var data = fe.Section.Data;
            foreach (var f in fe.Fdes)
            {
                if (!f.Section.Live) continue;
                var (cs, ce) = fe.Cies[f.Cie];
                var key = Encoding.Latin1.GetString(data, cs, ce - cs);
                if (!cies.TryGetValue(key, out var cieAt))
                {
                    cies[key] = cieAt = (uint)w.Length;
                    w.Bytes(data.AsSpan(cs, ce - cs));
                }
                int at = w.Length;
                w.Bytes(data.AsSpan(f.Start, f.End - f.Start));
                w.PatchU32(at + 4, cieAt);
                w.PatchU64(at + 8, f.Section.Addr + f.Offset);
            }
        }
        return w.ToArray();
    }

    private static byte[] Abbrev()
    {
        var w = new DwarfWriter();
        void Decl(byte code, byte tag, bool children, params (byte At, byte Form)[] attrs)
        {
            w.Uleb(code);
            w.Uleb(tag);
            w.U8(children ? (byte)1 : (byte)0);
            foreach (var (at, form) in attrs) { w.Uleb(at); w.Uleb(form); }
            w.U8(0); w.U8(0);
        }
        (byte, byte)[] unit = [(AtName, FormString), (AtProducer, FormString), (AtCompDir, FormString), (AtLowPc, FormAddr), (AtRanges, FormSecOffset)];
        for (int code = 0; code < 4; code++)
        {
            bool lines = (code & 1) != 0, go = (code & 2) != 0;
            Decl((byte)(AbbrevUnit + code), TagCompileUnit, true,
                [.. unit, .. lines ? [(AtStmtList, FormSecOffset)] : Array.Empty<(byte, byte)>(), .. go ? [(AtLanguage, FormData1)] : Array.Empty<(byte, byte)>()]);
        }
        (byte, byte)[] func = [(AtName, FormString), (AtLowPc, FormAddr), (AtHighPc, FormData8), (AtFrameBase, FormExprloc)];
        Decl(AbbrevGlobalFunc, TagSubprogram, false, [.. func, (AtExternal, FormFlagPresent)]);
        Decl(AbbrevLocalFunc, TagSubprogram, false, func);
        w.U8(0);
        return w.ToArray();
    }

    private static (byte[], byte[]) Info(IReadOnlyList<LiveFunction> functions, IReadOnlyList<ObjectDebugInfo> debug,
        Dictionary<ObjectFile, uint> lineOffsets)
    {
        var byObject = new Dictionary<ObjectFile, List<LiveFunction>>();
        foreach (var f in functions)
        {
            if (!byObject.TryGetValue(f.Section.File, out var list)) byObject[f.Section.File] = list = [];
            list.Add(f);
        }
        var info = new DwarfWriter();
        var ranges = new DwarfWriter();
        foreach (var o in debug)
        {
            if (!byObject.TryGetValue(o.Object, out var funcs)) continue;
            funcs = funcs.OrderBy(f => f.Entry).ToList();
            uint rangesAt = (uint)ranges.Length;
            ulong rs = funcs[0].Entry, re = rs;
            foreach (var f in funcs)
            {
                if (f.Entry > re) { ranges.U64(rs); ranges.U64(re); rs = f.Entry; }
                re = Math.Max(re, f.Entry + f.Size);
            }
            ranges.U64(rs); ranges.U64(re);
            ranges.U64(0); ranges.U64(0);

            int start = info.Length;
            info.U32(0);  // unit_length
            info.U16(4);  // version
            info.U32(0);  // debug_abbrev_offset
            info.U8(8);   // address_size
            bool hasLines = lineOffsets.TryGetValue(o.Object, out var lineAt);
            bool go = o.Object.Package != null; // a package archive's member; of a plain object the language is unknown
            info.Uleb((byte)(AbbrevUnit + (hasLines ? 1 : 0) + (go ? 2 : 0)));
            info.CString(o.Object.Package ?? o.Object.Name);
            info.CString(Producer);
            info.CString(".");
            info.U64(0);  // low_pc: range list entries are addresses
            info.U32(rangesAt);
            if (hasLines) info.U32(lineAt);
            if (go) info.U8(LangGo);
            foreach (var f in funcs)
            {
                info.Uleb(f.Global ? AbbrevGlobalFunc : AbbrevLocalFunc);
                info.CString(f.Name);
                info.U64(f.Entry);
                info.U64(f.Size);
                info.Uleb(1);
                info.U8(OpCallFrameCfa);
            }
            info.U8(0); // end of the unit's children
            info.PatchU32(start, (uint)(info.Length - start - 4));
        }
        return (info.ToArray(), ranges.ToArray());
    }
}
