using System.Buffers.Binary;
using System.Text;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;

namespace Gosharp.Compiler.IR.Build;

/// <summary>
/// Emits type descriptors (runtime._type, see runtime-stubs/runtime/type.go for the layout), method
/// tables and itabs as read-only DUPOK data, on demand. Symbols are "type:" + the type's link name
/// (package paths in full), so a type's descriptor is one object in the linked program.
/// </summary>
public sealed class TypeDescriptors(PackageIr ir, Func<MethodEntry, GoType, string> methodWrapper)
{
    public const int Size = 104;
    private readonly Dictionary<string, DataSymbol> done = new(StringComparer.Ordinal);

    // runtime kinds (reflect.Kind numbers)
    private const int KindArray = 17, KindChan = 18, KindFunc = 19, KindInterface = 20, KindMap = 21, KindPtr = 22,
        KindSlice = 23, KindString = 24, KindStruct = 25, KindUnsafePointer = 26, KindDirectIface = 32;

    /// <summary>The descriptor symbol of t, emitting it (and what it refers to) the first time.</summary>
    public string Of(GoType t)
    {
        var name = "type:" + TypeNames.Link(t);
        if (done.ContainsKey(name)) return name;
        var d = new DataSymbol(name, Size, new byte[Size], ReadOnly: true, DupOk: true, NoPointers: false) { };
        done[name] = d;
        ir.Data.Add(d);
        Fill(d, t);
        return name;
    }

    private void Fill(DataSymbol d, GoType t)
    {
        var c = d.Content!;
        var u = t.Underlying;
        PutU64(c, 0, (ulong)Layout.Sizeof(t));
        PutU64(c, 8, (ulong)PtrData(t));
        var str = TypeNames.Reflect(t);
        BinaryPrimitives.WriteUInt32LittleEndian(c.AsSpan(16), Hash(TypeNames.Link(t)));
        c[20] = (byte)(Kind(u) | (IsDirectIface(t) ? KindDirectIface : 0));
        c[21] = (byte)Math.Max(1, Layout.Alignof(t));
        if (EqualFunc(t) is { } eq) d.Addresses.Add((24, ir.FuncValueSymbol(eq)));
        if (PtrData(t) > 0) d.Addresses.Add((32, GcData(t)));
        PutString(d, 40, str);
        switch (u)
        {
            case PointerType p: d.Addresses.Add((56, Of(p.Elem))); break;
            case SliceType s: d.Addresses.Add((56, Of(s.Elem))); break;
            case ArrayType a: d.Addresses.Add((56, Of(a.Elem))); PutU64(c, 72, (ulong)a.Len); break;
            case ChanType ch: d.Addresses.Add((56, Of(ch.Elem))); PutU64(c, 72, (ulong)ch.Dir); break;
            case MapType m: d.Addresses.Add((56, Of(m.Elem))); d.Addresses.Add((64, Of(m.Key))); break;
            case StructType st: d.Addresses.Add((88, StructFields(t, st))); break;
            case InterfaceType it: d.Addresses.Add((88, InterfaceMethods(t, it))); break;
            case Signature sig: d.Addresses.Add((88, FuncSig(t, sig))); break;
        }
        if (t is NamedType || t is BasicType) c[22] |= TflagNamed;
        if (Predicates.Comparable(t)) c[22] |= TflagComparable;
        var ms = Methods(t);
        // unsafe.Pointer is named in package unsafe (reflect's PkgPath says "unsafe").
        if (t is NamedType || ms.Count > 0 || t is BasicType { Kind: BasicKind.UnsafePointer })
        {
            c[22] |= TflagUncommon;
            d.Addresses.Add((80, Uncommon(t, ms)));
        }
        // *T for a defined type T, so that reflect can go from T to *T (New, Addr, PointerTo).
        if (t is NamedType) d.Addresses.Add((96, Of(new PointerType(t))));
    }

    private const byte TflagUncommon = 1, TflagNamed = 2, TflagComparable = 4;

