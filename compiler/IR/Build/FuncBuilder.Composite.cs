using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Composite literals: structs and arrays are built in a zeroed temporary, slices in a new array,
// &T{...} in a new object; those two, new(T) and make([]T, n) are allocated by Allocate.
public sealed partial class FuncBuilder
{
    /// <summary>Allocation sites escape analysis keeps in the frame (Escape.Analyze).</summary>
    private HashSet<Ast.Node> stackAllocs = new(ReferenceEqualityComparer.Instance);

    /// <summary>The largest object an allocation site may put in the frame (gc's limit for implicit variables).</summary>
    public const long MaxStackAllocSize = 64 << 10;

    /// <summary>
    /// A new zeroed object of type t for an allocation site (new(T), &amp;T{...}, the array of a slice
    /// literal): in the frame when escape analysis proved that it does not outlive it and it is at
    /// most MaxStackAllocSize bytes, else on the heap. Records the decision for -m in gc's words
    /// ("new(T) does not escape", "&amp;T{...} escapes to heap").
    /// </summary>
    private Value Allocate(Ast.Node site, GoType t, string what, SourcePos pos)
    {
        if (StackObject(site, t, what, pos) is { } p) return p;
        EscapesToHeap(pos, what);
        return New(t, pos).Single;
    }

    /// <summary>A zeroed frame object of type t for the site, or null when it must be on the heap.</summary>
    private Value? StackObject(Ast.Node site, GoType t, string what, SourcePos pos)
    {
        var size = Layout.Sizeof(t);
        if (!stackAllocs.Contains(site) || size > MaxStackAllocSize) return null;
        ir.EscapeNotes.Add((pos, what + " does not escape"));
        var slot = f.NewSlot("alloc", Math.Max(8, size), Math.Max(8, Layout.Alignof(t)), true);
        var addr = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
        addr.Aux = slot;
        // Every execution of the site gets zeroed memory (the slot is reused by the next one).
        if (size <= 256) ZeroMem(addr, size, pos);
        else ScalarCall("runtime.memclrNoHeapPointers", [addr, Const64(size, pos)], [], pos);
        return addr;
    }

    /// <summary>Bytes of the runtime's map header (runtime.hmap, runtime-stubs/runtime/map.go: 9 words).</summary>
    private const long HmapSize = 9 * 8;

    /// <summary>make(map[K]E, hint) or a map literal: its header in the frame when escape analysis allows it.</summary>
    private GoVal MakeMapAt(Ast.Node site, GoType t, Value hint, string what, SourcePos pos)
    {
        if (StackObject(site, new ArrayType(Universe.UnsafePointer, HmapSize / 8), what, pos) is { } h)
        {
            var p = ScalarCall("runtime.makemapInFrame", [TypeAddr(t, pos), hint, h], [Universe.UnsafePointer], pos)[0].Single;
            return new GoVal(t, [p], null);
        }
        EscapesToHeap(pos, what);
        return MakeMap(t, hint, pos);
    }

    /// <summary>
    /// make([]T, len[, cap]) in the frame when escape analysis allows it (constant sizes, 0 ≤ len ≤
    /// cap, at most MaxStackAllocSize bytes); null otherwise, after recording that it escapes.
    /// </summary>
    private GoVal? StackMake(Ast.CallExpr call, GoType t, SliceType st, Value len, Value cap)
    {
        var sizes = call.Args.Skip(1).Select(a => info.TypeOf(a)?.Value?.ToInt()?.Int).ToList();
        var what = "make(" + ShortType(t) + string.Concat(call.Args.Skip(1).Select((a, i) => ", " + (sizes[i]?.ToString() ?? Ast.GoSyntaxPrinter.String(a)))) + ")";
        if (sizes.All(x => x != null))
        {
            var n = (long)sizes[^1]!.Value;
            var l = (long)sizes[0]!.Value;
            var es = Layout.Sizeof(st.Elem);
            if (l >= 0 && l <= n && (es == 0 || n <= MaxStackAllocSize / es)
                && StackObject(call, new ArrayType(st.Elem, n), what, call.Pos) is { } p)
                return new GoVal(t, [p, len, cap], null);
        }
        EscapesToHeap(call.Pos, what);
        return null;
    }

    private GoVal CompositeLit(Ast.CompositeLit cl)
    {
        var t = info.TypeOf(cl)!.Type;
        if (t.Underlying is PointerType pt)
        {
            // An elided &T{...} inside another literal.
            var p = New(pt.Elem, cl.Pos).Single;
            FillPointee(p, pt.Elem, cl);
            return new GoVal(t, [p], null);
        }
        return LiteralValue(cl, t);
    }

    /// <summary>Fills the zeroed new object p of &amp;T{...}: structs and arrays in place, a slice or map
    /// (T a slice or map type) made as a value and stored there.</summary>
    private void FillPointee(Value p, GoType t, Ast.CompositeLit cl)
    {
        if (t.Underlying is StructType or ArrayType) FillInto(p, t, cl);
        else StoreTo(p, LiteralValue(cl, t), cl.Pos);
    }

