using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// defer, panic and recover (the runtime side is runtime-stubs/runtime/panic.go).
//
// A deferred call becomes a closure taking no arguments: `defer f(a, b)` evaluates f, a and b at the
// defer statement and stores them in a closure object whose code, a wrapper pkg.fn.deferwrapN, makes
// the call. runtime.deferproc records it; it returns 0, or 1 when execution resumes there after a
// recovered panic, which sends the function to its exit: every return in a function with defers
// goes through one block that stores the results, calls runtime.deferreturn and returns the result
// variables (which live in memory, so that deferred calls and recovery see their final values).
public sealed partial class FuncBuilder
{
    private bool hasDefer;
    private Block? deferExit;
    private int deferCount;

    /// <summary>Whether the body has a defer statement of its own (not inside a function literal).</summary>
    /// <summary>Loops around the statement being lowered; whether the function has a goto.</summary>
    private int loopDepth;
    private bool hasGoto;

    private static bool HasGoto(Ast.Node? n) => n switch
    {
        null => false,
        Ast.BranchStmt { Tok: Ast.BranchToken.Goto } => true,
        Ast.BlockStmt b => b.Stmts.Any(HasGoto),
        Ast.IfStmt i => HasGoto(i.Then) || HasGoto(i.Else),
        Ast.ForStmt f => HasGoto(f.Body),
        Ast.SwitchStmt sw => sw.Body.Any(c => c.Body.Any(HasGoto)),
        Ast.SelectStmt sel => sel.Body.Any(c => c.Body.Any(HasGoto)),
        Ast.LabeledStmt ls => HasGoto(ls.Stmt),
        _ => false,
    };

    private static bool HasDefer(Ast.Node? n) => n switch
    {
        null => false,
        Ast.CallStmt { Tok: Ast.CallToken.Defer } => true,
        Ast.BlockStmt b => b.Stmts.Any(HasDefer),
        Ast.IfStmt i => HasDefer(i.Then) || HasDefer(i.Else),
        Ast.ForStmt f => HasDefer(f.Body),
        Ast.SwitchStmt sw => sw.Body.Any(c => c.Body.Any(HasDefer)),
        Ast.SelectStmt sel => sel.Body.Any(c => c.Body.Any(HasDefer)),
        Ast.LabeledStmt ls => HasDefer(ls.Stmt),
        _ => false,
    };

    /// <summary>Where a recovered panic resumes a function with defers: run the rest of them, then return.</summary>
    private Block DeferExit()
    {
        if (deferExit != null) return deferExit;
        var saved = cur;
        deferExit = NewBlock();
        // Sealed at the end of the function: deferproc sites jump here from anywhere.
        cur = deferExit;
        ScalarCall("runtime.deferreturn", [], [], default);
        Jump(DeferredReturn());
        cur = saved;
        return deferExit;
    }

    /// <summary>
    /// Returns the result variables once the defers have run. Each return statement calls
    /// runtime.deferreturn itself, at its own line (what runtime.Caller in a deferred call sees, as
    /// with gc: the return statement, or the closing brace), then comes here.
    /// </summary>
    private Block DeferredReturn()
    {
        if (deferReturn != null) return deferReturn;
        var saved = cur;
        deferReturn = NewBlock();
        cur = deferReturn;
        ReturnResultVars(default);
        cur = saved;
        return deferReturn;
    }

    private Block? deferReturn;

    private void DeferStmt(Ast.CallStmt cs)
    {
        var call = cs.Call;
        var pos = cs.Pos;
        Value closure;
        if (Unparen(call.Fun) is Ast.FuncLit lit && call.Args.Length == 0)
        {
            // Outside loops (and without goto, which could make a loop), each defer statement runs at
            // most once per call, and its closure is only called before this frame is gone: the
            // closure object can live in the frame, as gc's open-coded defers do.
            closure = Closure(lit, inFrame: loopDepth == 0 && !hasGoto).Single;
        }
        else
            closure = DeferClosure(call, pos);
        var r = ScalarCall("runtime.deferproc", [closure], [Universe.Int], pos)[0].Single;
        var resume = DeferExit();
        var next = NewBlock();
        Branch(cur!.NewValue(Op.Ne, IrType.Bool, pos, r, Const64(0, pos)), resume, next);
        StartBlock(next);
    }