    /// <summary>A func type's parameters and results: in, out, variadic (0/1), then in+out type pointers.</summary>
    private string FuncSig(GoType t, Signature sig)
    {
        var name = "type:.sig." + TypeNames.Link(t);
        if (done.ContainsKey(name)) return name;
        var n = sig.Params.Count + sig.Results.Count;
        var d = new DataSymbol(name, 24 + 8 * n, new byte[24 + 8 * n], true, true, false);
        done[name] = d;
        ir.Data.Add(d);
        PutU64(d.Content!, 0, (ulong)sig.Params.Count);
        PutU64(d.Content!, 8, (ulong)sig.Results.Count);
        PutU64(d.Content!, 16, sig.Variadic ? 1UL : 0UL);
        for (int i = 0; i < sig.Params.Count; i++) d.Addresses.Add((24 + 8 * i, Of(sig.Params[i])));
        for (int i = 0; i < sig.Results.Count; i++) d.Addresses.Add((24 + 8 * (sig.Params.Count + i), Of(sig.Results[i])));
        return name;
    }

    private static void PutU64(byte[] c, int off, ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(c.AsSpan(off), v);

    /// <summary>A string field: a pointer to the bytes and the length.</summary>
    private void PutString(DataSymbol d, int off, string text)
    {
        var bytes = ByteString.FromUtf8(text);
        if (bytes.Length > 0) d.Addresses.Add((off, ir.StringSymbol(bytes)));
        PutU64(d.Content!, off + 8, (ulong)bytes.Length);
    }

    /// <summary>FNV-1a of the link name: a stable hash for type switches and maps of interfaces.</summary>
    public static uint Hash(string s)
    {
        uint h = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(s)) { h ^= b; h *= 16777619; }
        return h;
    }

    public static int Kind(GoType u) => u switch
    {
        BasicType b => b.Kind switch
        {
            BasicKind.Bool => 1, BasicKind.Int => 2, BasicKind.Int8 => 3, BasicKind.Int16 => 4, BasicKind.Int32 => 5,
            BasicKind.Int64 => 6, BasicKind.Uint => 7, BasicKind.Uint8 => 8, BasicKind.Uint16 => 9, BasicKind.Uint32 => 10,
            BasicKind.Uint64 => 11, BasicKind.Uintptr => 12, BasicKind.Float32 => 13, BasicKind.Float64 => 14,
            BasicKind.Complex64 => 15, BasicKind.Complex128 => 16, BasicKind.String => KindString,
            BasicKind.UnsafePointer => KindUnsafePointer, _ => 0,
        },
        ArrayType => KindArray, ChanType => KindChan, Signature => KindFunc, InterfaceType => KindInterface,
        MapType => KindMap, PointerType => KindPtr, SliceType => KindSlice, StructType => KindStruct, _ => 0,
    };

    /// <summary>
    /// Pointer-shaped types are stored directly in an interface's data word: pointers, maps, chans,
    /// funcs, unsafe.Pointer, and structs/arrays of exactly one such element.
    /// </summary>
    public static bool IsDirectIface(GoType t) => t.Underlying switch
    {
        PointerType or MapType or ChanType or Signature or BasicType { Kind: BasicKind.UnsafePointer } => true,
        StructType s => s.Fields.Length == 1 && IsDirectIface(s.Fields[0].Type),
        ArrayType a => a.Len == 1 && IsDirectIface(a.Elem),
        _ => false,
    };

    /// <summary>
    /// The pointer bitmap of t for the garbage collector: bit i (LSB first in each byte) set when word
    /// i of a value may hold a pointer, for the words below ptrdata.
    /// </summary>
    private string GcData(GoType t)
    {
        var name = "type:.gcdata." + TypeNames.Link(t);
        if (done.ContainsKey(name)) return name;
        var words = (int)(PtrData(t) / 8);
        var bits = new byte[(words + 7) / 8];
        MarkPointers(t, 0, bits);
        var d = new DataSymbol(name, bits.Length, bits, ReadOnly: true, DupOk: true, NoPointers: true, Align: 1);
        done[name] = d;
        ir.Data.Add(d);
        return name;
    }

    /// <summary>The pointer bitmap of a value of type t (gcdata's form: bit i set when word i may hold a pointer, up to ptrdata).</summary>
    public static byte[] PointerMask(GoType t)
    {
        var bits = new byte[(PtrData(t) / 8 + 7) / 8];
        MarkPointers(t, 0, bits);
        return bits;
    }

