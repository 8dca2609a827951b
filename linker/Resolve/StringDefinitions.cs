using System.Buffers.Binary;
using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Resolve;

/// <summary>
/// <c>-X importpath.name=value</c>: points the string variable <c>importpath.name</c> (a Go string
/// header: data pointer, then length) at new read-only bytes holding value. As with gc, a name no
/// input defines is ignored; one that is not a 16-byte variable is an error. A bss variable is given
/// contents (moving it to the matching data section) so it can hold the pointer.
/// </summary>
public static class StringDefinitions
{
    public const string FlagObjectName = "<-X flags>";

    /// <summary>Applies the definitions; returns the object holding the new strings (none: null).</summary>
    public static ObjectFile? Apply(IReadOnlyList<string> xdefs, SymbolResolver symbols)
    {
        if (xdefs.Count == 0) return null;
        var obj = new ObjectFile { Name = FlagObjectName };
        obj.Symbols.Add(new InputSymbol { File = obj, Name = "", Binding = SymbolBinding.Local, Type = SymbolType.NoType, Shndx = 0, Value = 0 });
        foreach (var x in xdefs)
        {
            int eq = x.IndexOf('=');
            int dot = eq < 0 ? -1 : x.LastIndexOf('.', eq);
            if (eq < 0 || dot <= 0 || dot == eq - 1)
                throw new UserError($"-X flag requires argument of the form importpath.name=value, got \"{x}\"");
            var name = x[..eq];
            var value = Encoding.UTF8.GetBytes(x[(eq + 1)..]);
            if (symbols.Find(name)?.Definition is not { } def) continue;
            if (def.Section is not { } sec || def.Size != 16 || sec.Kind is OutputKind.Text or OutputKind.RoData)
                throw new UserError($"{name}: cannot set with -X: not a var of type string ({def.File.Name})");
            if (def.Value + 16 > sec.Size)
                throw new UserError($"{name}: symbol extends past the end of section {sec.Name} in {def.File.Name}");

            var str = new InputSection
            {
                File = obj, Index = obj.Sections.Count + 1, Name = ".rodata.-X." + name, Kind = OutputKind.RoData, Align = 1,
                Size = (ulong)value.Length, Data = value,
            };
            obj.Sections.Add(str);
            var strSym = new InputSymbol
            {
                File = obj, Name = name + ".str", Binding = SymbolBinding.Local, Type = SymbolType.Object,
                Shndx = (ushort)str.Index, Value = 0, Size = (ulong)value.Length, Section = str,
            };
            obj.Symbols.Add(strSym);

            if (sec.Data == null)
            {
                sec.Data = new byte[sec.Size];
                sec.Kind = sec.Kind == OutputKind.NoPtrBss ? OutputKind.NoPtrData : OutputKind.Data;
            }
            var header = sec.Data.AsSpan((int)def.Value, 16);
            BinaryPrimitives.WriteUInt64LittleEndian(header, 0);
            BinaryPrimitives.WriteInt64LittleEndian(header[8..], value.Length);
            sec.Relocs.RemoveAll(r => r.Offset >= def.Value && r.Offset < def.Value + 16);
            sec.Relocs.Add(new InputReloc(def.Value, RelocType.Abs64, 0, strSym));
        }
        return obj;
    }
}