    /// <summary>What a defer wrapper does with the values it finds in its closure: call a function
    /// (Symbol; or the first value when Dynamic, a func value, or with CodeCall, the code of an
    /// interface's method, the second value its receiver), or do the built-in call Builtin with them.</summary>
    private sealed record DeferredCall(string? Symbol, CallAbi Abi, bool Dynamic, Ast.CallExpr? Builtin, List<GoType> Types, List<GoType> Results, bool CodeCall = false);

    /// <summary>In a defer wrapper doing a built-in: its arguments, evaluated at the defer statement (BuiltinArgs returns them).</summary>
    private List<GoVal>? deferredBuiltinArgs;

    /// <summary>Evaluates the callee and arguments now; returns a closure that makes the call later.</summary>
    private Value DeferClosure(Ast.CallExpr call, SourcePos pos)
    {
        var values = new List<GoVal>();
        DeferredCall dc;
        var funTv = info.TypeOf(call.Fun)!;
        if (funTv.Mode == Mode.Builtin)
        {
            var name = Unparen(call.Fun) is Ast.Name n ? n.Value : ((Ast.SelectorExpr)Unparen(call.Fun)).Sel.Value;
            if (name == "recover")
                // defer recover(): recover as if called by this function when the deferred call runs
                // (gc's rule: it stops a panic only when this function is itself a deferred call), so
                // the wrapper passes this frame's pointer, taken now, to runtime.gorecover.
                values.Add(ScalarCall("runtime.getcallerfp", [], [Universe.Uintptr], pos)[0]);
            else
                foreach (var a in BuiltinArgs(call))
                {
                    var v = a;
                    if (Predicates.IsUntyped(v.Type)) v = Convert(v, Universe.Default(v.Type), pos);
                    if (name == "panic") v = Convert(v, Universe.Any, pos);
                    values.Add(v);
                }
            dc = new DeferredCall(null, CallAbi.Internal, false, call, values.Select(v => v.Type).ToList(), []);
        }
        else
        {
            var sig = (Signature)funTv.Type.Underlying;
            var fun = Unparen(call.Fun);
            FuncObj? callee = fun switch
            {
                Ast.Name n => info.ObjectOf(n) as FuncObj,
                Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is null => info.Uses.GetValueOrDefault(s.Sel) as FuncObj,
                Ast.IndexExpr => InstanceFuncOf(fun),
                _ => null,
            };
            var types = new List<GoType>();
            if (callee == null && fun is Ast.SelectorExpr msel && info.Selections.GetValueOrDefault(msel) is { Kind: SelectionKind.MethodVal } ms
                && ms.Obj is FuncObj m && m.Signature.Recv!.Type.Underlying is not InterfaceType)
            {
                callee = m;
                var recv = Receiver(msel, ms, m);
                values.Add(recv);
                types.Add(recv.Type);
            }
            bool dynamic = callee == null, codeCall = false;
            if (dynamic && fun is Ast.SelectorExpr isel && info.Selections.GetValueOrDefault(isel) is { Kind: SelectionKind.MethodVal } isSel
                && isSel.Obj is FuncObj im && im.Signature.Recv?.Type.Underlying is InterfaceType)
            {
                // x.M() on an interface: the method's code now (nil x panics here, as with gc), called
                // directly by the wrapper, so that recover in M works as in any deferred call.
                var xv = isSel.Index.Count == 0 ? Expr(isel.X) : EmbeddedField(isel, isSel);
                var (mcode, recv) = InterfaceMethod(xv, im, pos);
                values.Add(new GoVal(Universe.UnsafePointer, [mcode], null));
                values.Add(recv);
                types.Add(Universe.UnsafePointer);
                types.Add(Universe.UnsafePointer);
                codeCall = true;
            }
            else if (dynamic)
            {
                var fv = Expr(call.Fun);
                values.Add(fv);
                types.Add(fv.Type);
            }
            var args = CallArgs(call, sig);
            for (int i = 0; i < args.Count; i++)
            {
                values.Add(args[i]);
                types.Add(sig.Params[i]);
            }
            dc = new DeferredCall(callee?.LinkSymbol, callee?.Abi == FuncAbi.Stack ? CallAbi.Stack : CallAbi.Internal, dynamic, null,
                types, sig.Results.Vars.Select(v => v.Type).ToList(), codeCall);
        }

        var symbol = $"{closurePrefix}.deferwrap{++deferCount}";
        ir.Funcs.Add(new FuncBuilder(pkg, info, ir, errors).BuildDeferWrapper(symbol, dc, pos));
        // The closure object: the wrapper's code, then the values.
        var fields = new List<VarObj> { new("F", default, pkg, Universe.Uintptr) { IsField = true } };
        for (int i = 0; i < dc.Types.Count; i++) fields.Add(new VarObj("a" + i, default, pkg, dc.Types[i]) { IsField = true });
        var objType = new StructType([.. fields], []);
        var obj = New(objType, pos).Single;
        var code = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
        code.Aux = symbol;
        SetMem(StoreWord(obj, 0, code, pos));
        var offs = Layout.Offsets(objType);
        for (int i = 0; i < values.Count; i++)
            StoreTo(cur!.NewValue(Op.Add, IrType.Ptr, pos, obj, Const64(offs[i + 1], pos)), values[i], pos);
        return obj;
    }