    private static void MarkPointers(GoType t, long off, byte[] bits)
    {
        void Set(long byteOff) { var w = byteOff / 8; if (w / 8 < bits.Length) bits[w / 8] |= (byte)(1 << (int)(w % 8)); }
        switch (t.Underlying)
        {
            case BasicType b when b.Kind is BasicKind.String or BasicKind.UnsafePointer: Set(off); break;
            case PointerType or MapType or ChanType or Signature or SliceType: Set(off); break;
            case InterfaceType: Set(off); Set(off + 8); break;
            case ArrayType a:
                if (PtrData(a.Elem) == 0) break;
                var es = Layout.Sizeof(a.Elem);
                for (long i = 0; i < a.Len; i++) MarkPointers(a.Elem, off + i * es, bits);
                break;
            case StructType s:
                var offs = Layout.Offsets(s);
                for (int i = 0; i < s.Fields.Length; i++) MarkPointers(s.Fields[i].Type, off + offs[i], bits);
                break;
        }
    }

    /// <summary>Bytes from the start of a value up to the end of its last pointer.</summary>
    public static long PtrData(GoType t)
    {
        switch (t.Underlying)
        {
            case BasicType b: return b.Kind is BasicKind.String or BasicKind.UnsafePointer ? 8 : 0;
            case PointerType or MapType or ChanType or Signature or SliceType: return 8;
            case InterfaceType: return 16;
            case ArrayType a:
                if (a.Len == 0) return 0;
                var ep = PtrData(a.Elem);
                return ep == 0 ? 0 : (a.Len - 1) * Layout.Sizeof(a.Elem) + ep;
            case StructType s:
                var offs = Layout.Offsets(s);
                long last = 0;
                for (int i = 0; i < s.Fields.Length; i++)
                    if (PtrData(s.Fields[i].Type) is var fp and > 0) last = offs[i] + fp;
                return last;
            default: return 0;
        }
    }

    /// <summary>The runtime function comparing two values of t for ==, or null when t is not comparable.</summary>
    private string? EqualFunc(GoType t)
    {
        if (!Predicates.Comparable(t)) return null;
        var u = t.Underlying;
        switch (u)
        {
            case BasicType b:
                return b.Kind switch
                {
                    BasicKind.String => "runtime.strequal",
                    BasicKind.Float32 => "runtime.f32equal",
                    BasicKind.Float64 => "runtime.f64equal",
                    BasicKind.Complex64 => "runtime.c64equal",
                    BasicKind.Complex128 => "runtime.c128equal",
                    _ => MemEqual(Layout.Sizeof(t)),
                };
            case PointerType or ChanType: return "runtime.memequal64";
            case InterfaceType it: return it.IsEmpty ? "runtime.nilinterequal" : "runtime.interequal";
            default:
                return MemoryComparable(t) && MemEqual(Layout.Sizeof(t)) is { } m ? m : null; // others: later (generated eq funcs)
        }
    }

    private static string? MemEqual(long size) => size switch
    {
        0 => "runtime.memequal0", 1 => "runtime.memequal8", 2 => "runtime.memequal16", 4 => "runtime.memequal32",
        8 => "runtime.memequal64", 16 => "runtime.memequal128", _ => null,
    };

    /// <summary>Equal values have equal bytes: no floats, strings, interfaces, padding or blank (_) fields inside.</summary>
    public static bool MemoryComparable(GoType t)
    {
        switch (t.Underlying)
        {
            case BasicType b: return b.Is(BasicInfo.IsInteger) || b.Kind is BasicKind.Bool or BasicKind.UnsafePointer;
            case PointerType or ChanType: return true;
            case ArrayType a: return MemoryComparable(a.Elem);
            case StructType s:
                var offs = Layout.Offsets(s);
                long end = 0;
                for (int i = 0; i < s.Fields.Length; i++)
                {
                    if (offs[i] != end || s.Fields[i].Name == "_" || !MemoryComparable(s.Fields[i].Type)) return false;
                    end = offs[i] + Layout.Sizeof(s.Fields[i].Type);
                }
                return end == Layout.Sizeof(s);
            default: return false;
        }
    }

