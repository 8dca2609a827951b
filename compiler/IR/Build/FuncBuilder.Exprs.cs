using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Expressions.
public sealed partial class FuncBuilder
{
    private GoVal Expr(Ast.Expr e)
    {
        var tv = info.TypeOf(e) ?? throw new UserError(e.Pos, "internal: expression was not type-checked");
        if (tv.Mode == Mode.Constant && tv.Value != null) return Constant(tv.Value, tv.Type, e.Pos);
        switch (e)
        {
            case Ast.ParenExpr p: return Expr(p.X);
            case Ast.Name n:
                return info.ObjectOf(n) switch
                {
                    VarObj v => ReadVar(v, n.Pos),
                    NilObj => Zero(tv.Type, n.Pos),
                    FuncObj fo => FuncValue(fo, n.Pos),
                    _ => throw new UserError(n.Pos, $"internal: cannot evaluate {n.Value}"),
                };
            case Ast.Operation { Y: null } u: return Unary(u, tv.Type);
            case Ast.Operation b:
                if (b.Op is Ast.Operator.AndAnd or Ast.Operator.OrOr) return ShortCircuit(b);
                if (b.Op is Ast.Operator.Eql or Ast.Operator.Neq or Ast.Operator.Lss or Ast.Operator.Leq or Ast.Operator.Gtr or Ast.Operator.Geq)
                {
                    var xt = info.TypeOf(b.X)!.Type;
                    var yt = info.TypeOf(b.Y!)!.Type;
                    var ct = Predicates.IsUntyped(xt) ? yt : xt;
                    // Comparing an interface with a non-interface value compares as interfaces.
                    if (yt.Underlying is InterfaceType && yt is not TypeParamType && xt.Underlying is not InterfaceType && !Predicates.IsUntyped(xt)) ct = yt;
                    var x = Convert(Expr(b.X), ct, b.Pos);
                    var y = Convert(Expr(b.Y!), ct, b.Pos);
                    return new GoVal(tv.Type, [Compare(b.Op, x, y, ct, b.Pos)], null);
                }
                else
                {
                    var x = Convert(Expr(b.X), tv.Type, b.Pos);
                    var yRaw = Expr(b.Y!);
                    var yType = info.TypeOf(b.Y!)!.Type;
                    var y = b.Op is Ast.Operator.Shl or Ast.Operator.Shr ? yRaw : Convert(yRaw, tv.Type, b.Pos);
                    return BinaryValues(b.Op, x, y, tv.Type, b.Pos, yType);
                }
            case Ast.CallExpr call:
                return CallExpr(call, discard: false) ?? throw new UserError(call.Pos, "internal: call has no value");
            case Ast.SelectorExpr sel when info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal:
                // A field of size 0 loads nothing, yet p.f with p nil must panic.
                return Load(Address(sel, addrOf: Layout.Sizeof(tv.Type) == 0), tv.Type, sel.Pos);
            case Ast.SelectorExpr sel when info.Uses.GetValueOrDefault(sel.Sel) is VarObj gv && gv.IsGlobal:
                return ReadVar(gv, sel.Pos);
            case Ast.SelectorExpr sel when info.Selections.GetValueOrDefault(sel) is null && info.Uses.GetValueOrDefault(sel.Sel) is FuncObj pf:
                return FuncValue(pf, sel.Pos);
            case Ast.SelectorExpr sel when info.Selections.GetValueOrDefault(sel) is { Kind: SelectionKind.MethodVal } ms:
                return MethodValue(sel, ms, tv.Type);
            case Ast.SelectorExpr sel when info.Selections.GetValueOrDefault(sel) is { Kind: SelectionKind.MethodExpr } me:
                return MethodExpr(sel, me, tv.Type);
            case Ast.IndexExpr ix when InstanceFuncOf(ix) is { } inst: return FuncValue(inst, ix.Pos);
            case Ast.IndexExpr ix: return IndexExpr(ix, tv.Type);
            case Ast.SliceExpr sx: return SliceExpr(sx, tv.Type);
            case Ast.CompositeLit cl: return CompositeLit(cl);
            case Ast.FuncLit fl: return Closure(fl);
            case Ast.AssertExpr ae: return TypeAssert(ae);
            default:
                throw Unsupported(e.Pos, e.GetType().Name + " expressions");
        }
    }

    /// <summary>The values of a multi-value expression (a call returning several results).</summary>
    private List<GoVal> MultiValue(Ast.Expr e)
    {
        if (Unparen(e) is Ast.CallExpr call) return CallResults(call);
        if (Unparen(e) is Ast.AssertExpr ae) return TypeAssertCommaOk(ae);
        if (Unparen(e) is Ast.IndexExpr ix && info.TypeOf(ix.X)!.Type.Underlying is MapType) return MapIndexCommaOk(ix);
        throw Unsupported(e.Pos, "comma-ok expressions");
    }

    /// <summary>
    /// The address of an addressable expression. addrOf: for &amp;e, where nothing may be loaded through
    /// the address, so a nil pointer on the way must be checked explicitly (a load or store through
    /// the address faults by itself, unless the offset is past the unmapped first page).
    /// </summary>
    private Value Address(Ast.Expr e, bool addrOf = false)
    {
        switch (Unparen(e))
        {
            case Ast.Name n when info.ObjectOf(n) is VarObj v: return VarAddr(v, n.Pos);
            case Ast.Operation { Op: Ast.Operator.Mul, Y: null } deref:
            {
                var p = Expr(deref.X).Single;
                if (addrOf) NilCheck(p, deref.Pos);
                return p;
            }
            case Ast.SelectorExpr sel when info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal:
            {
                var xt = info.TypeOf(sel.X)!.Type;
                Value baseAddr;
                GoType t;
                // The last pointer followed (the base, or an embedded *E loaded on the way): nil must panic
                // when the field's address is taken, or when the offset may be past the unmapped page.
                Value? ptrBase = null;
                GoType? ptrElem = null;
                if (xt.Underlying is PointerType pt)
                {
                    baseAddr = Expr(sel.X).Single;
                    t = pt.Elem;
                    (ptrBase, ptrElem) = (baseAddr, t);
                }
                else if (Unparen(sel.X) is Ast.Operation { Op: Ast.Operator.Mul, Y: null } deref)
                {
                    // (*p).f is p.f
                    baseAddr = Expr(deref.X).Single;
                    t = xt;
                    (ptrBase, ptrElem) = (baseAddr, t);
                }
                else { baseAddr = AggregateAddr(sel.X); t = xt; }
                for (int k = 0; k < s.Index.Count; k++)
                {
                    var idx = s.Index[k];
                    var st = (StructType)t.Underlying;
                    var off = Layout.Offsets(st)[idx];
                    if (off != 0)
                    {
                        var c = Const64(off, sel.Pos);
                        baseAddr = cur!.NewValue(Op.Add, IrType.Ptr, sel.Pos, baseAddr, c);
                    }
                    t = st.Fields[idx].Type;
                    if (t.Underlying is PointerType p && k != s.Index.Count - 1)
                    {
                        baseAddr = Load(baseAddr, t, sel.Pos).Single;
                        t = p.Elem;
                        (ptrBase, ptrElem) = (baseAddr, t);
                    }
                }
                if (ptrBase != null && (addrOf || Layout.Sizeof(ptrElem!) >= MinFaultingOffset)) NilCheck(ptrBase, sel.Pos);
                return baseAddr;
            }
            case Ast.SelectorExpr sel when info.Uses.GetValueOrDefault(sel.Sel) is VarObj gv && gv.IsGlobal:
                return GlobalAddr(gv, sel.Pos);
            case Ast.IndexExpr ix: return ElemAddr(ix, addrOf);
            default:
                throw Unsupported(e.Pos, "addresses of " + e.GetType().Name);
        }
    }

