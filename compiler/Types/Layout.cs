namespace Gosharp.Compiler.Types;

/// <summary>Sizes, alignments and field offsets on linux/arm64 (gc's layout: 8-byte words, fields in order, padded).</summary>
public static class Layout
{
    public const int PtrSize = 8;

    /// <summary>
    /// A type containing itself by value (an invalid recursive type, which the checker reports) is laid
    /// out as an invalid type, never with a stack overflow: a defined type met again inside its own
    /// layout, or (for instances of generic types, made anew at each level) nesting deeper than MaxDepth.
    /// </summary>
    private const int MaxDepth = 500;
    [ThreadStatic] private static int depth;
    [ThreadStatic] private static HashSet<NamedType>? inProgress;

    private static bool Enter(GoType t)
    {
        if (depth >= MaxDepth) return false;
        if (t is NamedType { IsInstance: false } n && !(inProgress ??= new(ReferenceEqualityComparer.Instance)).Add(n)) return false;
        depth++;
        return true;
    }

    private static void Leave(GoType t)
    {
        depth--;
        if (t is NamedType { IsInstance: false } n) inProgress!.Remove(n);
    }

    public static long Sizeof(GoType t)
    {
        if (!Enter(t)) return 0;
        try { return SizeofUnder(t); }
        finally { Leave(t); }
    }

    private static long SizeofUnder(GoType t) => t.Underlying switch
    {
        BasicType b => b.Kind switch
        {
            BasicKind.Bool or BasicKind.Int8 or BasicKind.Uint8 => 1,
            BasicKind.Int16 or BasicKind.Uint16 => 2,
            BasicKind.Int32 or BasicKind.Uint32 or BasicKind.Float32 => 4,
            BasicKind.Complex64 => 8,
            BasicKind.Complex128 => 16,
            BasicKind.String => 16,
            BasicKind.Invalid => 0,
            _ => 8,
        },
        SliceType => 24,
        InterfaceType => 16,
        ArrayType a => a.Len * Sizeof(a.Elem),
        StructType s => StructSize(s),
        TupleType tt => TupleSize(tt),
        _ => 8, // pointers, maps, chans, funcs
    };

    public static long Alignof(GoType t)
    {
        if (!Enter(t)) return 1;
        try { return AlignofUnder(t); }
        finally { Leave(t); }
    }

    private static long AlignofUnder(GoType t) => t.Underlying switch
    {
        BasicType b => b.Kind switch
        {
            BasicKind.Complex64 => 4,
            BasicKind.Complex128 => 8,
            BasicKind.String => 8,
            _ => Math.Max(1, Math.Min(8, Sizeof(b))),
        },
        ArrayType a => Alignof(a.Elem),
        StructType s => s.Fields.Length == 0 ? 1 : s.Fields.Max(f => Alignof(f.Type)),
        _ => 8,
    };

    public static long[] Offsets(StructType s)
    {
        var offs = new long[s.Fields.Length];
        long off = 0;
        for (int i = 0; i < s.Fields.Length; i++)
        {
            var a = Alignof(s.Fields[i].Type);
            off = Align(off, a);
            offs[i] = off;
            off += Sizeof(s.Fields[i].Type);
        }
        return offs;
    }

    private static long StructSize(StructType s)
    {
        if (s.Fields.Length == 0) return 0;
        var offs = Offsets(s);
        var last = offs[^1] + Sizeof(s.Fields[^1].Type);
        // gc pads a struct ending in a zero-size field so &last field does not point past the object.
        if (Sizeof(s.Fields[^1].Type) == 0 && last > 0) last++;
        return Align(last, Alignof(s));
    }

    private static long TupleSize(TupleType t)
    {
        long off = 0;
        foreach (var v in t.Vars) off = Align(off, Alignof(v.Type)) + Sizeof(v.Type);
        return Align(off, 8);
    }

    public static long Align(long x, long a) => a <= 1 ? x : (x + a - 1) / a * a;
}