    private string StructFields(GoType t, StructType st)
    {
        var name = "type:.fields." + TypeNames.Link(t);
        if (done.ContainsKey(name)) return name;
        const int stride = 72;
        var arr = new DataSymbol(name + ".list", Math.Max(8, stride * st.Fields.Length), new byte[Math.Max(8, stride * st.Fields.Length)], true, true, false);
        var head = new DataSymbol(name, 16, new byte[16], true, true, false);
        done[name] = head;
        ir.Data.Add(head);
        ir.Data.Add(arr);
        PutU64(head.Content!, 0, (ulong)st.Fields.Length);
        head.Addresses.Add((8, arr.Name));
        var offs = Layout.Offsets(st);
        for (int i = 0; i < st.Fields.Length; i++)
        {
            var f = st.Fields[i];
            PutString(arr, stride * i, f.Name);
            arr.Addresses.Add((stride * i + 16, Of(f.Type)));
            PutU64(arr.Content!, stride * i + 24, (ulong)offs[i]);
            PutU64(arr.Content!, stride * i + 32, f.Embedded ? 1UL : 0UL);
            PutString(arr, stride * i + 40, st.Tag(i));
            PutString(arr, stride * i + 56, f.Exported || f.Pkg == null ? "" : f.Pkg.Path);
        }
        return name;
    }

    private string InterfaceMethods(GoType t, InterfaceType it)
    {
        var name = "type:.imethods." + TypeNames.Link(t);
        if (done.ContainsKey(name)) return name;
        var ms = it.AllMethods;
        var arr = new DataSymbol(name + ".list", Math.Max(8, 24 * ms.Length), new byte[Math.Max(8, 24 * ms.Length)], true, true, false);
        var head = new DataSymbol(name, 16, new byte[16], true, true, false);
        done[name] = head;
        ir.Data.Add(head);
        ir.Data.Add(arr);
        PutU64(head.Content!, 0, (ulong)ms.Length);
        head.Addresses.Add((8, arr.Name));
        for (int i = 0; i < ms.Length; i++)
        {
            PutString(arr, 24 * i, MethodName(ms[i]));
            arr.Addresses.Add((24 * i + 16, Of(WithoutRecv(ms[i].Signature))));
        }
        return name;
    }

    /// <summary>A method's name in method tables: exported names as they are, unexported ones qualified by package path.</summary>
    public static string MethodName(FuncObj m) => m.Exported || m.Pkg == null ? m.Name : $"{m.Pkg.Path}.{m.Name}";

    private static Signature WithoutRecv(Signature s) => new(null, s.Params, s.Results, s.Variadic);

    /// <summary>The method expression's type: s with a first parameter of receiver type t.</summary>
    private static Signature WithRecv(GoType t, Signature s) =>
        new(null, new TupleType([new VarObj("", default, null, t), .. s.Params.Vars]), s.Results, s.Variadic);

    /// <summary>The method set of t that an interface can call (value methods for T, all for *T, promoted ones too), sorted.</summary>
    public static List<MethodEntry> Methods(GoType t) => MethodSets.Of(t);

    private string Uncommon(GoType t, List<MethodEntry> ms)
    {
        var name = "type:.uncommon." + TypeNames.Link(t);
        if (done.ContainsKey(name)) return name;
        var head = new DataSymbol(name, 40, new byte[40], true, true, false);
        var arr = new DataSymbol(name + ".methods", Math.Max(8, 32 * ms.Count), new byte[Math.Max(8, 32 * ms.Count)], true, true, false);
        // reflect's Method.Type and Method.Func: each method's func type with the receiver first.
        var ftypes = new DataSymbol(name + ".ftypes", Math.Max(8, 8 * ms.Count), new byte[Math.Max(8, 8 * ms.Count)], true, true, false);
        done[name] = head;
        ir.Data.Add(head);
        ir.Data.Add(arr);
        ir.Data.Add(ftypes);
        head.Addresses.Add((32, ftypes.Name));
        var named = t as NamedType ?? (t as PointerType)?.Elem as NamedType;
        PutString(head, 0, named?.Obj.Pkg?.Path ?? (t is BasicType { Kind: BasicKind.UnsafePointer } ? "unsafe" : ""));
        PutU64(head.Content!, 16, (ulong)ms.Count);
        head.Addresses.Add((24, arr.Name));
        for (int i = 0; i < ms.Count; i++)
        {
            var m = ms[i].Method;
            PutString(arr, 32 * i, MethodName(m));
            arr.Addresses.Add((32 * i + 16, Of(WithoutRecv(m.Signature))));
            arr.Addresses.Add((32 * i + 24, methodWrapper(ms[i], t)));
            ftypes.Addresses.Add((8 * i, Of(WithRecv(t, WithoutRecv(m.Signature)))));
        }
        return name;
    }