    /// <summary>
    /// A function literal's value: its code plus the cells of the variables it captures, in a new
    /// closure object (or a static one when it captures nothing).
    /// </summary>
    private GoVal Closure(Ast.FuncLit fl, bool inFrame = false)
    {
        var symbol = $"{closurePrefix}.func{++closureCount}";
        if (closurePrefix.Contains(".func")) symbol = $"{closurePrefix}.{closureCount}";
        var captures = info.Captures.GetValueOrDefault(fl) ?? [];
        var sub = new FuncBuilder(pkg, info, ir, errors);
        ir.Funcs.Add(sub.BuildClosureFunc(fl, symbol, captures));
        var t = info.TypeOf(fl)!.Type;
        if (captures.Count == 0)
        {
            var a = cur!.NewValue(Op.Addr, IrType.Ptr, fl.Pos);
            a.Aux = ir.FuncValueSymbol(symbol);
            return new GoVal(t, [a], null);
        }
        // The object: the code address, then a pointer per captured variable's cell.
        var fields = new List<VarObj> { new("F", default, pkg, Universe.Uintptr) { IsField = true } };
        for (int i = 0; i < captures.Count; i++) fields.Add(new VarObj("p" + i, default, pkg, new PointerType(captures[i].Type)) { IsField = true });
        var objType = new StructType([.. fields], []);
        Value obj;
        if (inFrame)
        {
            // A closure the caller knows cannot outlive this frame (a deferred literal run once).
            var slot = f.NewSlot("closure", Layout.Sizeof(objType), 8, true);
            obj = cur!.NewValue(Op.LocalAddr, IrType.Ptr, fl.Pos);
            obj.Aux = slot;
        }
        else
        {
            EscapesToHeap(fl.Pos, "func literal");
            obj = New(objType, fl.Pos).Single;
        }
        var code = cur!.NewValue(Op.Addr, IrType.Ptr, fl.Pos);
        code.Aux = symbol;
        SetMem(StoreWord(obj, 0, code, fl.Pos));
        for (int i = 0; i < captures.Count; i++)
            SetMem(StoreWord(obj, 8 + 8 * i, VarAddr(captures[i], fl.Pos), fl.Pos));
        return new GoVal(t, [obj], null);
    }

    private Value StoreWord(Value addr, long off, Value v, SourcePos pos)
    {
        var st = cur!.NewValue(Op.Store, IrType.Mem, pos, addr, v, Mem(pos));
        st.AuxInt = off;
        return st;
    }

    /// <summary>A top-level function as a value: the address of its static closure.</summary>
    private GoVal FuncValue(FuncObj fo, SourcePos pos)
    {
        if (fo.Abi == FuncAbi.Stack) throw Unsupported(pos, "assembly (ABI0) functions as values");
        var a = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
        a.Aux = ir.FuncValueSymbol(fo.LinkSymbol);
        return new GoVal(fo.Type, [a], null);
    }

    // ---- indexing and slicing ----

    /// <summary>x[i] as a value: an element of an array, slice or string (a byte), bounds-checked.</summary>
    private GoVal IndexExpr(Ast.IndexExpr ix, GoType t)
    {
        var xt = info.TypeOf(ix.X)!.Type.Underlying;
        if (xt is BasicType)
        {
            // A string: its bytes are read-only, the index checked against its length.
            var sv = Expr(ix.X);
            var i = IndexValue(ix.Index);
            BoundsCheck(i, sv.Parts![1], "panicIndex", ix.Pos);
            var addr = cur!.NewValue(Op.Add, IrType.Ptr, ix.Pos, sv.Parts[0], i);
            return Load(addr, t, ix.Pos);
        }
        if (xt is MapType) return MapIndexExpr(ix);
        return Load(ElemAddr(ix, addrOf: Layout.Sizeof(t) == 0), t, ix.Pos);
    }

    /// <summary>The address of x[i] for an array (addressable or through a pointer) or a slice.</summary>
    private Value ElemAddr(Ast.IndexExpr ix, bool addrOf = false) => ElemAt(ElemOperands(ix, addrOf, deferChecks: false));

    /// <summary>x[i]'s operands evaluated: the elements' base, the length, the index; NilBase, a
    /// pointer to an array still to be nil-checked. ElemAt checks and finds the element.</summary>
    private sealed record ElemRef(Value Base, Value Len, Value Index, long Size, Value? NilBase, SourcePos Pos);

