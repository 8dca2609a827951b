using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Method values (x.M not called) and method expressions (T.M, (*T).M, I.M) as func values.
//
// A method value is a closure object {code, receiver}: the receiver is evaluated (and copied, for a
// value receiver) when the method value is, and the code is the generated wrapper pkg.T.M-fm, which
// loads the receiver from its closure (R26) and calls the method. A method expression is a function
// taking the receiver as its first parameter: the method itself, the pointer wrapper pkg.(*T).M of a
// value method, or for an interface type a generated pkg.I.M that calls through the itab.
public sealed partial class FuncBuilder
{
    private GoVal MethodValue(Ast.SelectorExpr sel, Selection s, GoType funcType)
    {
        var m = (FuncObj)s.Obj;
        var recvType = m.Signature.Recv!.Type;
        GoVal recv;
        string wrapper;
        if (recvType.Underlying is InterfaceType)
        {
            recv = s.Index.Count == 0 ? Expr(sel.X) : EmbeddedField(sel, s);
            // A nil interface panics here, when the method value is made (the load faults).
            NilCheck(recv.Parts![0], sel.Pos);
            var ifaceType = recv.Type;
            wrapper = ir.Forwarder(IfaceSymbol(ifaceType, m) + "-fm", b => b.BuildMethodValueWrapper(m, ifaceType, iface: true));
        }
        else
        {
            recv = Receiver(sel, s, m);
            wrapper = ir.Forwarder(m.LinkSymbol + "-fm", b => b.BuildMethodValueWrapper(m, recvType, iface: false));
        }
        var objType = MethodValueObject(recv.Type);
        var obj = New(objType, sel.Pos).Single;
        var code = cur!.NewValue(Op.Addr, IrType.Ptr, sel.Pos);
        code.Aux = wrapper;
        SetMem(StoreWord(obj, 0, code, sel.Pos));
        StoreTo(cur!.NewValue(Op.Add, IrType.Ptr, sel.Pos, obj, Const64(Layout.Offsets(objType)[1], sel.Pos)), recv, sel.Pos);
        return new GoVal(funcType, [obj], null);
    }

    private StructType MethodValueObject(GoType recvType) => new(
        [new VarObj("F", default, pkg, Universe.Uintptr) { IsField = true }, new VarObj("R", default, pkg, recvType) { IsField = true }], []);

    /// <summary>The symbol of interface method m reached through interface type t (gc's pkg.I.M).</summary>
    private static string IfaceSymbol(GoType t, FuncObj m) => t is NamedType n
        ? $"{n.Obj.Pkg?.Path}.{TypeNames.SymbolName(n)}.{m.Name}"
        : $"{TypeNames.Link(t)}.{m.Name}";

    /// <summary>pkg.T.M-fm: the receiver from the closure object, then the call.</summary>
    public Func BuildMethodValueWrapper(FuncObj m, GoType recvType, bool iface)
    {
        var msig = m.Signature;
        var symbol = iface ? IfaceSymbol(recvType, m) + "-fm" : m.LinkSymbol + "-fm";
        var args = BeginForwarder(symbol, m.Pos, [.. msig.Params.Vars.Select(v => v.Type)], msig.Results);
        var ctx = cur!.NewValue(Op.ClosurePtr, IrType.Ptr, m.Pos);
        var off = Layout.Offsets(MethodValueObject(recvType))[1];
        var recv = Load(cur!.NewValue(Op.Add, IrType.Ptr, m.Pos, ctx, Const64(off, m.Pos)), recvType, m.Pos);
        var resultTypes = resultVars.Select(v => v.Type).ToList();
        List<GoVal> results;
        if (iface) results = InterfaceCall(recv, m, args, resultTypes, m.Pos);
        else
        {
            args.Insert(0, recv);
            results = Call(m.LinkSymbol, CallAbi.Internal, args, resultTypes, m.Pos);
        }
        Return(m.Pos, results);
        return Finish();
    }

    private GoVal MethodExpr(Ast.SelectorExpr sel, Selection s, GoType funcType)
    {
        var m = (FuncObj)s.Obj;
        var t = s.Recv;
        string code;
        if (s.Index.Count > 0)
        {
            // T.M or (*T).M of a promoted method: a wrapper taking T (or *T) that follows the embedded fields.
            var viaIface = m.Signature.Recv!.Type.Underlying is InterfaceType;
            code = ir.PromotedMethodExprWrapper(new MethodEntry(m, s.Index, viaIface), t);
        }
        else if (t.Underlying is InterfaceType)
            code = ir.Forwarder(IfaceSymbol(t, m), b => b.BuildIfaceMethodExpr(m, t));
        else if (m.Signature.Recv!.Type is not PointerType && t is PointerType)
            code = ir.ValueMethodWrapper(m);
        else
            code = m.LinkSymbol;
        var a = cur!.NewValue(Op.Addr, IrType.Ptr, sel.Pos);
        a.Aux = ir.FuncValueSymbol(code);
        return new GoVal(funcType, [a], null);
    }

    /// <summary>pkg.I.M: calls method M of its first argument, an interface value.</summary>
    public Func BuildIfaceMethodExpr(FuncObj m, GoType ifaceType)
    {
        var msig = m.Signature;
        var args = BeginForwarder(IfaceSymbol(ifaceType, m), m.Pos, [ifaceType, .. msig.Params.Vars.Select(v => v.Type)], msig.Results);
        var recv = args[0];
        args.RemoveAt(0);
        var results = InterfaceCall(recv, m, args, resultVars.Select(v => v.Type).ToList(), m.Pos);
        Return(m.Pos, results);
        return Finish();
    }
}