    /// <summary>The itab for concrete type t in interface type iface: the code of t's methods in the interface's order.</summary>
    public string Itab(GoType t, GoType iface)
    {
        var name = $"go:itab.{TypeNames.Link(t)},{TypeNames.Link(iface)}";
        if (done.ContainsKey(name)) return name;
        var ims = ((InterfaceType)iface.Underlying).AllMethods;
        var d = new DataSymbol(name, 24 + 8 * Math.Max(1, ims.Length), new byte[24 + 8 * Math.Max(1, ims.Length)], true, true, false);
        done[name] = d;
        ir.Data.Add(d);
        d.Addresses.Add((0, Of(iface)));
        d.Addresses.Add((8, Of(t)));
        PutU64(d.Content!, 16, Hash(TypeNames.Link(t)));
        var ms = Methods(t);
        for (int i = 0; i < ims.Length; i++)
        {
            var im = ims[i];
            var entry = ms.First(x => MethodName(x.Method) == MethodName(im));
            d.Addresses.Add((24 + 8 * i, methodWrapper(entry, t)));
        }
        return name;
    }
}

/// <summary>
/// Type strings. Link names (symbols, hashes) are Go's type strings with full package paths, so that
/// distinct types never share a name; reflect strings are what reflect and %T print: package names
/// instead of paths, struct fields unqualified, byte and rune as uint8 and int32.
/// </summary>
public static class TypeNames
{
    public static string Link(GoType t)
    {
        var sb = new StringBuilder();
        Write(sb, t, reflect: false);
        return sb.ToString();
    }

    /// <summary>
    /// A defined type's name as it appears in the symbols of its methods and wrappers: T, or for an
    /// instance of a generic type its type arguments in link form, List[int], Pair[string,main.P].
    /// </summary>
    public static string SymbolName(NamedType n) => NameWithArgs(n, localSuffix: true);

    /// <summary>
    /// A defined type's name with its type arguments (which name their packages by path even in
    /// reflect's form, as gc prints them: main.Box[example.com/lib.T]); localSuffix adds the ·N that
    /// tells apart types declared inside functions (symbols only; reflect prints main.T for both).
    /// </summary>
    private static string NameWithArgs(NamedType n, bool localSuffix)
    {
        var name = localSuffix && n.Obj is TypeNameObj { LocalIndex: > 0 } local ? $"{n.Obj.Name}·{local.LocalIndex}" : n.Obj.Name;
        return n.TypeArgs.Length == 0 ? name : $"{name}[{string.Join(",", n.TypeArgs.Select(Link))}]";
    }

    public static string Reflect(GoType t)
    {
        var sb = new StringBuilder();
        Write(sb, t, reflect: true);
        return sb.ToString();
    }

    /// <summary>Aliases print as what they stand for: byte is uint8, rune is int32.</summary>
    private static string BasicName(BasicType b) => b.Kind switch
    {
        BasicKind.Uint8 => "uint8",
        BasicKind.Int32 => "int32",
        _ => b.Name,
    };