    /// <summary>
    /// Evaluates x and i of x[i] (array, pointer to array or slice). deferChecks: leave the nil
    /// check of a pointer to an array to ElemAt, as a tuple assignment does (a[i], b = ... evaluates
    /// operands first, and panics only when it assigns to a[i]).
    /// </summary>
    private ElemRef ElemOperands(Ast.IndexExpr ix, bool addrOf, bool deferChecks)
    {
        var xt = info.TypeOf(ix.X)!.Type.Underlying;
        Value basePtr, len;
        Value? nilBase = null;
        GoType elem;
        switch (xt)
        {
            case ArrayType a:
                basePtr = IsAddressable(ix.X) ? Address(ix.X, addrOf) : AggregateAddr(ix.X);
                len = Const64(a.Len, ix.Pos);
                elem = a.Elem;
                break;
            case PointerType { Elem: var pe } when pe.Underlying is ArrayType pa:
                basePtr = Expr(ix.X).Single;
                if (deferChecks) nilBase = basePtr;
                else NilCheck(basePtr, ix.Pos);
                len = Const64(pa.Len, ix.Pos);
                elem = pa.Elem;
                break;
            case SliceType st:
            {
                var sv = Expr(ix.X);
                basePtr = sv.Parts![0];
                len = sv.Parts[1];
                elem = st.Elem;
                break;
            }
            default: throw Unsupported(ix.Pos, $"indexing {xt}");
        }
        return new ElemRef(basePtr, len, IndexValue(ix.Index), Layout.Sizeof(elem), nilBase, ix.Pos);
    }

    /// <summary>The element's address, after the nil check left to it and the bounds check.</summary>
    private Value ElemAt(ElemRef e)
    {
        if (e.NilBase != null) NilCheck(e.NilBase, e.Pos);
        BoundsCheck(e.Index, e.Len, "panicIndex", e.Pos);
        return Offset(e.Base, e.Index, e.Size, e.Pos);
    }

    /// <summary>ptr + i*size.</summary>
    private Value Offset(Value ptr, Value i, long size, SourcePos pos)
    {
        var scaled = size == 1 ? i : cur!.NewValue(Op.Mul, IrType.I64, pos, i, Const64(size, pos));
        return cur!.NewValue(Op.Add, IrType.Ptr, pos, ptr, scaled);
    }

    /// <summary>An index as a 64-bit value (narrow and unsigned indexes are already extended).</summary>
    private Value IndexValue(Ast.Expr e)
    {
        var v = Expr(e);
        return v.Single;
    }

    /// <summary>
    /// Panics with gc's "index out of range [i] with length n" unless 0 ≤ i &lt; n: one unsigned
    /// comparison covers both bounds.
    /// </summary>
    private void BoundsCheck(Value i, Value len, string panicFunc, SourcePos pos)
    {
        if (i.Resolve().Op == Op.Const && len.Resolve().Op == Op.Const && (ulong)i.Resolve().AuxInt < (ulong)len.Resolve().AuxInt) return;
        var bad = cur!.NewValue(Op.GeU, IrType.Bool, pos, i, len);
        var panic = NewBlock();
        var ok = NewBlock();
        Branch(bad, panic, ok);
        StartBlock(panic);
        ScalarCall("runtime." + panicFunc, [i, len], [], pos);
        cur!.Kind = BlockKind.Exit;
        cur = null;
        StartBlock(ok);
    }

    /// <summary>
    /// Dereferencing nil must panic even when nothing is loaded through the pointer (&amp;p.f, p.M
    /// bound as a method value, &amp;a[i] of a nil *array): a one-byte load that faults, which the signal
    /// handler turns into gc's nil-dereference panic.
    /// </summary>
    /// <summary>Offsets from a nil pointer at or past this may hit mapped memory, so they do not fault reliably.</summary>
    private const long MinFaultingOffset = 4096;

    private void NilCheck(Value p, SourcePos pos) => SetMem(cur!.NewValue(Op.NilCheck, IrType.Mem, pos, p, Mem(pos)));

    /// <summary>The address of an aggregate (array or struct) value: its variable, or a temporary holding it.</summary>
    private Value AggregateAddr(Ast.Expr e)
    {
        if (IsAddressable(e)) return Address(e);
        var v = Expr(e);
        if (v.Addr != null) return v.Addr;
        // A value in registers (a struct the ABI returned in parts was rebuilt in memory already; this
        // is for anything else): spill it to a temporary.
        return StoreToTemp("tmp", v, e.Pos);
    }

    /// <summary>The address of a new stack temporary holding a copy of v.</summary>
    private Value StoreToTemp(string name, GoVal v, SourcePos pos)
    {
        var tmp = f.NewSlot(name, Math.Max(8, Layout.Sizeof(v.Type)), Math.Max(8, Layout.Alignof(v.Type)), true);
        var ta = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
        ta.Aux = tmp;
        StoreTo(ta, v, pos);
        return ta;
    }

    private bool IsAddressable(Ast.Expr e) => Unparen(e) switch
    {
        Ast.Name n => info.ObjectOf(n) is VarObj,
        Ast.Operation { Op: Ast.Operator.Mul, Y: null } => true,
        Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is { Kind: SelectionKind.FieldVal } sel
            => sel.Indirect || info.TypeOf(s.X)!.Type.Underlying is PointerType || IsAddressable(s.X),
        Ast.SelectorExpr s => info.Uses.GetValueOrDefault(s.Sel) is VarObj { IsGlobal: true },
        Ast.IndexExpr ix => info.TypeOf(ix.X)!.Type.Underlying switch
        {
            SliceType or PointerType => true,
            ArrayType => IsAddressable(ix.X),
            _ => false,
        },
        _ => false,
    };

