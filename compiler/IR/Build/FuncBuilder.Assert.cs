using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Type assertions x.(T) and type switches.
public sealed partial class FuncBuilder
{
    /// <summary>The dynamic type's descriptor of interface value x (nil for a nil interface).</summary>
    private Value DynamicType(GoVal x, SourcePos pos)
    {
        var w = x.Parts![0];
        if (((InterfaceType)x.Type.Underlying).IsEmpty) return w;
        return ScalarCall("runtime.itabType", [w], [Universe.UnsafePointer], pos)[0].Single;
    }

    /// <summary>
    /// Whether interface value x holds type t (concrete: one descriptor comparison; interface: the
    /// runtime looks up an itab, which the conversion then uses).
    /// </summary>
    private (Value Ok, Value? Itab) HasType(GoVal x, GoType t, SourcePos pos)
    {
        var dyn = DynamicType(x, pos);
        if (t.Underlying is InterfaceType target)
        {
            if (target.IsEmpty) return (cur!.NewValue(Op.Ne, IrType.Bool, pos, dyn, ConstPart(IrType.Ptr, 0, pos)), null);
            var tab = ScalarCall("runtime.assertE2I2", [TypeAddr(t, pos), dyn], [Universe.UnsafePointer], pos)[0].Single;
            return (cur!.NewValue(Op.Ne, IrType.Bool, pos, tab, ConstPart(IrType.Ptr, 0, pos)), tab);
        }
        return (cur!.NewValue(Op.Eq, IrType.Bool, pos, dyn, TypeAddr(t, pos)), null);
    }

    /// <summary>The value of type t held by interface x (which is known to hold it).</summary>
    private GoVal Unbox(GoVal x, GoType t, Value? itab, SourcePos pos)
    {
        var data = x.Parts![1];
        if (t.Underlying is InterfaceType target)
        {
            if (target.IsEmpty) return new GoVal(t, [DynamicType(x, pos), data], null);
            return new GoVal(t, [itab!, data], null);
        }
        if (TypeDescriptors.IsDirectIface(t))
        {
            if (TypeParts.Of(t) != null) return new GoVal(t, [data], null);
            // A one-pointer struct or array: the word is the value.
            var tmp = f.NewSlot("unbox", 8, 8, true);
            var ta = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
            ta.Aux = tmp;
            SetMem(StoreWord(ta, 0, data, pos));
            return new GoVal(t, null, ta);
        }
        return Load(data, t, pos);
    }

    /// <summary>x.(T), panicking as gc does when x does not hold T.</summary>
    private GoVal TypeAssert(Ast.AssertExpr ae)
    {
        var x = Expr(ae.X);
        var t = info.TypeOf(ae)!.Type;
        var (ok, itab) = HasType(x, t, ae.Pos);
        var fail = NewBlock();
        var good = NewBlock();
        Branch(ok, good, fail);
        fail.Likely = -1;
        StartBlock(fail);
        ScalarCall("runtime.panicdottype", [DynamicType(x, ae.Pos), TypeAddr(t, ae.Pos), TypeAddr(x.Type, ae.Pos)], [], ae.Pos);
        cur!.Kind = BlockKind.Exit;
        cur = null;
        StartBlock(good);
        return Unbox(x, t, itab, ae.Pos);
    }

