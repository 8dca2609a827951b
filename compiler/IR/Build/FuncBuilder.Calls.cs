using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Calls: Go functions, builtins, conversions, and the runtime helpers the compiler calls.
public sealed partial class FuncBuilder
{
    /// <summary>A call expression; returns its single value (null for no value, or when discarded).</summary>
    private GoVal? CallExpr(Ast.CallExpr call, bool discard)
    {
        var funTv = info.TypeOf(call.Fun)!;
        if (funTv.Mode == Mode.TypeExpr)
        {
            var t = info.TypeOf(call)!.Type;
            return Convert(Expr(call.Args[0]), t, call.Pos);
        }
        if (funTv.Mode == Mode.Builtin) return Builtin(call, discard);
        var results = CallResults(call);
        return results.Count == 1 ? results[0] : null;
    }

    private List<GoVal> CallResults(Ast.CallExpr call)
    {
        var fun = Unparen(call.Fun);
        var sig = (Signature)info.TypeOf(call.Fun)!.Type.Underlying;
        FuncObj? callee = fun switch
        {
            Ast.Name n => info.ObjectOf(n) as FuncObj,
            Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is null => info.Uses.GetValueOrDefault(s.Sel) as FuncObj,
            _ => null,
        };
        if (callee == null) throw Unsupported(call.Pos, "calls of function values and methods");

        // Arguments, converted to the parameter types (variadic ones collected into a slice later).
        if (sig.Variadic) throw Unsupported(call.Pos, "variadic calls");
        List<GoVal> args;
        if (call.Args.Length == 1 && sig.Params.Count > 1) args = MultiValue(call.Args[0]);
        else args = call.Args.Select(Expr).ToList();
        var argVals = new List<Value>();
        var argTypes = new List<GoType>();
        for (int i = 0; i < args.Count; i++)
        {
            var a = Convert(args[i], sig.Params[i], call.Pos);
            if (a.Parts == null) throw Unsupported(call.Pos, $"arguments of type {sig.Params[i]}");
            argVals.AddRange(a.Parts);
            argTypes.Add(sig.Params[i]);
        }
        var abi = callee.Abi == FuncAbi.Stack ? CallAbi.Stack : CallAbi.Internal;
        return Call(callee.LinkSymbol, abi, argVals, sig.Results.Vars.Select(v => v.Type).ToList(), call.Pos, argTypes);
    }

    /// <summary>
    /// Emits a call. For the stack convention, <paramref name="argGoTypes"/> lays the arguments out in
    /// the outgoing area as gc's ABI0 does.
    /// </summary>
    private List<GoVal> Call(string symbol, CallAbi abi, List<Value> args, IReadOnlyList<GoType> results, SourcePos pos, IReadOnlyList<GoType>? argGoTypes = null)
    {
        var resultParts = new List<IrType>();
        foreach (var r in results) resultParts.AddRange(TypeParts.Of(r) ?? throw Unsupported(pos, $"results of type {r}"));
        var info = new CallInfo(symbol, abi, args.Select(a => a.Type).ToList(), resultParts);
        if (abi == CallAbi.Stack)
        {
            // ABI0: each argument at its alignment, then results from the next word boundary.
            long off = 0;
            var argOffs = new List<long>();
            foreach (var t in argGoTypes ?? [])
            {
                off = Layout.Align(off, Layout.Alignof(t));
                foreach (var po in TypeParts.Offsets(t)) argOffs.Add(off + po);
                off += Layout.Sizeof(t);
            }
            off = Layout.Align(off, 8);
            var resOffs = new List<long>();
            foreach (var t in results)
            {
                off = Layout.Align(off, Layout.Alignof(t));
                foreach (var po in TypeParts.Offsets(t)) resOffs.Add(off + po);
                off += Layout.Sizeof(t);
            }
            info = info with { ArgOffsets = argOffs, ResultOffsets = resOffs, StackSize = Layout.Align(off, 8) };
        }
        var callArgs = new List<Value>(args) { Mem(pos) };
        var c = cur!.NewValue(Op.StaticCall, IrType.Mem, pos, callArgs.ToArray());
        c.Aux = info;
        SetMem(c);
        var vals = new List<GoVal>();
        int k = 0;
        foreach (var r in results)
        {
            var parts = TypeParts.Of(r)!;
            var pv = new Value[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                pv[i] = cur.NewValue(Op.SelectN, parts[i], pos, c);
                pv[i].AuxInt = k++;
            }
            vals.Add(new GoVal(r, pv, null));
        }
        return vals;
    }

    private GoVal? Builtin(Ast.CallExpr call, bool discard)
    {
        var name = Unparen(call.Fun) is Ast.Name n ? n.Value : ((Ast.SelectorExpr)Unparen(call.Fun)).Sel.Value;
        switch (name)
        {
            case "print":
            case "println":
                Print(call, name == "println");
                return null;
            case "len":
            case "cap":
            {
                var x = Expr(call.Args[0]);
                var t = x.Type.Underlying;
                if (t is BasicType) return new GoVal(Universe.Int, [x.Parts![1]], null);
                if (t is SliceType) return new GoVal(Universe.Int, [x.Parts![name == "len" ? 1 : 2]], null);
                throw Unsupported(call.Pos, $"{name} of {x.Type}");
            }
            case "panic":
                throw Unsupported(call.Pos, "panic");
            default:
                throw Unsupported(call.Pos, $"built-in {name}");
        }
    }

    /// <summary>print/println: printlock, one runtime print call per argument (spaces and newline for println), printunlock.</summary>
    private void Print(Ast.CallExpr call, bool ln)
    {
        var args = call.Args.Select(Expr).ToList();
        Call("runtime.printlock", CallAbi.Internal, [], [], call.Pos);
        for (int i = 0; i < args.Count; i++)
        {
            if (ln && i > 0) Call("runtime.printsp", CallAbi.Internal, [], [], call.Pos);
            var a = args[i];
            var t = a.Type.Underlying;
            var pos = call.Args[i].Pos;
            switch (t)
            {
                case BasicType b when b.Is(BasicInfo.IsString):
                    Call("runtime.printstring", CallAbi.Internal, [.. a.Parts!], [], pos);
                    break;
                case BasicType b when b.Is(BasicInfo.IsBoolean):
                    Call("runtime.printbool", CallAbi.Internal, [a.Single], [], pos);
                    break;
                case BasicType b when b.Is(BasicInfo.IsInteger):
                {
                    var wide = Convert(a, b.Is(BasicInfo.IsUnsigned) ? Universe.Uint64 : Universe.Int64, pos);
                    Call(b.Is(BasicInfo.IsUnsigned) ? "runtime.printuint" : "runtime.printint", CallAbi.Internal, [wide.Single], [], pos);
                    break;
                }
                case BasicType b when b.Is(BasicInfo.IsFloat):
                {
                    var wide = Convert(a, Universe.Float64, pos);
                    Call("runtime.printfloat", CallAbi.Internal, [wide.Single], [], pos);
                    break;
                }
                case PointerType or BasicType { Kind: BasicKind.UnsafePointer } or MapType or ChanType or Signature:
                    Call("runtime.printpointer", CallAbi.Internal, [a.Single], [], pos);
                    break;
                default:
                    throw Unsupported(pos, $"printing values of type {a.Type}");
            }
        }
        if (ln) Call("runtime.printnl", CallAbi.Internal, [], [], call.Pos);
        Call("runtime.printunlock", CallAbi.Internal, [], [], call.Pos);
    }
}