    /// <summary>x[lo:hi:max] of an array, a pointer to one, a slice or a string.</summary>
    private GoVal SliceExpr(Ast.SliceExpr sx, GoType t)
    {
        var xt = info.TypeOf(sx.X)!.Type.Underlying;
        Value ptr, len, cap;
        long elemSize;
        switch (xt)
        {
            case BasicType:
            {
                var s = Expr(sx.X);
                (ptr, len, cap, elemSize) = (s.Parts![0], s.Parts[1], s.Parts[1], 1);
                break;
            }
            case ArrayType a:
                (ptr, len, cap, elemSize) = (AggregateAddr(sx.X), Const64(a.Len, sx.Pos), Const64(a.Len, sx.Pos), Layout.Sizeof(a.Elem));
                break;
            case PointerType { Elem: var pe } when pe.Underlying is ArrayType pa:
                (ptr, len, cap, elemSize) = (Expr(sx.X).Single, Const64(pa.Len, sx.Pos), Const64(pa.Len, sx.Pos), Layout.Sizeof(pa.Elem));
                NilCheck(ptr, sx.Pos); // slicing a nil *array panics
                break;
            case SliceType st:
            {
                var s = Expr(sx.X);
                (ptr, len, cap, elemSize) = (s.Parts![0], s.Parts[1], s.Parts[2], Layout.Sizeof(st.Elem));
                break;
            }
            default: throw Unsupported(sx.Pos, $"slicing {xt}");
        }
        var lo = sx.Low != null ? IndexValue(sx.Low) : Const64(0, sx.Pos);
        var isString = xt is BasicType;
        // Checks as gc orders them: max (or high) against cap, then high against max, then low against high.
        Value hi, max;
        if (sx.Full)
        {
            max = IndexValue(sx.Max!);
            BoundsCheck2(max, cap, xt is SliceType ? "panicSlice3Acap" : "panicSlice3Alen", inclusive: true, sx.Pos);
            hi = IndexValue(sx.High!);
            BoundsCheck2(hi, max, "panicSlice3B", inclusive: true, sx.Pos);
            BoundsCheck2(lo, hi, "panicSlice3C", inclusive: true, sx.Pos);
        }
        else
        {
            max = cap;
            hi = sx.High != null ? IndexValue(sx.High) : len;
            if (sx.High != null) BoundsCheck2(hi, isString ? len : cap, xt is SliceType ? "panicSliceAcap" : "panicSliceAlen", inclusive: true, sx.Pos);
            BoundsCheck2(lo, hi, "panicSliceB", inclusive: true, sx.Pos);
        }
        var newLen = cur!.NewValue(Op.Sub, IrType.I64, sx.Pos, hi, lo);
        var newCap = cur.NewValue(Op.Sub, IrType.I64, sx.Pos, max, lo);
        // The new pointer: ptr + lo*size, except when the result is empty at the end (keep ptr in bounds:
        // gc masks the offset when the new cap is 0; so do we).
        Value newPtr = ptr;
        if (!(lo.Resolve() is { Op: Op.Const, AuxInt: 0 }))
        {
            var off = elemSize == 1 ? lo : cur.NewValue(Op.Mul, IrType.I64, sx.Pos, lo, Const64(elemSize, sx.Pos));
            // mask = all ones when the new cap (the new length for strings) is not 0, else 0.
            var rest = isString ? newLen : newCap;
            if (!(rest.Resolve() is { Op: Op.Const, AuxInt: > 0 }))
            {
                var mask = cur.NewValue(Op.Rsh, IrType.I64, sx.Pos, cur.NewValue(Op.Neg, IrType.I64, sx.Pos, rest), Const64(63, sx.Pos));
                off = cur.NewValue(Op.And, IrType.I64, sx.Pos, off, mask);
            }
            newPtr = cur.NewValue(Op.Add, IrType.Ptr, sx.Pos, ptr, off);
        }
        if (isString) return new GoVal(t, [newPtr, newLen], null);
        return new GoVal(t, [newPtr, newLen, newCap], null);
    }

    /// <summary>Panics (runtime.NAME(x, y)) unless x ≤ y (inclusive) or x &lt; y, as unsigned.</summary>
    private void BoundsCheck2(Value x, Value y, string panicFunc, bool inclusive, SourcePos pos)
    {
        if (x.Resolve().Op == Op.Const && y.Resolve().Op == Op.Const)
        {
            var (a, b) = ((ulong)x.Resolve().AuxInt, (ulong)y.Resolve().AuxInt);
            if (inclusive ? a <= b : a < b) return;
        }
        var bad = cur!.NewValue(inclusive ? Op.GtU : Op.GeU, IrType.Bool, pos, x, y);
        var panic = NewBlock();
        var ok = NewBlock();
        Branch(bad, panic, ok);
        StartBlock(panic);
        ScalarCall("runtime." + panicFunc, [x, y], [], pos);
        cur!.Kind = BlockKind.Exit;
        cur = null;
        StartBlock(ok);
    }

    // ---- constants ----

    private GoVal Constant(ConstValue c, GoType t, SourcePos pos)
    {
        if (Predicates.IsUntyped(t)) t = Universe.Default(t);
        var u = t.Underlying;
        if (u is BasicType b)
        {
            if (b.Is(BasicInfo.IsString))
            {
                var s = c.Str;
                if (s.Length == 0) return new GoVal(t, [ConstPart(IrType.Ptr, 0, pos), Const64(0, pos)], null);
                var addr = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
                addr.Aux = ir.StringSymbol(s);
                return new GoVal(t, [addr, Const64(s.Length, pos)], null);
            }
            if (b.Is(BasicInfo.IsBoolean)) return new GoVal(t, [ConstPart(IrType.Bool, c.Bool ? 1 : 0, pos)], null);
            if (b.Is(BasicInfo.IsInteger))
            {
                var i = c.ToInt()!.Int;
                return new GoVal(t, [ConstPart(TypeParts.Of(t)![0], (long)(ulong)(i & ulong.MaxValue), pos)], null);
            }
            if (b.Is(BasicInfo.IsFloat))
            {
                var d = c.ToDouble();
                var part = TypeParts.Of(t)![0];
                return new GoVal(t, [ConstPart(part, part == IrType.F32 ? BitConverter.SingleToInt32Bits((float)d) : BitConverter.DoubleToInt64Bits(d), pos)], null);
            }
            if (b.Is(BasicInfo.IsComplex))
            {
                var cc = c.ToComplex()!;
                var part = TypeParts.Of(t)![0];
                long Bits(double d) => part == IrType.F32 ? BitConverter.SingleToInt32Bits((float)d) : BitConverter.DoubleToInt64Bits(d);
                return new GoVal(t, [ConstPart(part, Bits(cc.Real.ToDouble()), pos), ConstPart(part, Bits(cc.Imag.ToDouble()), pos)], null);
            }
        }
        if (c.Kind == ConstKind.Unknown) return Zero(t, pos);
        throw Unsupported(pos, $"constants of type {t}");
    }

    // ---- operators ----