    /// <summary>The value of composite literal cl of type t (cl's own type, or T of an elided &amp;T{...}).</summary>
    private GoVal LiteralValue(Ast.CompositeLit cl, GoType t)
    {
        switch (t.Underlying)
        {
            case StructType or ArrayType when Layout.Sizeof(t) > MaxStackAllocSize:
            {
                // Too big for the frame: built in a new (zeroed) heap object.
                var addr = New(t, cl.Pos).Single;
                FillInto(addr, t, cl);
                return new GoVal(t, null, addr);
            }
            case StructType or ArrayType:
            {
                var tmp = f.NewSlot("lit", Math.Max(8, Layout.Sizeof(t)), Math.Max(8, Layout.Alignof(t)), true);
                var addr = cur!.NewValue(Op.LocalAddr, IrType.Ptr, cl.Pos);
                addr.Aux = tmp;
                ZeroMem(addr, Layout.Sizeof(t), cl.Pos);
                FillInto(addr, t, cl);
                if (TypeParts.Of(t) != null) return Load(addr, t, cl.Pos);
                return new GoVal(t, null, addr);
            }
            case SliceType st:
            {
                var n = LiteralLength(cl);
                var arrType = new ArrayType(st.Elem, n);
                var p = n == 0 ? ZeroBase(cl.Pos) : Allocate(cl, arrType, ShortType(t) + "{...}", cl.Pos);
                FillInto(p, arrType, cl);
                var len = Const64(n, cl.Pos);
                return new GoVal(t, [p, len, len], null);
            }
            case MapType mt:
                return MapLiteral(cl, t, mt);
            default:
                throw Unsupported(cl.Pos, $"composite literals of type {t}");
        }
    }

    private Value ZeroBase(SourcePos pos)
    {
        var z = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
        z.Aux = "runtime.zerobase";
        return z;
    }

    private void ZeroMem(Value addr, long size, SourcePos pos)
    {
        if (size == 0) return;
        var z = cur!.NewValue(Op.Zero, IrType.Mem, pos, addr, Mem(pos));
        z.AuxInt = size;
        SetMem(z);
    }

    /// <summary>The length of an array or slice literal: one past its highest index.</summary>
    private long LiteralLength(Ast.CompositeLit cl)
    {
        long next = 0, max = 0;
        foreach (var e in cl.Elems)
        {
            if (e is Ast.KeyValueExpr kv) next = (long)info.TypeOf(kv.Key)!.Value!.ToInt()!.Int;
            next++;
            max = Math.Max(max, next);
        }
        return max;
    }

    /// <summary>Stores a literal's elements into zeroed memory of type t at addr.</summary>
    private void FillInto(Value addr, GoType t, Ast.CompositeLit cl)
    {
        switch (t.Underlying)
        {
            case StructType st:
            {
                var offs = Layout.Offsets(st);
                for (int i = 0; i < cl.Elems.Length; i++)
                {
                    var e = cl.Elems[i];
                    int field;
                    Ast.Expr valueExpr;
                    if (e is Ast.KeyValueExpr kv)
                    {
                        var name = ((Ast.Name)kv.Key).Value;
                        field = st.Fields.ToList().FindIndex(fl => fl.Name == name);
                        valueExpr = kv.Value;
                    }
                    else { field = i; valueExpr = e; }
                    if (st.Fields[field].Name == "_")
                    {
                        // A blank field's value is evaluated (its calls and faults happen) but never stored: the field stays zero.
                        KeepFaults(Expr(valueExpr), valueExpr.Pos);
                        continue;
                    }
                    StoreElem(addr, offs[field], st.Fields[field].Type, valueExpr);
                }
                break;
            }
            case ArrayType at:
            {
                long idx = 0;
                var es = Layout.Sizeof(at.Elem);
                foreach (var e in cl.Elems)
                {
                    var valueExpr = e;
                    if (e is Ast.KeyValueExpr kv)
                    {
                        idx = (long)info.TypeOf(kv.Key)!.Value!.ToInt()!.Int;
                        valueExpr = kv.Value;
                    }
                    StoreElem(addr, idx * es, at.Elem, valueExpr);
                    idx++;
                }
                break;
            }
            default:
                throw Unsupported(cl.Pos, $"composite literals of type {t}");
        }
    }

    /// <summary>Stores one element (a nested literal goes straight into place).</summary>
    private void StoreElem(Value baseAddr, long off, GoType et, Ast.Expr e)
    {
        var at = off == 0 ? baseAddr : cur!.NewValue(Op.Add, IrType.Ptr, e.Pos, baseAddr, Const64(off, e.Pos));
        if (Unparen(e) is Ast.CompositeLit inner && info.TypeOf(inner)!.Type.Underlying is StructType or ArrayType
            && Predicates.Identical(info.TypeOf(inner)!.Type, et))
        {
            FillInto(at, et, inner);
            return;
        }
        var v = Convert(Expr(e), et, e.Pos);
        if (IsZeroConstant(v)) return; // the memory is already zero
        StoreTo(at, v, e.Pos);
    }

    private static bool IsZeroConstant(GoVal v) =>
        v.Parts != null && v.Parts.All(p => p.Resolve() is { Op: Op.Const or Op.ConstF, AuxInt: 0 });

    /// <summary>A map literal: make the map, then assign each entry in order.</summary>
    private GoVal MapLiteral(Ast.CompositeLit cl, GoType t, MapType mt)
    {
        var m = MakeMapAt(cl, t, Const64(cl.Elems.Length, cl.Pos), ShortType(t) + (cl.Elems.Length == 0 ? "{}" : "{...}"), cl.Pos);
        foreach (var e in cl.Elems)
        {
            var kv = (Ast.KeyValueExpr)e;
            var key = Convert(Expr(kv.Key), mt.Key, kv.Pos);
            var val = Convert(Expr(kv.Value), mt.Elem, kv.Pos);
            StoreTo(MapAssignAddr(m, mt, key, kv.Pos), val, kv.Pos);
        }
        return m;
    }
}
