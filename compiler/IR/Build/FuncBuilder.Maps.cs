using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Maps: calls into the runtime's hash map (runtime-stubs/runtime/map.go). A map value is one pointer
// (*hmap, nil for a nil map). Keys go to the runtime by address: each is stored in a stack temporary
// first. The runtime hands back a pointer to the element slot, which the caller loads or stores.
public sealed partial class FuncBuilder
{
    private GoVal MakeMap(GoType t, Value hint, SourcePos pos)
    {
        var p = ScalarCall("runtime.makemap", [TypeAddr(t, pos), hint], [Universe.UnsafePointer], pos)[0].Single;
        return new GoVal(t, [p], null);
    }

    /// <summary>The key in a fresh stack temporary; returns its address.</summary>
    private Value KeyTemp(GoVal key, MapType mt, SourcePos pos)
    {
        var k = Convert(key, mt.Key, pos);
        var slot = f.NewSlot("key", Math.Max(8, Layout.Sizeof(mt.Key)), Math.Max(8, Layout.Alignof(mt.Key)), HasPointers(mt.Key));
        var a = SlotAddr(slot, pos);
        StoreTo(a, k, pos);
        return a;
    }

    private Value SlotAddr(StackSlot slot, SourcePos pos)
    {
        var a = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
        a.Aux = slot;
        return a;
    }

    /// <summary>Loads an element through a pointer into the map, copying values kept in memory (a later
    /// map write may move or reuse the slot the pointer refers to).</summary>
    private GoVal LoadElem(Value p, GoType et, SourcePos pos)
    {
        var v = Load(p, et, pos);
        if (v.Parts != null) return v;
        var slot = f.NewSlot("elem", Math.Max(8, Layout.Sizeof(et)), Math.Max(8, Layout.Alignof(et)), HasPointers(et));
        StoreTo(SlotAddr(slot, pos), v, pos);
        return new GoVal(et, null, SlotAddr(slot, pos));
    }

    /// <summary>m[k] as a value: the element, or the zero value when k is absent.</summary>
    private GoVal MapIndex(GoVal m, MapType mt, Value keyAddr, SourcePos pos)
    {
        var p = ScalarCall("runtime.mapaccess1", [TypeAddr(m.Type, pos), m.Single, keyAddr], [Universe.UnsafePointer], pos)[0].Single;
        return LoadElem(p, mt.Elem, pos);
    }

    private GoVal MapIndexExpr(Ast.IndexExpr ix)
    {
        var m = Expr(ix.X);
        var mt = (MapType)m.Type.Underlying;
        var k = KeyTemp(Expr(ix.Index), mt, ix.Pos);
        return MapIndex(m, mt, k, ix.Pos);
    }

    /// <summary>v, ok := m[k].</summary>
    private List<GoVal> MapIndexCommaOk(Ast.IndexExpr ix)
    {
        var m = Expr(ix.X);
        var mt = (MapType)m.Type.Underlying;
        var k = KeyTemp(Expr(ix.Index), mt, ix.Pos);
        var r = ScalarCall("runtime.mapaccess2", [TypeAddr(m.Type, ix.Pos), m.Single, k], [Universe.UnsafePointer, Universe.Bool], ix.Pos);
        return [LoadElem(r[0].Single, mt.Elem, ix.Pos), r[1]];
    }

    /// <summary>The element slot for m[k] = v, the entry added when k is absent.</summary>
    private Value MapAssignAddr(GoVal m, MapType mt, GoVal key, SourcePos pos) =>
        MapAssignAt(m, KeyTemp(key, mt, pos), pos);

    private Value MapAssignAt(GoVal m, Value keyAddr, SourcePos pos) =>
        ScalarCall("runtime.mapassign", [TypeAddr(m.Type, pos), m.Single, keyAddr], [Universe.UnsafePointer], pos)[0].Single;

    private void MapDelete(Ast.CallExpr call)
    {
        var args = BuiltinArgs(call);
        var m = args[0];
        var mt = (MapType)m.Type.Underlying;
        var k = KeyTemp(args[1], mt, call.Pos);
        ScalarCall("runtime.mapdelete", [TypeAddr(m.Type, call.Pos), m.Single, k], [], call.Pos);
    }

    /// <summary>
    /// range over a map: an iterator (runtime.hiter) in the frame; its first word points at the
    /// current key (nil when done), its second at the element.
    /// </summary>
    private void MapRange(Ast.ForStmt s, Ast.RangeClause rc, string? label)
    {
        var pos = rc.Pos;
        var m = Expr(rc.X);
        var mt = (MapType)m.Type.Underlying;
        var it = f.NewSlot("hiter", 9 * 8, 8, true);
        ZeroMem(SlotAddr(it, pos), 9 * 8, pos);
        ScalarCall("runtime.mapiterinit", [TypeAddr(m.Type, pos), m.Single, SlotAddr(it, pos)], [], pos);
        var keyExpr = rc.Lhs.Length > 0 ? rc.Lhs[0] : null;
        var valExpr = rc.Lhs.Length > 1 ? rc.Lhs[1] : null;

        var header = NewBlock();
        var body = NewBlock();
        var post = NewBlock();
        var exit = NewBlock();
        Jump(header);
        StartBlock(header, seal: false);
        var keyPtr = Load(SlotAddr(it, pos), Universe.UnsafePointer, pos).Single;
        Branch(cur!.NewValue(Op.Ne, IrType.Bool, pos, keyPtr, Const64(0, pos)), body, exit);
        StartBlock(body);
        keyPtr = Load(SlotAddr(it, pos), Universe.UnsafePointer, pos).Single;
        if (keyExpr != null && Unparen(keyExpr) is not Ast.Name { Value: "_" })
            AssignRangeVar(keyExpr, LoadElem(keyPtr, mt.Key, pos), rc.IsDefine, pos);
        if (valExpr != null && Unparen(valExpr) is not Ast.Name { Value: "_" })
        {
            var elemPtr = cur!.NewValue(Op.Load, IrType.Ptr, pos, SlotAddr(it, pos), Mem(pos));
            elemPtr.AuxInt = 8;
            AssignRangeVar(valExpr, LoadElem(elemPtr, mt.Elem, pos), rc.IsDefine, pos);
        }
        targets.Add((s, exit, post, label));
        Stmt(s.Body);
        targets.RemoveAt(targets.Count - 1);
        Jump(post);
        StartBlock(post);
        if (post.Preds.Count == 0) cur = null;
        else
        {
            ScalarCall("runtime.mapiternext", [SlotAddr(it, pos)], [], pos);
            Jump(header);
        }
        vars.Seal(header);
        StartBlock(exit);
        if (exit.Preds.Count == 0) cur = null;
    }
}