    private GoVal Unary(Ast.Operation u, GoType t)
    {
        switch (u.Op)
        {
            case Ast.Operator.Sub when Predicates.IsComplex(t):
            {
                var x = Expr(u.X);
                return new GoVal(t, [cur!.NewValue(Op.Neg, x.Parts![0].Type, u.Pos, x.Parts[0]), cur.NewValue(Op.Neg, x.Parts[1].Type, u.Pos, x.Parts[1])], null);
            }
            case Ast.Operator.Sub:
            {
                var x = Expr(u.X);
                var v = cur!.NewValue(Op.Neg, x.Single.Type, u.Pos, x.Single);
                return new GoVal(t, [Normalize(v, t, u.Pos)], null);
            }
            case Ast.Operator.Add: return Expr(u.X);
            case Ast.Operator.Xor:
            {
                var x = Expr(u.X);
                var v = cur!.NewValue(Op.Com, x.Single.Type, u.Pos, x.Single);
                return new GoVal(t, [Normalize(v, t, u.Pos)], null);
            }
            case Ast.Operator.Not:
            {
                var x = Expr(u.X);
                return new GoVal(t, [cur!.NewValue(Op.Not, IrType.Bool, u.Pos, x.Single)], null);
            }
            case Ast.Operator.Mul:
            {
                var p = Expr(u.X).Single;
                if (Layout.Sizeof(t) == 0) NilCheck(p, u.Pos); // nothing is loaded
                return Load(p, t, u.Pos);
            }
            case Ast.Operator.And when Unparen(u.X) is Ast.CompositeLit lit:
            {
                // &T{...}: a new object (on the heap, or in the frame when it does not escape) filled in place.
                var lt = info.TypeOf(lit)!.Type;
                var p = Allocate(u, lt, "&" + ShortType(lt) + (lit.Elems.Length == 0 ? "{}" : "{...}"), u.Pos);
                FillPointee(p, lt, lit);
                return new GoVal(t, [p], null);
            }
            case Ast.Operator.And:
                return new GoVal(t, [Address(u.X, addrOf: true)], null);
            default:
                throw Unsupported(u.Pos, $"operator {u.Op.Text()}");
        }
    }

    /// <summary>
    /// Narrow integer values are kept sign- or zero-extended in 64-bit registers; after an operation
    /// that can carry into the upper bits, extend again.
    /// </summary>
    private Value Normalize(Value v, GoType t, SourcePos pos)
    {
        var bits = (int)Layout.Sizeof(t) * 8;
        if (!Predicates.IsInteger(t) || bits >= 64) return v;
        var e = cur!.NewValue(Op.Ext, v.Type, pos, v);
        e.AuxInt = TypeParts.IsSigned(t) ? bits : -bits;
        return e;
    }

    private GoVal BinaryValues(Ast.Operator op, GoVal x, GoVal y, GoType t, SourcePos pos, GoType yType)
    {
        if (Predicates.IsString(t))
        {
            if (op != Ast.Operator.Add) throw Unsupported(pos, $"operator {op.Text()} on strings");
            return Concat([x, y], t, pos);
        }
        if (Predicates.IsComplex(t)) return ComplexArith(op, x, y, t, pos);
        if (Predicates.IsFloat(t))
        {
            var fo = op switch
            {
                Ast.Operator.Add => Op.Add, Ast.Operator.Sub => Op.Sub, Ast.Operator.Mul => Op.Mul, Ast.Operator.Div => Op.Div,
                _ => throw Unsupported(pos, $"operator {op.Text()} on floats"),
            };
            return new GoVal(t, [cur!.NewValue(fo, x.Single.Type, pos, x.Single, y.Single)], null);
        }
        if (!Predicates.IsInteger(t)) throw Unsupported(pos, $"arithmetic on {t}");
        var signed = TypeParts.IsSigned(t);
        var irt = x.Single.Type;
        Op o = op switch
        {
            Ast.Operator.Add => Op.Add,
            Ast.Operator.Sub => Op.Sub,
            Ast.Operator.Mul => Op.Mul,
            Ast.Operator.Div => signed ? Op.Div : Op.DivU,
            Ast.Operator.Rem => signed ? Op.Mod : Op.ModU,
            Ast.Operator.And => Op.And,
            Ast.Operator.Or => Op.Or,
            Ast.Operator.Xor => Op.Xor,
            Ast.Operator.AndNot => Op.AndNot,
            Ast.Operator.Shl => Op.Lsh,
            Ast.Operator.Shr => signed ? Op.Rsh : Op.RshU,
            _ => throw Unsupported(pos, $"operator {op.Text()}"),
        };
        if (o is Op.Div or Op.DivU or Op.Mod or Op.ModU)
        {
            // Go panics on integer division by zero.
            PanicIf(Op.Eq, y.Single, Const64(0, pos), "panicdivide", pos);
        }
        if (o is Op.Lsh or Op.Rsh or Op.RshU)
        {
            if (TypeParts.IsSigned(yType)) PanicIf(Op.Lt, y.Single, Const64(0, pos), "panicshift", pos);
            var v0 = cur!.NewValue(o, irt, pos, x.Single, y.Single);
            v0.AuxInt = Layout.Sizeof(t) * 8;
            return new GoVal(t, [o == Op.Lsh ? Normalize(v0, t, pos) : v0], null);
        }
        var v = cur!.NewValue(o, irt, pos, x.Single, y.Single);
        var needsNorm = o is Op.Add or Op.Sub or Op.Mul or Op.Div;
        return new GoVal(t, [needsNorm ? Normalize(v, t, pos) : v], null);
    }

    /// <summary>Calls runtime.NAME (which does not return) when a OP b.</summary>
    private void PanicIf(Op cmp, Value a, Value b, string name, SourcePos pos)
    {
        var c = cur!.NewValue(cmp, IrType.Bool, pos, a, b);
        var panic = NewBlock();
        var ok = NewBlock();
        Branch(c, panic, ok);
        panic.Likely = -1;
        StartBlock(panic);
        ScalarCall("runtime." + name, [], [], pos);
        cur!.Kind = BlockKind.Exit;
        cur = null;
        StartBlock(ok);
    }

