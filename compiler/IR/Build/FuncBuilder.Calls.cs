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
            // T(c) of a constant in an instance of generic code (T(3.14) with T complex128): the
            // constant in T, as it would have been folded without the type parameter.
            if (info.TypeOf(call.Args[0])?.Value is { Kind: Types.Constants.ConstKind.Int or Types.Constants.ConstKind.Float or Types.Constants.ConstKind.Complex } cval
                && t.Underlying is BasicType bt && bt.Is(BasicInfo.IsFloat | BasicInfo.IsComplex))
                return Constant(cval, t, call.Pos);
            var cv = Convert(Expr(call.Args[0]), t, call.Pos);
            // An explicit float conversion rounds, so nothing fuses across it (the spec): a CvtF even to the same size.
            return cv.Parts is [{ Type: IrType.F32 or IrType.F64 } p] ? cv with { Parts = [cur!.NewValue(Op.CvtF, p.Type, call.Pos, p)] } : cv;
        }
        if (funTv.Mode == Mode.Builtin) return Builtin(call, discard);
        var results = CallResults(call);
        return results.Count == 1 ? results[0] : null;
    }

    /// <summary>
    /// The call whose big aggregate results are used where the callee left them, in the outgoing area:
    /// its caller copies them out at once (into a variable) before anything else can call.
    /// </summary>
    private Ast.CallExpr? resultsInPlaceFor;

    /// <summary>The addresses of frame temporaries holding call results: memory nothing else can write.</summary>
    private readonly HashSet<Value> resultTemps = [];

    private List<GoVal> CallResults(Ast.CallExpr call)
    {
        var inPlace = ReferenceEquals(call, resultsInPlaceFor);
        resultsInPlaceFor = null; // not for the calls in its arguments
        var fun = Unparen(call.Fun);
        var sig = (Signature)info.TypeOf(call.Fun)!.Type.Underlying;
        FuncObj? callee = fun switch
        {
            Ast.Name n => info.ObjectOf(n) as FuncObj,
            Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is null => info.Uses.GetValueOrDefault(s.Sel) as FuncObj,
            Ast.IndexExpr => InstanceFuncOf(fun),
            _ => null,
        };
        GoVal? recv = null;
        if (callee == null && fun is Ast.SelectorExpr msel && info.Selections.GetValueOrDefault(msel) is { Kind: SelectionKind.MethodVal } ms
            && ms.Obj is FuncObj m && m.Signature.Recv != null && m.Signature.Recv.Type.Underlying is not InterfaceType)
        {
            callee = m;
            recv = Receiver(msel, ms, m);
        }
        var resultTypes = sig.Results.Vars.Select(v => v.Type).ToList();
        if (callee == null && (fun is not Ast.SelectorExpr fsel || info.Selections.GetValueOrDefault(fsel) is not { Kind: SelectionKind.MethodVal }))
        {
            // A call through a func value (method expressions and method values included).
            var fv = Expr(call.Fun).Single;
            var conv = CallArgs(call, sig);
            NilFuncCheck(fv, call.Pos);
            return Call(null, CallAbi.Internal, conv, resultTypes, call.Pos, fv, inPlace: inPlace);
        }
        if (callee == null && fun is Ast.SelectorExpr isel && info.Selections.GetValueOrDefault(isel) is { Kind: SelectionKind.MethodVal } isSel
            && isSel.Obj is FuncObj im && im.Signature.Recv?.Type.Underlying is InterfaceType)
        {
            // x.M() on an interface: the code is in the itab, in the interface's method order.
            var xv = isSel.Index.Count == 0 ? Expr(isel.X) : EmbeddedField(isel, isSel);
            return InterfaceCall(xv, im, CallArgs(call, sig), resultTypes, call.Pos, inPlace);
        }
        if (callee == null) throw Unsupported(call.Pos, "this kind of call");

        var abi = callee.Abi == FuncAbi.Stack ? CallAbi.Stack : CallAbi.Internal;
        var converted = CallArgs(call, sig);
        if (recv != null) converted.Insert(0, recv);
        return Call(callee.LinkSymbol, abi, converted, resultTypes, call.Pos, inPlace: inPlace);
    }

    /// <summary>Calls method im of interface value xv: the code from the itab (in the interface's
    /// method order), the data word as the receiver.</summary>
    private List<GoVal> InterfaceCall(GoVal xv, FuncObj im, List<GoVal> args, IReadOnlyList<GoType> results, SourcePos pos, bool inPlace = false)
    {
        var (code, recv) = InterfaceMethod(xv, im, pos);
        var all = new List<GoVal> { recv };
        all.AddRange(args);
        return Call(null, CallAbi.Internal, all, results, pos, code, codeCall: true, inPlace: inPlace);
    }

    /// <summary>The code of method im of interface value xv (loaded from its itab: a nil xv faults
    /// here) and the receiver to pass it, xv's data word.</summary>
    private (Value Code, GoVal Recv) InterfaceMethod(GoVal xv, FuncObj im, SourcePos pos)
    {
        // The itab is xv's interface's: the method may be declared in an interface it embeds, in
        // another position (J embedding I: foo is I's first method and J's second).
        var itype = xv.Type.Underlying as InterfaceType ?? (InterfaceType)im.Signature.Recv!.Type.Underlying;
        var idx = itype.AllMethods.ToList().FindIndex(x => TypeDescriptors.MethodName(x) == TypeDescriptors.MethodName(im));
        if (idx < 0) itype = (InterfaceType)im.Signature.Recv!.Type.Underlying;
        idx = itype.AllMethods.ToList().FindIndex(x => TypeDescriptors.MethodName(x) == TypeDescriptors.MethodName(im));
        var tab = xv.Parts![0];
        var codeAddr = cur!.NewValue(Op.Add, IrType.Ptr, pos, tab, Const64(24 + 8 * idx, pos));
        var code = Load(codeAddr, Universe.UnsafePointer, pos).Single;
        return (code, new GoVal(Universe.UnsafePointer, [xv.Parts[1]], null));
    }

    /// <summary>
    /// A call's arguments, evaluated left to right and converted to the parameter types. A variadic
    /// function's extra arguments are packed into a new slice (none: a nil slice); f(s...) passes s.
    /// </summary>
    private List<GoVal> CallArgs(Ast.CallExpr call, Signature sig)
    {
        var raw = call.Args.Length == 1 && info.TypeOf(call.Args[0])!.Type is TupleType
            ? MultiValue(call.Args[0])
            : call.Args.Select(Expr).ToList();
        int fixedN = sig.Variadic ? sig.Params.Count - 1 : sig.Params.Count;
        var res = new List<GoVal>();
        for (int i = 0; i < fixedN; i++) res.Add(Convert(raw[i], sig.Params[i], call.Pos));
        if (!sig.Variadic) return res;
        var st = sig.Params[fixedN];
        if (call.HasDots) { res.Add(Convert(raw[fixedN], st, call.Pos)); return res; }
        res.Add(PackVariadic(raw.Skip(fixedN).ToList(), st, call.Pos));
        return res;
    }

    /// <summary>The slice a variadic parameter receives: its arguments in a new backing array.</summary>
    private GoVal PackVariadic(List<GoVal> extra, GoType sliceType, SourcePos pos)
    {
        if (extra.Count == 0) return Zero(sliceType, pos);
        var et = ((SliceType)sliceType.Underlying).Elem;
        var arr = New(new ArrayType(et, extra.Count), pos).Single;
        var size = Layout.Sizeof(et);
        for (int i = 0; i < extra.Count; i++)
        {
            var addr = i == 0 ? arr : cur!.NewValue(Op.Add, IrType.Ptr, pos, arr, Const64(i * size, pos));
            StoreTo(addr, Convert(extra[i], et, pos), pos);
        }
        var n = Const64(extra.Count, pos);
        return new GoVal(sliceType, [arr, n, n], null);
    }

    /// <summary>The value of the embedded field a promoted method selection goes through, of the field's type.</summary>
    private GoVal EmbeddedField(Ast.SelectorExpr sel, Selection s) => Load(FieldPathAddr(sel, s, out var ft), ft, sel.Pos);

    /// <summary>The address of the embedded field a promoted method selection goes through.</summary>
    private Value FieldPathAddr(Ast.SelectorExpr sel, Selection s) => FieldPathAddr(sel, s, out _);

    private Value FieldPathAddr(Ast.SelectorExpr sel, Selection s, out GoType fieldType)
    {
        var xt = info.TypeOf(sel.X)!.Type;
        Value addr;
        GoType t;
        if (xt.Underlying is PointerType p) { addr = Expr(sel.X).Single; t = p.Elem; }
        else { addr = AggregateAddr(sel.X); t = xt; }
        for (int k = 0; k < s.Index.Count; k++)
        {
            var st = (StructType)t.Underlying;
            var off = Layout.Offsets(st)[s.Index[k]];
            if (off != 0) addr = cur!.NewValue(Op.Add, IrType.Ptr, sel.Pos, addr, Const64(off, sel.Pos));
            t = st.Fields[s.Index[k]].Type;
            if (t.Underlying is PointerType ep && k < s.Index.Count - 1) { addr = Load(addr, t, sel.Pos).Single; t = ep.Elem; }
        }
        fieldType = t;
        return addr;
    }

    /// <summary>
    /// The receiver of x.m(): x itself, through embedded fields, with &amp; or * applied so that it
    /// matches the method's receiver type.
    /// </summary>
    private GoVal Receiver(Ast.SelectorExpr sel, Selection s, FuncObj m)
    {
        var recvType = m.Signature.Recv!.Type;
        var wantPtr = recvType is PointerType;
        var xt = info.TypeOf(sel.X)!.Type;
        // Walk embedded fields (all but the method at the end of the path).
        if (s.Index.Count == 0)
        {
            if (wantPtr && xt is not PointerType) return new GoVal(recvType, [Address(sel.X, addrOf: true)], null);
            if (!wantPtr && xt is PointerType)
            {
                var rp = Expr(sel.X).Single;
                NilCheck(rp, sel.Pos); // the load may go unused once M is inlined (or T has size 0), yet nil must panic
                return Load(rp, recvType, sel.Pos);
            }
            return Convert(Expr(sel.X), recvType, sel.Pos);
        }
        Value addr;
        GoType t;
        // ptrBase: the pointer the current address was derived from by field offsets without a load
        // (a nil one must panic if the method gets &field: nothing would fault).
        Value? ptrBase = null;
        var derived = false;
        if (xt.Underlying is PointerType p) { addr = Expr(sel.X).Single; t = p.Elem; ptrBase = addr; }
        else { addr = AggregateAddr(sel.X); t = xt; }
        foreach (var idx in s.Index)
        {
            var st = (StructType)t.Underlying;
            var off = Layout.Offsets(st)[idx];
            if (off != 0) addr = cur!.NewValue(Op.Add, IrType.Ptr, sel.Pos, addr, Const64(off, sel.Pos));
            derived = true;
            t = st.Fields[idx].Type;
            if (t.Underlying is PointerType ep) { addr = Load(addr, t, sel.Pos).Single; t = ep.Elem; ptrBase = addr; derived = false; }
        }
        if (wantPtr)
        {
            if (ptrBase != null && derived) NilCheck(ptrBase, sel.Pos);
            return new GoVal(recvType, [addr], null);
        }
        if (ptrBase != null) NilCheck(addr, sel.Pos); // through a nil (embedded) pointer, even if M is inlined and loads nothing
        return Load(addr, recvType, sel.Pos);
    }

    /// <summary>Calls a function (a runtime helper, an init) with scalar arguments (ABIInternal).</summary>
    private List<GoVal> ScalarCall(string symbol, List<Value> scalars, IReadOnlyList<GoType> results, SourcePos pos) =>
        Call(symbol, CallAbi.Internal, scalars.Select(v => new GoVal(ScalarType(v.Type), [v], null)).ToList(), results, pos);

    private static GoType ScalarType(IrType t) => t switch
    {
        IrType.Bool => Universe.Bool, IrType.I8 => Universe.Int8, IrType.I16 => Universe.Int16, IrType.I32 => Universe.Int32,
        IrType.F32 => Universe.Float32, IrType.F64 => Universe.Float64, IrType.Ptr => Universe.UnsafePointer, _ => Universe.Int64,
    };

    /// <summary>Calling a nil func value panics (a fault reading its code pointer, later turned into gc's panic).</summary>
    private void NilFuncCheck(Value fn, SourcePos pos) { }

    /// <summary>
    /// Emits a call: arguments assigned to registers become the call's operands, the others are stored
    /// to the outgoing area first; results come back as SelectN values or are loaded from that area.
    /// An aggregate result in the area is copied to a frame temporary, unless <paramref name="inPlace"/>
    /// and it is bigger than gc's limit for implicit stack variables: then the caller copies it out
    /// right away, and the frame needs no second copy (gc: x := f() of a huge array).
    /// </summary>
    private List<GoVal> Call(string? symbol, CallAbi abi, List<GoVal> args, IReadOnlyList<GoType> results, SourcePos pos, Value? closure = null, bool codeCall = false, bool inPlace = false)
    {
        var al = Abi.Assign(args.Select(a => a.Type).ToList(), results, abi);
        var regArgs = new List<Value>();
        var argRegs = new List<int>();
        for (int i = 0; i < args.Count; i++)
        {
            var loc = al.Args[i];
            if (loc.InRegs)
            {
                regArgs.AddRange(ToLeaves(args[i], loc, pos));
                argRegs.AddRange(loc.Leaves.Select(l => l.Reg));
            }
        }
        // Stack arguments last, right before the call, so nothing can reuse the area in between.
        for (int i = 0; i < args.Count; i++)
        {
            var loc = al.Args[i];
            if (loc.InRegs) continue;
            var addr = cur!.NewValue(Op.OutArgAddr, IrType.Ptr, pos);
            addr.AuxInt = loc.StackOffset;
            StoreTo(addr, args[i], pos);
        }
        var resultRegs = al.Results.Where(r => r.InRegs).SelectMany(r => r.Leaves.Select(l => l.Reg)).ToList();
        var info = new CallInfo(symbol ?? "", abi, argRegs, resultRegs, al.StackSize);
        var c = closure == null
            ? cur!.NewValue(Op.StaticCall, IrType.Mem, pos, [.. regArgs, Mem(pos)])
            : cur!.NewValue(codeCall ? Op.CodeCall : Op.ClosureCall, IrType.Mem, pos, [closure, .. regArgs, Mem(pos)]);
        c.Aux = info;
        SetMem(c);
        var vals = new List<GoVal>();
        int k = 0;
        for (int i = 0; i < results.Count; i++)
        {
            var loc = al.Results[i];
            if (loc.InRegs)
            {
                var leaves = loc.Leaves.Select(l =>
                {
                    var sv = cur.NewValue(Op.SelectN, l.Type, pos, c);
                    sv.AuxInt = k++;
                    return sv;
                }).ToList();
                vals.Add(FromLeaves(results[i], loc, leaves, pos));
            }
            else
            {
                var addr = cur.NewValue(Op.OutArgAddr, IrType.Ptr, pos);
                addr.AuxInt = loc.StackOffset;
                var v = Load(addr, results[i], pos);
                if (v.Addr != null && !(inPlace && Layout.Sizeof(results[i]) > MaxStackAllocSize))
                {
                    // An aggregate result: copy it out of the area before another call reuses it.
                    var tmp = f.NewSlot("tmp", Math.Max(8, Layout.Sizeof(results[i])), Math.Max(8, Layout.Alignof(results[i])), true);
                    var ta = cur.NewValue(Op.LocalAddr, IrType.Ptr, pos);
                    ta.Aux = tmp;
                    StoreTo(ta, v, pos);
                    resultTemps.Add(ta);
                    v = new GoVal(results[i], null, ta);
                }
                vals.Add(v);
            }
        }
        return vals;
    }

    /// <summary>
    /// The arguments of a built-in that takes values, evaluated left to right; a single call returning
    /// several results (copy(f()), append(f()), min(f())) stands for those results, in order.
    /// </summary>
    private List<GoVal> BuiltinArgs(Ast.CallExpr call) =>
        deferredBuiltinArgs ?? (call.Args.Length == 1 && info.TypeOf(call.Args[0])?.Type is TupleType ? MultiValue(call.Args[0]) : call.Args.Select(Expr).ToList());

    private GoVal? Builtin(Ast.CallExpr call, bool discard)
    {
        var name = Unparen(call.Fun) is Ast.Name n ? n.Value : ((Ast.SelectorExpr)Unparen(call.Fun)).Sel.Value;
        switch (name)
        {
            case "print":
            case "println":
                Print(call, name == "println");
                return null;
            case "min":
            case "max":
                return MinMax(call, name == "min");
            case "len":
            case "cap":
            {
                var x = Expr(call.Args[0]);
                var t = x.Type.Underlying;
                if (t is BasicType) return new GoVal(Universe.Int, [x.Parts![1]], null);
                if (t is SliceType) return new GoVal(Universe.Int, [x.Parts![name == "len" ? 1 : 2]], null);
                if (t is MapType && name == "len") return ScalarCall("runtime.maplen", [x.Single], [Universe.Int], call.Pos)[0];
                // An array or pointer to array whose length the checker did not fold (an instance of
                // generic code, or an operand with calls): the length is the type's.
                if ((t as ArrayType ?? (t as PointerType)?.Elem.Underlying as ArrayType) is { } at) return new GoVal(Universe.Int, [Const64(at.Len, call.Pos)], null);
                throw Unsupported(call.Pos, $"{name} of {x.Type}");
            }
            case "real":
            case "imag":
            {
                var x = Expr(call.Args[0]);
                var rt = info.TypeOf(call)!.Type;
                return new GoVal(rt, [x.Parts![name == "real" ? 0 : 1]], null);
            }
            case "complex":
            {
                var rt = info.TypeOf(call)!.Type;
                var ft = Layout.Sizeof(rt) == 8 ? Universe.Float32 : Universe.Float64;
                var args = BuiltinArgs(call);
                var re = Convert(args[0], ft, call.Pos);
                var im = Convert(args[1], ft, call.Pos);
                return new GoVal(rt, [re.Single, im.Single], null);
            }
            case "make":
            {
                var t = info.TypeOf(call)!.Type;
                switch (t.Underlying)
                {
                    case SliceType st:
                    {
                        var len = Convert(Expr(call.Args[1]), Universe.Int, call.Pos).Single;
                        var cap = call.Args.Length > 2 ? Convert(Expr(call.Args[2]), Universe.Int, call.Pos).Single : len;
                        if (StackMake(call, t, st, len, cap) is { } inFrame) return inFrame;
                        var p = ScalarCall("runtime.makeslice", [TypeAddr(st.Elem, call.Pos), len, cap], [Universe.UnsafePointer], call.Pos)[0].Single;
                        return new GoVal(t, [p, len, cap], null);
                    }
                    case MapType:
                        return MakeMapAt(call, t, call.Args.Length > 1 ? Convert(Expr(call.Args[1]), Universe.Int, call.Pos).Single : Const64(0, call.Pos),
                            "make(" + ShortType(t) + string.Concat(call.Args.Skip(1).Select(a => ", " + (info.TypeOf(a)?.Value?.ToInt()?.Int.ToString() ?? Ast.GoSyntaxPrinter.String(a)))) + ")", call.Pos);
                    default:
                        throw Unsupported(call.Pos, $"make of {t}");
                }
            }
            case "append": return Append(call);
            case "copy":
            {
                var args = BuiltinArgs(call);
                var (dst, src) = (args[0], args[1]);
                var et = ((SliceType)dst.Type.Underlying).Elem;
                // n = min(len(dst), len(src)); memmove(dst, src, n*size)
                var count = Min(dst.Parts![1], src.Parts![1], call.Pos);
                var bytes = Layout.Sizeof(et) == 1 ? count : cur!.NewValue(Op.Mul, IrType.I64, call.Pos, count, Const64(Layout.Sizeof(et), call.Pos));
                ScalarCall("runtime.memmove", [dst.Parts[0], src.Parts[0], bytes], [], call.Pos);
                return new GoVal(Universe.Int, [count], null);
            }
            case "new":
            {
                var t = ((PointerType)info.TypeOf(call)!.Type).Elem;
                return new GoVal(new PointerType(t), [Allocate(call, t, "new(" + ShortType(t) + ")", call.Pos)], null);
            }
            case "panic":
                Panic(call);
                return null;
            case "delete":
                MapDelete(call);
                return null;
            case "clear" when info.TypeOf(call.Args[0])!.Type.Underlying is MapType:
            {
                var m = BuiltinArgs(call)[0];
                ScalarCall("runtime.mapclear", [TypeAddr(m.Type, call.Pos), m.Single], [], call.Pos);
                return null;
            }
            case "clear":
            {
                // A slice: zero its elements, len(s)*size bytes.
                var sv = BuiltinArgs(call)[0];
                var size = Layout.Sizeof(((SliceType)sv.Type.Underlying).Elem);
                var bytes = size == 1 ? sv.Parts![1] : cur!.NewValue(Op.Mul, IrType.I64, call.Pos, sv.Parts![1], Const64(size, call.Pos));
                ScalarCall("runtime.memclrNoHeapPointers", [sv.Parts[0], bytes], [], call.Pos);
                return null;
            }
            case "recover":
                return Call("runtime.recover", CallAbi.Internal, [], [Universe.Any], call.Pos)[0];
            // ---- package unsafe ----
            case "Add":
            {
                var args = BuiltinArgs(call);
                var p = args[0].Single;
                var un = Convert(args[1], Universe.Int, call.Pos).Single;
                return new GoVal(Universe.UnsafePointer, [cur!.NewValue(Op.Add, IrType.Ptr, call.Pos, p, un)], null);
            }
            case "Slice":
            {
                var t = info.TypeOf(call)!.Type;
                var args = BuiltinArgs(call);
                var p = args[0].Single;
                var un = Convert(args[1], Universe.Int, call.Pos).Single;
                ScalarCall("runtime.unsafeslice", [TypeAddr(((SliceType)t.Underlying).Elem, call.Pos), p, un], [], call.Pos);
                return new GoVal(t, [p, un, un], null);
            }
            case "String":
            {
                var args = BuiltinArgs(call);
                var p = args[0].Single;
                var un = Convert(args[1], Universe.Int, call.Pos).Single;
                ScalarCall("runtime.unsafestring", [p, un], [], call.Pos);
                return new GoVal(info.TypeOf(call)!.Type, [p, un], null);
            }
            // Sizeof, Alignof and Offsetof reach here only in instances of generic code (elsewhere
            // they are constants): the operand is not evaluated, its type gives the answer.
            case "Sizeof":
            case "Alignof":
            {
                var at = info.TypeOf(call.Args[0])!.Type;
                return new GoVal(Universe.Uintptr, [Const64(name == "Sizeof" ? Layout.Sizeof(at) : Layout.Alignof(at), call.Pos)], null);
            }
            case "Offsetof":
            {
                var fsel = (Ast.SelectorExpr)Unparen(call.Args[0]);
                var path = info.Selections[fsel].Index;
                var t = info.TypeOf(fsel.X)!.Type;
                if (t.Underlying is PointerType pt) t = pt.Elem;
                long off = 0;
                foreach (var k in path)
                {
                    var st = (StructType)t.Underlying;
                    off += Layout.Offsets(st)[k];
                    t = st.Fields[k].Type;
                }
                return new GoVal(Universe.Uintptr, [Const64(off, call.Pos)], null);
            }
            case "StringData":
            case "SliceData":
                return new GoVal(info.TypeOf(call)!.Type, [Expr(call.Args[0]).Parts![0]], null);
            default:
                throw Unsupported(call.Pos, $"built-in {name}");
        }
    }

    private Value Min(Value a, Value b, SourcePos pos)
    {
        var tmp = new object();
        var less = cur!.NewValue(Op.Lt, IrType.Bool, pos, a, b);
        var yes = NewBlock();
        var no = NewBlock();
        var done = NewBlock();
        Branch(less, yes, no);
        StartBlock(yes);
        vars.Write(tmp, cur!, a, IrType.I64);
        Jump(done);
        StartBlock(no);
        vars.Write(tmp, cur!, b, IrType.I64);
        Jump(done);
        StartBlock(done);
        return vars.Read(tmp, cur!, pos);
    }

    /// <summary>
    /// append(s, x...): grow (runtime.growslice, gc's growth rule) when the new length exceeds the
    /// capacity, then store the new elements after the old ones.
    /// </summary>
    private GoVal Append(Ast.CallExpr call)
    {
        var t = info.TypeOf(call)!.Type;
        var et = ((SliceType)t.Underlying).Elem;
        var args = BuiltinArgs(call);
        var s = Convert(args[0], t, call.Pos);
        var esize = Layout.Sizeof(et);
        // The values to add: each argument, or the elements of the spread slice (or string).
        List<GoVal>? items = null;
        GoVal? spread = null;
        if (call.HasDots) spread = args[1];
        else items = args.Skip(1).Select(a => Convert(a, et, call.Pos)).ToList();
        if (items != null && items.Count == 0) return s;
        var num = spread != null ? spread.Parts![1] : Const64(items!.Count, call.Pos);
        var (ptr, len, cap) = (s.Parts![0], s.Parts[1], s.Parts[2]);
        var newLen = cur!.NewValue(Op.Add, IrType.I64, call.Pos, len, num);

        var ptrVar = new object();
        var capVar = new object();
        vars.Write(ptrVar, cur, ptr, IrType.Ptr);
        vars.Write(capVar, cur, cap, IrType.I64);
        var grow = NewBlock();
        var done = NewBlock();
        Branch(cur.NewValue(Op.GtU, IrType.Bool, call.Pos, newLen, cap), grow, done);
        grow.Likely = -1;
        StartBlock(grow);
        var g = Call("runtime.growslice", CallAbi.Internal,
            [new GoVal(Universe.UnsafePointer, [ptr], null), new GoVal(Universe.Int, [newLen], null), new GoVal(Universe.Int, [cap], null),
             new GoVal(Universe.Int, [num], null), new GoVal(Universe.UnsafePointer, [TypeAddr(et, call.Pos)], null)],
            [Universe.UnsafePointer, Universe.Int, Universe.Int], call.Pos);
        vars.Write(ptrVar, cur!, g[0].Single, IrType.Ptr);
        vars.Write(capVar, cur!, g[2].Single, IrType.I64);
        Jump(done);
        StartBlock(done);
        var newPtr = vars.Read(ptrVar, cur!, call.Pos);
        var newCap = vars.Read(capVar, cur!, call.Pos);
        if (spread != null)
        {
            var dst = Offset(newPtr, len, esize, call.Pos);
            var bytes = esize == 1 ? num : cur!.NewValue(Op.Mul, IrType.I64, call.Pos, num, Const64(esize, call.Pos));
            ScalarCall("runtime.memmove", [dst, spread.Parts![0], bytes], [], call.Pos);
        }
        else
            for (int i = 0; i < items!.Count; i++)
            {
                var idx = i == 0 ? len : cur!.NewValue(Op.Add, IrType.I64, call.Pos, len, Const64(i, call.Pos));
                StoreTo(Offset(newPtr, idx, esize, call.Pos), items[i], call.Pos);
            }
        return new GoVal(t, [newPtr, newLen, newCap], null);
    }

    /// <summary>A new zeroed object of type t on the heap; returns the pointer (typed *t).</summary>
    private GoVal New(GoType t, SourcePos pos)
    {
        var p = ScalarCall("runtime.newobject", [TypeAddr(t, pos)], [Universe.UnsafePointer], pos)[0];
        return new GoVal(new PointerType(t), p.Parts, null);
    }

    /// <summary>print/println: printlock, one runtime print call per argument (spaces and newline for println), printunlock.</summary>
    private void Print(Ast.CallExpr call, bool ln) => PrintValues(BuiltinArgs(call), ln, call.Pos);

    private void PrintValues(List<GoVal> args, bool ln, SourcePos pos)
    {
        ScalarCall("runtime.printlock", [], [], pos);
        for (int i = 0; i < args.Count; i++)
        {
            if (ln && i > 0) ScalarCall("runtime.printsp", [], [], pos);
            var a = args[i];
            var t = a.Type.Underlying;
            switch (t)
            {
                case BasicType b when b.Is(BasicInfo.IsString):
                    ScalarCall("runtime.printstring", [.. a.Parts!], [], pos);
                    break;
                case BasicType b when b.Is(BasicInfo.IsBoolean):
                    ScalarCall("runtime.printbool", [a.Single], [], pos);
                    break;
                case BasicType b when b.Is(BasicInfo.IsInteger):
                {
                    var wide = Convert(a, b.Is(BasicInfo.IsUnsigned) ? Universe.Uint64 : Universe.Int64, pos);
                    ScalarCall(b.Is(BasicInfo.IsUnsigned) ? "runtime.printuint" : "runtime.printint", [wide.Single], [], pos);
                    break;
                }
                case BasicType b when b.Is(BasicInfo.IsComplex):
                {
                    var wide = Convert(a, Universe.Complex128, pos);
                    ScalarCall("runtime.printcomplex", [wide.Parts![0], wide.Parts[1]], [], pos);
                    break;
                }
                case BasicType b when b.Is(BasicInfo.IsFloat):
                {
                    var wide = Convert(a, Universe.Float64, pos);
                    ScalarCall("runtime.printfloat", [wide.Single], [], pos);
                    break;
                }
                case PointerType or BasicType { Kind: BasicKind.UnsafePointer } or MapType or ChanType or Signature:
                    ScalarCall("runtime.printpointer", [a.Single], [], pos);
                    break;
                case InterfaceType it:
                    ScalarCall(it.IsEmpty ? "runtime.printeface" : "runtime.printiface", [a.Parts![0], a.Parts[1]], [], pos);
                    break;
                case SliceType:
                    ScalarCall("runtime.printslice", [.. a.Parts!], [], pos);
                    break;
                default:
                    throw Unsupported(pos, $"printing values of type {a.Type}");
            }
        }
        if (ln) ScalarCall("runtime.printnl", [], [], pos);
        ScalarCall("runtime.printunlock", [], [], pos);
    }
}