    private static void Write(StringBuilder sb, GoType t, bool reflect)
    {
        switch (t)
        {
            case NamedType n:
                if (n.Obj.Pkg is { } p) sb.Append(reflect ? p.Name : p.Path).Append('.');
                sb.Append(NameWithArgs(n, localSuffix: !reflect));
                break;
            case BasicType b: sb.Append(BasicName(b)); break;
            case PointerType pt: sb.Append('*'); Write(sb, pt.Elem, reflect); break;
            case SliceType s: sb.Append("[]"); Write(sb, s.Elem, reflect); break;
            case ArrayType a: sb.Append('[').Append(a.Len).Append(']'); Write(sb, a.Elem, reflect); break;
            case MapType m: sb.Append("map["); Write(sb, m.Key, reflect); sb.Append(']'); Write(sb, m.Elem, reflect); break;
            case ChanType c:
                sb.Append(c.Dir switch { ChanDir.SendOnly => "chan<- ", ChanDir.RecvOnly => "<-chan ", _ => "chan " });
                // chan (<-chan int) needs parentheses to mean what it says.
                var paren = c.Dir == ChanDir.Both && c.Elem is ChanType { Dir: ChanDir.RecvOnly };
                if (paren) sb.Append('(');
                Write(sb, c.Elem, reflect);
                if (paren) sb.Append(')');
                break;
            case StructType st:
                sb.Append("struct {");
                for (int i = 0; i < st.Fields.Length; i++)
                {
                    sb.Append(i == 0 ? " " : "; ");
                    var f = st.Fields[i];
                    if (!f.Embedded)
                    {
                        if (!reflect && !f.Exported && f.Pkg != null) sb.Append(f.Pkg.Path).Append('.');
                        sb.Append(f.Name).Append(' ');
                    }
                    else if (!reflect && (f.Name != EmbeddedName(f.Type) || (!f.Exported && f.Pkg != null)))
                    {
                        // An unexported embedded field (struct{ int }) belongs to its package, as
                        // gc's link names say (struct { test/a.int = int }): two packages' are different types.
                        // Embedded through an alias (type Int = int; struct{ Int }): the field is named
                        // Int, a type different from struct{ int }. Link names say so as gc's do,
                        // struct { Int = int }; reflect's string is struct { int } for both.
                        if (!f.Exported && f.Pkg != null) sb.Append(f.Pkg.Path).Append('.');
                        sb.Append(f.Name).Append(" = ");
                    }
                    Write(sb, f.Type, reflect);
                    if (st.Tag(i).Length > 0) sb.Append(' ').Append(ByteString.Quote(ByteString.FromUtf8(st.Tag(i))));
                }
                sb.Append(st.Fields.Length > 0 ? " }" : "}");
                break;
            case Signature sig:
                sb.Append("func");
                WriteSig(sb, sig, reflect);
                break;
            case InterfaceType it:
                if (it.AllMethods.Length == 0) { sb.Append("interface {}"); break; }
                // interface { F() interface { I1 } } where I1's F returns that same literal again: the
                // second time round, name the embedded interfaces instead of listing their methods.
                writing ??= new(ReferenceEqualityComparer.Instance);
                if (!writing.Add(it))
                {
                    sb.Append("interface {");
                    for (int i = 0; i < it.Embedded.Length; i++) { sb.Append(i == 0 ? " " : "; "); Write(sb, it.Embedded[i], reflect); }
                    sb.Append(" }");
                    break;
                }
                sb.Append("interface {");
                for (int i = 0; i < it.AllMethods.Length; i++)
                {
                    var m = it.AllMethods[i];
                    sb.Append(i == 0 ? " " : "; ");
                    if (m.Exported || m.Pkg == null) sb.Append(m.Name);
                    else sb.Append(reflect ? m.Pkg.Name : m.Pkg.Path).Append('.').Append(m.Name);
                    WriteSig(sb, m.Signature, reflect);
                }
                sb.Append(" }");
                writing.Remove(it);
                break;
            default: sb.Append(t.ToString()); break;
        }
    }

    /// <summary>The name a field embedding type t gets when t is written by its own name (T or *T).</summary>
    private static string? EmbeddedName(GoType t) => (t is PointerType p ? p.Elem : t) switch
    {
        NamedType n => n.Obj.Name,
        BasicType b => b.Name,
        _ => null,
    };

    [ThreadStatic] private static HashSet<InterfaceType>? writing;

    private static void WriteSig(StringBuilder sb, Signature sig, bool reflect)
    {
        sb.Append('(');
        for (int i = 0; i < sig.Params.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            if (sig.Variadic && i == sig.Params.Count - 1) { sb.Append("..."); Write(sb, ((SliceType)sig.Params[i]).Elem, reflect); }
            else Write(sb, sig.Params[i], reflect);
        }
        sb.Append(')');
        if (sig.Results.Count == 1) { sb.Append(' '); Write(sb, sig.Results[0], reflect); }
        else if (sig.Results.Count > 1)
        {
            sb.Append(" (");
            for (int i = 0; i < sig.Results.Count; i++) { if (i > 0) sb.Append(", "); Write(sb, sig.Results[i], reflect); }
            sb.Append(')');
        }
    }
}