    /// <summary>
    /// Complex arithmetic on (re, im) pairs: + and - by parts, * as (ac-bd) + (ad+bc)i, / by the
    /// runtime (which handles infinities and NaNs as gc's complex128div does).
    /// </summary>
    private GoVal ComplexArith(Ast.Operator op, GoVal x, GoVal y, GoType t, SourcePos pos)
    {
        var ft = x.Parts![0].Type;
        Value F(Op o, Value a, Value b) => cur!.NewValue(o, ft, pos, a, b);
        var (a, b, c, d) = (x.Parts[0], x.Parts[1], y.Parts![0], y.Parts[1]);
        switch (op)
        {
            case Ast.Operator.Add: return new GoVal(t, [F(Op.Add, a, c), F(Op.Add, b, d)], null);
            case Ast.Operator.Sub: return new GoVal(t, [F(Op.Sub, a, c), F(Op.Sub, b, d)], null);
            case Ast.Operator.Mul: return new GoVal(t, [F(Op.Sub, F(Op.Mul, a, c), F(Op.Mul, b, d)), F(Op.Add, F(Op.Mul, a, d), F(Op.Mul, b, c))], null);
            case Ast.Operator.Div:
            {
                var wide = Universe.Complex128;
                var r = Call("runtime.complex128div", CallAbi.Internal, [Convert(x, wide, pos), Convert(y, wide, pos)], [wide], pos)[0];
                return Convert(r, t, pos);
            }
            default: throw Unsupported(pos, $"operator {op.Text()} on complex numbers");
        }
    }

    /// <summary>a + b + ... of strings: runtime.concatstrings over a slice of the operands on the stack.</summary>
    private GoVal Concat(List<GoVal> parts, GoType t, SourcePos pos)
    {
        var n = parts.Count;
        var slot = f.NewSlot("concat", 16 * n, 8, true);
        var addr = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
        addr.Aux = slot;
        for (int i = 0; i < n; i++)
        {
            var ea = i == 0 ? addr : cur.NewValue(Op.Add, IrType.Ptr, pos, addr, Const64(16 * i, pos));
            StoreTo(ea, parts[i] with { Type = Universe.String }, pos);
        }
        var slice = new GoVal(new SliceType(Universe.String), [addr, Const64(n, pos), Const64(n, pos)], null);
        var r = Call("runtime.concatstrings", CallAbi.Internal, [slice], [Universe.String], pos)[0];
        return r with { Type = t };
    }

    private Value Compare(Ast.Operator op, GoVal x, GoVal y, GoType t, SourcePos pos)
    {
        if (Predicates.IsString(t))
        {
            var sx = x with { Type = Universe.String };
            var sy = y with { Type = Universe.String };
            if (op is Ast.Operator.Eql or Ast.Operator.Neq)
            {
                var eq = Call("runtime.eqstring", CallAbi.Internal, [sx, sy], [Universe.Bool], pos)[0].Single;
                return op == Ast.Operator.Eql ? eq : cur!.NewValue(Op.Not, IrType.Bool, pos, eq);
            }
            var c = Call("runtime.cmpstring", CallAbi.Internal, [sx, sy], [Universe.Int], pos)[0].Single;
            var zero = Const64(0, pos);
            var o2 = op switch { Ast.Operator.Lss => Op.Lt, Ast.Operator.Leq => Op.Le, Ast.Operator.Gtr => Op.Gt, _ => Op.Ge };
            return cur!.NewValue(o2, IrType.Bool, pos, c, zero);
        }
        if (Predicates.IsComplex(t) && op is Ast.Operator.Eql or Ast.Operator.Neq)
        {
            var re = cur!.NewValue(Op.Eq, IrType.Bool, pos, x.Parts![0], y.Parts![0]);
            var im = cur.NewValue(Op.Eq, IrType.Bool, pos, x.Parts[1], y.Parts[1]);
            var both = cur.NewValue(Op.And, IrType.Bool, pos, re, im);
            return op == Ast.Operator.Eql ? both : cur.NewValue(Op.Not, IrType.Bool, pos, both);
        }
        if (t.Underlying is InterfaceType or SliceType or MapType or Signature && x.Parts != null && x.Parts.Length > 1)
        {
            // Against nil: only the first word (type/itab, or the slice's pointer) matters.
            if (IsNilValue(y) || IsNilValue(x))
            {
                var w = IsNilValue(y) ? x.Parts[0] : y.Parts![0];
                return cur!.NewValue(op == Ast.Operator.Eql ? Op.Eq : Op.Ne, IrType.Bool, pos, w, ConstPart(IrType.Ptr, 0, pos));
            }
            if (t.Underlying is InterfaceType it)
            {
                var fn = it.IsEmpty ? "runtime.efaceeq" : "runtime.ifaceeq";
                var eq = ScalarCall(fn, [x.Parts[0], x.Parts[1], y.Parts![0], y.Parts[1]], [Universe.Bool], pos)[0].Single;
                return op == Ast.Operator.Eql ? eq : cur!.NewValue(Op.Not, IrType.Bool, pos, eq);
            }
        }
        if (t.Underlying is StructType or ArrayType && op is Ast.Operator.Eql or Ast.Operator.Neq)
        {
            var eq = AggregateEqual(ValueAddr(x, pos), ValueAddr(y, pos), t, pos);
            return op == Ast.Operator.Eql ? eq : cur!.NewValue(Op.Not, IrType.Bool, pos, eq);
        }
        if (x.Parts == null || x.Parts.Length != 1) throw Unsupported(pos, $"comparison of {t}");
        var unsigned = !TypeParts.IsSigned(t);
        var o = op switch
        {
            Ast.Operator.Eql => Op.Eq,
            Ast.Operator.Neq => Op.Ne,
            Ast.Operator.Lss => unsigned ? Op.LtU : Op.Lt,
            Ast.Operator.Leq => unsigned ? Op.LeU : Op.Le,
            Ast.Operator.Gtr => unsigned ? Op.GtU : Op.Gt,
            _ => unsigned ? Op.GeU : Op.Ge,
        };
        if (Predicates.IsFloat(t)) o = op switch
        {
            Ast.Operator.Eql => Op.Eq, Ast.Operator.Neq => Op.Ne, Ast.Operator.Lss => Op.Lt,
            Ast.Operator.Leq => Op.Le, Ast.Operator.Gtr => Op.Gt, _ => Op.Ge,
        };
        return cur!.NewValue(o, IrType.Bool, pos, x.Single, y.Single);
    }