    /// <summary>v, ok := x.(T): the value (or T's zero value) and whether x holds T.</summary>
    private List<GoVal> TypeAssertCommaOk(Ast.AssertExpr ae)
    {
        var x = Expr(ae.X);
        var t = ((TupleType)info.TypeOf(ae)!.Type) is { } tt && tt.Count == 2 ? tt[0] : info.TypeOf(ae)!.Type;
        var (ok, itab) = HasType(x, t, ae.Pos);
        // The result goes through a temporary: assigned in the "holds" branch, zero otherwise.
        var tmp = f.NewSlot("assert", Math.Max(8, Layout.Sizeof(t)), Math.Max(8, Layout.Alignof(t)), true);
        var ta = cur!.NewValue(Op.LocalAddr, IrType.Ptr, ae.Pos);
        ta.Aux = tmp;
        ZeroMem(ta, Layout.Sizeof(t), ae.Pos);
        var yes = NewBlock();
        var done = NewBlock();
        Branch(ok, yes, done);
        StartBlock(yes);
        var ta2 = cur!.NewValue(Op.LocalAddr, IrType.Ptr, ae.Pos);
        ta2.Aux = tmp;
        StoreTo(ta2, Unbox(x, t, itab, ae.Pos), ae.Pos);
        Jump(done);
        StartBlock(done);
        var ta3 = cur!.NewValue(Op.LocalAddr, IrType.Ptr, ae.Pos);
        ta3.Aux = tmp;
        var v = Load(ta3, t, ae.Pos);
        if (v.Addr != null)
        {
            // Copy the aggregate out of the shared temporary.
            var own = f.NewSlot("assertv", Math.Max(8, Layout.Sizeof(t)), Math.Max(8, Layout.Alignof(t)), true);
            var oa = cur!.NewValue(Op.LocalAddr, IrType.Ptr, ae.Pos);
            oa.Aux = own;
            StoreTo(oa, v, ae.Pos);
            v = new GoVal(t, null, oa);
        }
        return [v, new GoVal(Universe.Bool, [ok], null)];
    }

    /// <summary>
    /// switch v := x.(type) { case T1, T2: ... case nil: ... default: ... }: each case tests the
    /// dynamic type in order; a clause with a single type binds v to the value as that type, others to x.
    /// </summary>
    private void TypeSwitch(Ast.SwitchStmt s, Ast.TypeSwitchGuard g, string? label)
    {
        var x = Expr(g.X);
        var exit = NewBlock();
        var bodies = s.Body.Select(_ => NewBlock()).ToList();
        var itabs = new Value?[s.Body.Length];
        int defaultIndex = -1;
        // The dynamic type is the same for every test: compute it once.
        var dyn = DynamicType(x, s.Pos);
        var xWithDyn = x;
        for (int i = 0; i < s.Body.Length; i++)
        {
            var cc = s.Body[i];
            if (cc.IsDefault) { defaultIndex = i; continue; }
            foreach (var ce in cc.Cases)
            {
                var next = NewBlock();
                Value test;
                var ct = info.TypeOf(ce)!;
                if (ct.Type == Universe.UntypedNil || Unparen(ce) is Ast.Name { Value: "nil" } && ct.Mode != Mode.TypeExpr)
                    test = cur!.NewValue(Op.Eq, IrType.Bool, ce.Pos, dyn, ConstPart(IrType.Ptr, 0, ce.Pos));
                else if (ct.Type.Underlying is InterfaceType ti && !ti.IsEmpty)
                {
                    var (ok, tab) = HasType(xWithDyn, ct.Type, ce.Pos);
                    test = ok;
                    if (cc.Cases.Length == 1) itabs[i] = tab;
                }
                else if (ct.Type.Underlying is InterfaceType)
                    test = cur!.NewValue(Op.Ne, IrType.Bool, ce.Pos, dyn, ConstPart(IrType.Ptr, 0, ce.Pos));
                else
                    test = cur!.NewValue(Op.Eq, IrType.Bool, ce.Pos, dyn, TypeAddr(ct.Type, ce.Pos));
                Branch(test, bodies[i], next);
                StartBlock(next);
            }
        }
        Jump(defaultIndex >= 0 ? bodies[defaultIndex] : exit);
        targets.Add((s, exit, null, label));
        for (int i = 0; i < s.Body.Length; i++)
        {
            var cc = s.Body[i];
            StartBlock(bodies[i]);
            if (bodies[i].Preds.Count == 0) { cur = null; continue; }
            if (info.Implicits.GetValueOrDefault(cc) is VarObj v)
            {
                var single = cc.Cases.Length == 1 && info.TypeOf(cc.Cases[0]) is { Mode: Mode.TypeExpr } ct1 ? ct1.Type : null;
                GoVal val = single != null && !Predicates.Identical(single, x.Type)
                    ? Unbox(x, single, itabs[i], cc.Pos)
                    : x;
                DeclareVar(v, Convert(val, v.Type, cc.Pos), cc.Pos);
            }
            foreach (var st in cc.Body) Stmt(st);
            Jump(exit);
        }
        targets.RemoveAt(targets.Count - 1);
        StartBlock(exit);
        if (exit.Preds.Count == 0) cur = null;
    }
}