    /// <summary>pkg.fn.deferwrapN: loads the deferred call's callee and arguments from its closure and makes the call.</summary>
    private Func BuildDeferWrapper(string symbol, DeferredCall dc, SourcePos pos)
    {
        sig = new Signature(null, TupleType.Empty, TupleType.Empty, false);
        Begin(symbol, symbol, pos);
        layout = Abi.Assign([], [], CallAbi.Internal);
        resultVars = [];
        var fields = new List<VarObj> { new("F", default, pkg, Universe.Uintptr) { IsField = true } };
        for (int i = 0; i < dc.Types.Count; i++) fields.Add(new VarObj("a" + i, default, pkg, dc.Types[i]) { IsField = true });
        var offs = Layout.Offsets(new StructType([.. fields], []));
        var ctx = cur!.NewValue(Op.ClosurePtr, IrType.Ptr, pos);
        var vals = new List<GoVal>();
        for (int i = 0; i < dc.Types.Count; i++)
        {
            var v = Load(cur!.NewValue(Op.Add, IrType.Ptr, pos, ctx, Const64(offs[i + 1], pos)), dc.Types[i], pos);
            if (v.Addr != null)
            {
                // An aggregate: copy it out, the call may outlive nothing but must not alias the closure.
                var tmp = f.NewSlot("arg", Math.Max(8, Layout.Sizeof(v.Type)), 8, true);
                var ta = cur.NewValue(Op.LocalAddr, IrType.Ptr, pos);
                ta.Aux = tmp;
                StoreTo(ta, v, pos);
                v = new GoVal(v.Type, null, ta);
            }
            vals.Add(v);
        }
        if (dc.Builtin is { } bcall)
        {
            if (Unparen(bcall.Fun) is Ast.Name { Value: "recover" })
                ScalarCall("runtime.gorecover", [vals[0].Single], [Universe.Any], pos);
            else
            {
                deferredBuiltinArgs = vals;
                Builtin(bcall, discard: true);
            }
            if (cur == null) return Finish(); // panic
        }
        else if (dc.CodeCall)
            Call(null, CallAbi.Internal, vals.Skip(1).ToList(), dc.Results, pos, vals[0].Single, codeCall: true);
        else if (dc.Dynamic)
            Call(null, CallAbi.Internal, vals.Skip(1).ToList(), dc.Results, pos, vals[0].Single);
        else
            Call(dc.Symbol!, dc.Abi, vals, dc.Results, pos);
        Return(pos, null);
        return Finish();
    }

    /// <summary>panic(v): runtime.gopanic with v as an interface{}; nothing follows.</summary>
    private void Panic(Ast.CallExpr call)
    {
        var v = Convert(BuiltinArgs(call)[0], Universe.Any, call.Pos);
        Call("runtime.gopanic", CallAbi.Internal, [v], [], call.Pos);
        cur!.Kind = BlockKind.Exit;
        cur = null;
    }
}