    /// <summary>
    /// == of two structs or arrays in memory. Small ones without interfaces inside compare field by
    /// field inline (floats as floats, strings by content, blank fields skipped); plain memory runs
    /// with runtime.memequal; the rest (interfaces inside, whose dynamic types may not be comparable,
    /// or many fields) with runtime.typedequal, which walks the type descriptor in source order and
    /// stops at the first difference, as the spec orders it.
    /// </summary>
    private Value AggregateEqual(Value p, Value q, GoType t, SourcePos pos)
    {
        if (TypeDescriptors.MemoryComparable(t) && Layout.Sizeof(t) > 32)
            return ScalarCall("runtime.memequal", [p, q, Const64(Layout.Sizeof(t), pos)], [Universe.Bool], pos)[0].Single;
        if (HasInterface(t) || LeafCount(t) > 8)
            return ScalarCall("runtime.typedequal", [TypeAddr(t, pos), p, q], [Universe.Bool], pos)[0].Single;
        Value? all = null;
        void Leaf(long off, GoType ft)
        {
            Value eq;
            var pa = off == 0 ? p : cur!.NewValue(Op.Add, IrType.Ptr, pos, p, Const64(off, pos));
            var qa = off == 0 ? q : cur!.NewValue(Op.Add, IrType.Ptr, pos, q, Const64(off, pos));
            if (ft.Underlying is StructType or ArrayType) eq = AggregateEqual(pa, qa, ft, pos);
            else eq = Compare(Ast.Operator.Eql, Load(pa, ft, pos), Load(qa, ft, pos), ft, pos);
            all = all == null ? eq : cur!.NewValue(Op.And, IrType.Bool, pos, all, eq);
        }
        switch (t.Underlying)
        {
            case StructType st:
                var offs = Layout.Offsets(st);
                for (int i = 0; i < st.Fields.Length; i++)
                    if (st.Fields[i].Name != "_") Leaf(offs[i], st.Fields[i].Type);
                break;
            case ArrayType a:
                var es = Layout.Sizeof(a.Elem);
                for (long i = 0; i < a.Len; i++) Leaf(i * es, a.Elem);
                break;
        }
        return all ?? ConstPart(IrType.Bool, 1, pos);
    }

    private static bool HasInterface(GoType t) => t.Underlying switch
    {
        InterfaceType => true,
        StructType st => st.Fields.Any(f => HasInterface(f.Type)),
        ArrayType a => a.Len > 0 && HasInterface(a.Elem),
        _ => false,
    };

    /// <summary>How many scalar comparisons an inline == of t takes.</summary>
    private static long LeafCount(GoType t) => t.Underlying switch
    {
        StructType st => st.Fields.Sum(f => LeafCount(f.Type)),
        ArrayType a => a.Len * LeafCount(a.Elem),
        _ => 1,
    };

    /// <summary>The address of a value held in memory, or of a temporary holding it (a zero value has none).</summary>
    private Value ValueAddr(GoVal v, SourcePos pos) => v.Addr ?? StoreToTemp("cmp", v, pos);

    private static bool IsNilValue(GoVal v) => v.Parts != null && v.Parts.All(p => p.Resolve() is { Op: Op.Const, AuxInt: 0 });

    /// <summary>a &amp;&amp; b and a || b as values: control flow joining in a phi.</summary>
    private GoVal ShortCircuit(Ast.Operation b)
    {
        var yes = NewBlock();
        var no = NewBlock();
        var done = NewBlock();
        Cond(b, yes, no);
        var tmp = new object();
        StartBlock(yes);
        vars.Write(tmp, cur!, ConstPart(IrType.Bool, 1, b.Pos), IrType.Bool);
        Jump(done);
        StartBlock(no);
        vars.Write(tmp, cur!, ConstPart(IrType.Bool, 0, b.Pos), IrType.Bool);
        Jump(done);
        StartBlock(done);
        return new GoVal(info.TypeOf(b)!.Type, [vars.Read(tmp, cur!, b.Pos)], null);
    }

    // ---- conversions ----

    /// <summary>
    /// A value in an interface: the type word (the type descriptor for an empty interface, the itab
    /// otherwise) and the data word (the value itself when pointer-shaped, else a pointer to a copy).
    /// </summary>
    private GoVal ToInterface(GoVal v, GoType to, SourcePos pos)
    {
        var from = v.Type;
        var empty = ((InterfaceType)to.Underlying).IsEmpty;
        if (from.Underlying is InterfaceType fromIface)
        {
            if (empty == fromIface.IsEmpty && empty) return v with { Type = to };
            if (empty)
            {
                // iface → eface: the type is the itab's (nil for a nil interface).
                var t = ScalarCall("runtime.itabType", [v.Parts![0]], [Universe.UnsafePointer], pos)[0].Single;
                return new GoVal(to, [t, v.Parts[1]], null);
            }
            // → a non-empty interface: the itab for the dynamic type, found (and cached) at run time.
            var inter = TypeAddr(to, pos);
            var fn = fromIface.IsEmpty ? "runtime.convE2I" : "runtime.convI2I";
            var tab = ScalarCall(fn, [inter, v.Parts![0]], [Universe.UnsafePointer], pos)[0].Single;
            return new GoVal(to, [tab, v.Parts[1]], null);
        }
        Value typeWord;
        if (v.Parts != null && v.Parts.Length == 1 && v.Type == Universe.UntypedNil) return Zero(to, pos);
        typeWord = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
        typeWord.Aux = empty ? ir.Types.Of(from) : ir.Types.Itab(from, to);
        Value data;
        if (TypeDescriptors.IsDirectIface(from))
            data = v.Parts != null ? v.Parts[0] : Load(v.Addr!, Universe.UnsafePointer, pos).Single;
        else if (Layout.Sizeof(from) == 0)
        {
            data = cur.NewValue(Op.Addr, IrType.Ptr, pos);
            data.Aux = "runtime.zerobase";
        }
        else
        {
            // Box: a heap copy of the value.
            Value src;
            if (v.Addr != null && v.Parts == null) src = v.Addr;
            else
            {
                var tmp = f.NewSlot("box", Math.Max(8, Layout.Sizeof(from)), Math.Max(8, Layout.Alignof(from)), true);
                src = cur.NewValue(Op.LocalAddr, IrType.Ptr, pos);
                src.Aux = tmp;
                StoreTo(src, v, pos);
            }
            data = ScalarCall("runtime.convT", [TypeAddr(from, pos), src], [Universe.UnsafePointer], pos)[0].Single;
        }
        return new GoVal(to, [typeWord, data], null);
    }

    private Value TypeAddr(GoType t, SourcePos pos)
    {
        var a = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
        a.Aux = ir.Types.Of(t);
        return a;
    }

    /// <summary>
    /// Conversions involving floats: int↔float (the hardware's saturating conversions, which is what gc
    /// does on arm64), float32↔float64. Integer results narrower than 64 bits are re-extended.
    /// </summary>
    private GoVal NumericConvert(GoVal v, GoType t, SourcePos pos)
    {
        var to = TypeParts.Of(t)![0];
        var from = v.Single.Type;
        if (from.IsFloat() && to.IsFloat())
            return new GoVal(t, [from == to ? v.Single : cur!.NewValue(Op.CvtF, to, pos, v.Single)], null);
        if (!from.IsFloat())
        {
            var c = cur!.NewValue(Op.CvtI2F, to, pos, v.Single);
            c.Signed = TypeParts.IsSigned(v.Type);
            return new GoVal(t, [c], null);
        }
        var i = cur!.NewValue(Op.CvtF2I, IrType.I64, pos, v.Single);
        i.Signed = TypeParts.IsSigned(t);
        var bits = (int)Layout.Sizeof(t) * 8;
        if (bits == 64) return new GoVal(t, [i], null);
        var e = cur!.NewValue(Op.Ext, to, pos, i);
        e.AuxInt = TypeParts.IsSigned(t) ? bits : -bits;
        return new GoVal(t, [e], null);
    }

    /// <summary>Converts a value to type t (assignment conversions and explicit conversions).</summary>
    private GoVal Convert(GoVal v, GoType t, SourcePos pos)
    {
        if (Predicates.Identical(v.Type, t)) return v;
        if (v.Type == Universe.UntypedNil) return Zero(t, pos);
        var (from, to) = (v.Type.Underlying, t.Underlying);
        if (to is InterfaceType && t is not TypeParamType) return ToInterface(v, t, pos);
        if (Predicates.Identical(from, to) || v.Parts == null) return v with { Type = t };
        if (Predicates.IsInteger(v.Type) && Predicates.IsInteger(t))
        {
            var fromSize = Layout.Sizeof(v.Type);
            var toSize = Layout.Sizeof(t);
            var part = TypeParts.Of(t)![0];
            var x = v.Single;
            // Widening keeps the source's extension (except signed to a narrower-than-64-bit unsigned type:
            // int8(-128) -> uint16 is 0xff80, zero-extended); narrowing or changing signedness re-extends.
            var signedToUnsigned = TypeParts.IsSigned(v.Type) && !TypeParts.IsSigned(t);
            if ((toSize > fromSize && !signedToUnsigned) || toSize == 8 || (toSize == fromSize && TypeParts.IsSigned(v.Type) == TypeParts.IsSigned(t)))
            {
                var c = cur!.NewValue(Op.Copy, part, pos, x);
                return new GoVal(t, [c], null);
            }
            var e = cur!.NewValue(Op.Ext, part, pos, x);
            e.AuxInt = TypeParts.IsSigned(t) ? toSize * 8 : -toSize * 8;
            return new GoVal(t, [e], null);
        }
        if ((Predicates.IsInteger(v.Type) || Predicates.IsFloat(v.Type)) && (Predicates.IsInteger(t) || Predicates.IsFloat(t)))
            return NumericConvert(v, t, pos);
        if (Predicates.IsComplex(v.Type) && Predicates.IsComplex(t))
        {
            var pt = TypeParts.Of(t)![0];
            if (v.Parts![0].Type == pt) return v with { Type = t };
            return new GoVal(t, [cur!.NewValue(Op.CvtF, pt, pos, v.Parts[0]), cur.NewValue(Op.CvtF, pt, pos, v.Parts[1])], null);
        }
        if (Predicates.IsString(t) && Predicates.IsInteger(v.Type))
        {
            var wide = Convert(v, Universe.Int64, pos);
            return Call("runtime.intstring", CallAbi.Internal, [wide], [Universe.String], pos)[0] with { Type = t };
        }
        if (Predicates.IsString(t) && from is SliceType { Elem.Underlying: BasicType { Kind: BasicKind.Uint8 } })
            return ScalarCall("runtime.slicebytetostring", [v.Parts[0], v.Parts[1]], [Universe.String], pos)[0] with { Type = t };
        if (Predicates.IsString(v.Type) && to is SliceType { Elem.Underlying: BasicType { Kind: BasicKind.Uint8 } })
            return Call("runtime.stringtoslicebyte", CallAbi.Internal, [v with { Type = Universe.String }], [new SliceType(Universe.Byte)], pos)[0] with { Type = t };
        if (Predicates.IsString(v.Type) && to is SliceType { Elem.Underlying: BasicType { Kind: BasicKind.Int32 } })
            return Call("runtime.stringtoslicerune", CallAbi.Internal, [v with { Type = Universe.String }], [new SliceType(Universe.Int32)], pos)[0] with { Type = t };
        if (Predicates.IsString(t) && from is SliceType { Elem.Underlying: BasicType { Kind: BasicKind.Int32 } })
            return ScalarCall("runtime.slicerunetostring", [v.Parts[0], v.Parts[1]], [Universe.String], pos)[0] with { Type = t };
        // Slice to array (Go 1.20) and to array pointer (Go 1.17): the slice must be long enough.
        if (from is SliceType && (to is ArrayType || to is PointerType { Elem.Underlying: ArrayType }))
        {
            var arr = to as ArrayType ?? (ArrayType)((PointerType)to).Elem.Underlying;
            BoundsCheck2(Const64(arr.Len, pos), v.Parts[1], to is PointerType ? "panicSliceConvertPtr" : "panicSliceConvert", inclusive: true, pos);
            if (to is PointerType) return new GoVal(t, [cur!.NewValue(Op.Copy, IrType.Ptr, pos, v.Parts[0])], null);
            return Load(v.Parts[0], t, pos);
        }
        if (to is BasicType { Kind: BasicKind.UnsafePointer } || from is BasicType { Kind: BasicKind.UnsafePointer } ||
            (from is PointerType && to is PointerType))
            return new GoVal(t, [cur!.NewValue(Op.Copy, TypeParts.Of(t)![0], pos, v.Single)], null);
        if (TypeParts.Of(t) is { } tp && v.Parts.Length == tp.Length && v.Parts.Select(p => p.Type).SequenceEqual(tp))
            return v with { Type = t };
        throw Unsupported(pos, $"conversions from {v.Type} to {t}");
    }
}
