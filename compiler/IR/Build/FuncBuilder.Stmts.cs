using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Statements.
public sealed partial class FuncBuilder
{
    private void Block(IEnumerable<Ast.Stmt> stmts)
    {
        foreach (var s in stmts) Stmt(s);
    }

    private void Stmt(Ast.Stmt s, string? label = null)
    {
        if (cur == null)
        {
            // Unreachable code still needs a block if it holds a label someone jumps to.
            if (s is not Ast.LabeledStmt) return;
        }
        switch (s)
        {
            case Ast.EmptyStmt: break;
            case Ast.BlockStmt b: Block(b.Stmts); break;
            case Ast.ExprStmt es: ExprStmt(es.X); break;
            case Ast.DeclStmt ds: DeclStmt(ds); break;
            case Ast.AssignStmt a: Assign(a); break;
            case Ast.ReturnStmt r: ReturnStmt(r); break;
            case Ast.IfStmt i: If(i); break;
            case Ast.ForStmt fs: For(fs, label); break;
            case Ast.SwitchStmt sw: Switch(sw, label); break;
            case Ast.BranchStmt br: BranchStmt(br); break;
            case Ast.LabeledStmt ls: Labeled(ls); break;
            case Ast.CallStmt { Tok: Ast.CallToken.Defer } ds: DeferStmt(ds); break;
            default: throw Unsupported(s.Pos, s.GetType().Name + " statements");
        }
    }

    private void ExprStmt(Ast.Expr e)
    {
        if (Unparen(e) is Ast.CallExpr call) { CallExpr(call, discard: true); return; }
        Expr(e);
    }

    private static Ast.Expr Unparen(Ast.Expr e) => e is Ast.ParenExpr p ? Unparen(p.X) : e;

    private void DeclStmt(Ast.DeclStmt ds)
    {
        foreach (var d in ds.Decls)
        {
            if (d is not Ast.VarDecl vd) continue; // constants and types need no code
            var objs = vd.Names.Select(n => info.Defs.GetValueOrDefault(n) as VarObj).ToList();
            if (vd.Values.IsEmpty)
            {
                foreach (var o in objs) if (o != null) DeclareVar(o, Zero(o.Type, vd.Pos), vd.Pos);
                continue;
            }
            if (objs.Count == 1 && vd.Values.Length == 1 && objs[0] is { Name: not "_" } one && DeclareFromCall(one, vd.Values[0], vd.Pos)) continue;
            var vals = vd.Values.Length == objs.Count
                ? vd.Values.Select(Expr).ToList()
                : MultiValue(vd.Values[0]);
            for (int i = 0; i < objs.Count; i++)
                if (objs[i] is null or { Name: "_" }) KeepFaults(vals[i], vd.Pos);
            for (int i = 0; i < objs.Count; i++)
                if (objs[i] is { Name: not "_" } o) DeclareVar(o, Convert(vals[i], o.Type, vd.Pos), vd.Pos);
        }
    }

    private void Assign(Ast.AssignStmt a)
    {
        if (a.IsIncDec || a.Op != Ast.Operator.None)
        {
            // x op= y: evaluate the address of x once.
            var lhs = a.Lhs[0];
            var lt = info.TypeOf(lhs)!.Type;
            var target = LValue(lhs);
            var old = target.Read(this, a.Pos);
            GoVal rhs;
            if (a.IsIncDec) rhs = Constant(ConstValue.Of(1), lt, a.Pos); // 1 of x's type: 1.0 for floats, 1+0i for complex
            else rhs = Convert(Expr(a.Rhs[0]), lt, a.Pos);
            var shiftCountType = a.IsIncDec ? lt : info.TypeOf(a.Rhs[0])!.Type;
            var r = BinaryValues(a.Op, old, rhs, lt, a.Pos, shiftCountType);
            target.Write(this, r, a.Pos);
            return;
        }
        if (a.IsDefine)
        {
            if (a.Lhs.Length == 1 && a.Rhs.Length == 1 && a.Lhs[0] is Ast.Name dn && info.Defs.GetValueOrDefault(dn) is VarObj { Name: not "_" } dv
                && DeclareFromCall(dv, a.Rhs[0], a.Pos))
                return;
            var lhsObjs = a.Lhs.Select(l => l is Ast.Name n ? (info.Defs.GetValueOrDefault(n) ?? info.Uses.GetValueOrDefault(n)) as VarObj : null).ToList();
            var vals = a.Rhs.Length == a.Lhs.Length ? a.Rhs.Select(Expr).ToList() : MultiValue(a.Rhs[0]);
            if (vals.Count > 1) vals = vals.Select(v => Snapshot(v, a.Pos)).ToList();
            for (int i = 0; i < lhsObjs.Count; i++)
                if (lhsObjs[i] is null or { Name: "_" }) KeepFaults(vals[i], a.Pos);
            for (int i = 0; i < lhsObjs.Count; i++)
            {
                var o = lhsObjs[i];
                if (o == null || o.Name == "_") continue;
                var v = Convert(vals[i], o.Type, a.Pos);
                if (a.Lhs[i] is Ast.Name n && info.Defs.ContainsKey(n)) DeclareVar(o, v, a.Pos);
                else WriteVar(o, v, a.Pos);
            }
            return;
        }
        // Plain assignment: evaluate all operands first, then assign left to right (an index out of
        // range panics only when its element is assigned, after the assignments before it).
        var targets = a.Lhs.Select(l => Unparen(l) is Ast.Name { Value: "_" } ? null : LValue(l, deferChecks: a.Lhs.Length > 1)).ToList();
        // x = f() of a variable: nothing calls between f's return and the store to x.
        if (targets is [{ Var: { } } tv] && a.Rhs.Length == 1 && BigResultCall(a.Rhs[0], tv.Type) is { } bc) resultsInPlaceFor = bc;
        var values = a.Rhs.Length == a.Lhs.Length ? a.Rhs.Select(Expr).ToList() : MultiValue(a.Rhs[0]);
        resultsInPlaceFor = null;
        if (values.Count > 1) values = values.Select(v => Snapshot(v, a.Pos)).ToList();
        for (int i = 0; i < targets.Count; i++)
            if (targets[i] == null) KeepFaults(values[i], a.Pos); // evaluated before anything is assigned
        if (targets.Count == 1 && targets[0] is { } only && MayOverlap(a.Lhs[0], a.Rhs[0], only.Type) && values[0].Addr is { } src)
        {
            // *p = *q for arrays: slice-to-array-pointer conversions (or unsafe) can make the two
            // overlap in part, which the inline copy, front to back, would get wrong.
            var dst = only.Var != null ? VarAddr(only.Var, a.Pos) : only.Addr!;
            ScalarCall("runtime.memmove", [dst, src, Const64(Layout.Sizeof(only.Type), a.Pos)], [], a.Pos);
            return;
        }
        for (int i = 0; i < targets.Count; i++)
        {
            if (targets[i] is not { } t) continue;
            t.Write(this, Convert(values[i], t.Type, a.Pos), a.Pos);
        }
    }

    /// <summary>
    /// Whether lhs = rhs may copy between memory that overlaps in part: arrays of more than one
    /// element in memory, copied by more than one load (not 1, 2, 4 or 8 bytes), and not between two
    /// variables or from a call's result or a literal.
    /// </summary>
    private bool MayOverlap(Ast.Expr lhs, Ast.Expr rhs, GoType t)
    {
        if (t.Underlying is not ArrayType { Len: > 1 } || Layout.Sizeof(t) is 1 or 2 or 4 or 8 || TypeParts.Of(t) != null) return false;
        if (Unparen(lhs) is Ast.Name && Unparen(rhs) is Ast.Name) return false;
        return Unparen(rhs) is not (Ast.CallExpr { } or Ast.CompositeLit) || Unparen(rhs) is Ast.CallExpr c && info.TypeOf(c.Fun)?.Mode == Mode.TypeExpr;
    }

    /// <summary>
    /// A value assigned to _ is evaluated like any other: a load through a nil pointer in it must
    /// panic although nothing uses what it loads (dead-code elimination removes unused loads), so
    /// the address of every load the value is computed from is nil-checked explicitly. Addresses in
    /// the frame or of globals cannot be nil.
    /// </summary>
    private void KeepFaults(GoVal v, SourcePos pos)
    {
        if (cur == null) return;
        var work = new Stack<Value>();
        if (v.Parts != null) foreach (var p in v.Parts) work.Push(p);
        else if (v.Addr != null && !IsFrameOrGlobalAddr(v.Addr)) { NilCheck(v.Addr, pos); return; }
        var seen = new HashSet<Value>();
        while (work.Count > 0)
        {
            var x = work.Pop().Resolve();
            if (!seen.Add(x) || x.Type == IrType.Mem || x.Op is Op.Phi || x.Info.Flags.HasFlag(OpFlags.Call)) continue;
            if (x.Op == Op.Load)
            {
                if (!IsFrameOrGlobalAddr(x.Args[0])) NilCheck(x.Args[0], pos);
                continue;
            }
            foreach (var a in x.Args) work.Push(a);
        }
    }

    private static bool IsFrameOrGlobalAddr(Value p)
    {
        p = p.Resolve();
        while (p.Op == Op.Add && p.Args[1].Resolve().Op == Op.Const) p = p.Args[0].Resolve();
        return p.Op is Op.LocalAddr or Op.Addr or Op.OutArgAddr;
    }

    /// <summary>
    /// A struct or array value read from memory is a reference to that memory until used; in a tuple
    /// assignment (a[0], a[1] = a[1], a[0]) an earlier assignment may overwrite it, so each such value
    /// is copied to a temporary first: the spec evaluates every operand before assigning any. A call's
    /// result already is in a temporary of its own.
    /// </summary>
    private GoVal Snapshot(GoVal v, SourcePos pos)
    {
        if (v.Addr == null || v.Parts != null || resultTemps.Contains(v.Addr)) return v;
        return new GoVal(v.Type, null, StoreToTemp("tuple", v, pos));
    }

    /// <summary>Something assignable: a variable, or memory at an address.</summary>
    private sealed class LVal
    {
        public required GoType Type;
        public VarObj? Var;
        public Value? Addr;
        /// <summary>A map element m[k]: the map and the key's stack temporary, evaluated up front; the
        /// entry itself is found (or added) only when written, after the right-hand side.</summary>
        public GoVal? Map;
        public Value? KeyAddr;
        /// <summary>An element a[i] whose checks wait for the write.</summary>
        public ElemRef? Elem;

        public GoVal Read(FuncBuilder b, SourcePos pos)
        {
            if (Var != null) return b.ReadVar(Var, pos);
            if (Map != null) return b.MapIndex(Map, (MapType)Map.Type.Underlying, KeyAddr!, pos);
            return b.Load(Elem != null ? b.ElemAt(Elem) : Addr!, Type, pos);
        }

        public void Write(FuncBuilder b, GoVal v, SourcePos pos)
        {
            if (Var != null) b.WriteVar(Var, v, pos);
            else if (Map != null) b.StoreTo(b.MapAssignAt(Map, KeyAddr!, pos), v, pos);
            else b.StoreTo(Elem != null ? b.ElemAt(Elem) : Addr!, v, pos);
        }
    }

    /// <param name="deferChecks">In a tuple assignment: an element's nil and bounds checks happen when it is written.</param>
    private LVal LValue(Ast.Expr e, bool deferChecks = false)
    {
        var t = info.TypeOf(e)!.Type;
        switch (Unparen(e))
        {
            case Ast.Name n when info.ObjectOf(n) is VarObj v: return new LVal { Type = t, Var = v };
            case Ast.IndexExpr ix when info.TypeOf(ix.X)!.Type.Underlying is MapType mt:
            {
                var m = Expr(ix.X);
                return new LVal { Type = t, Map = m, KeyAddr = KeyTemp(Expr(ix.Index), mt, ix.Pos) };
            }
            case Ast.IndexExpr ix when deferChecks:
                return new LVal { Type = t, Elem = ElemOperands(ix, addrOf: false, deferChecks: true) };
            default: return new LVal { Type = t, Addr = Address(e) };
        }
    }

    private void ReturnStmt(Ast.ReturnStmt r)
    {
        if (r.Results.IsEmpty) { Return(r.Pos, null); return; }
        // return f(): without deferred calls, nothing calls between f's return and the copy to the result.
        if (!hasDefer && r.Results.Length == 1 && resultVars.Count == 1 && BigResultCall(r.Results[0], resultVars[0].Type) is { } bc) resultsInPlaceFor = bc;
        var vals = r.Results.Length == resultVars.Count ? r.Results.Select(Expr).ToList() : MultiValue(r.Results[0]);
        resultsInPlaceFor = null;
        Return(r.Pos, vals);
    }

    /// <summary>
    /// e when it is a function call whose result, of type t, is an array or struct bigger than gc's
    /// limit for implicit stack variables: the result can be copied from the call's outgoing area
    /// straight to where it goes (no frame temporary; see Call's inPlace).
    /// </summary>
    private Ast.CallExpr? BigResultCall(Ast.Expr e, GoType t) =>
        Unparen(e) is Ast.CallExpr call && info.TypeOf(call.Fun)?.Mode is not (Mode.TypeExpr or Mode.Builtin)
        && t.Underlying is StructType or ArrayType && Layout.Sizeof(t) > MaxStackAllocSize ? call : null;

    /// <summary>
    /// v := f() (or var v = f()) with a result too big for a frame temporary: v's heap cell is
    /// allocated first, as gc does, and the result copied from the call's outgoing area straight into
    /// v's memory. False (nothing done) for any other declaration.
    /// </summary>
    private bool DeclareFromCall(VarObj v, Ast.Expr rhs, SourcePos pos)
    {
        if (InRegisters(v) || BigResultCall(rhs, v.Type) is not { } call) return false;
        Value? cell = heapVars.Contains(v) ? New(v.Type, pos).Single : null;
        resultsInPlaceFor = call;
        var val = Convert(Expr(call), v.Type, pos);
        resultsInPlaceFor = null;
        DeclareVar(v, val, pos, cell);
        return true;
    }

    private void If(Ast.IfStmt s)
    {
        if (s.Init != null) Stmt(s.Init);
        if (cur == null) return;
        var then = NewBlock();
        var els = NewBlock();
        var done = s.Else != null ? NewBlock() : els;
        Cond(s.Cond, then, els);
        StartBlock(then);
        Stmt(s.Then);
        Jump(done);
        if (s.Else != null)
        {
            StartBlock(els);
            Stmt(s.Else);
            Jump(done);
        }
        StartBlock(done);
        if (done.Preds.Count == 0) cur = null;
    }

    /// <summary>Branches on a boolean expression, with && and || short-circuited into control flow.</summary>
    private void Cond(Ast.Expr e, Block yes, Block no)
    {
        switch (Unparen(e))
        {
            case Ast.Operation { Op: Ast.Operator.AndAnd } andOp when info.TypeOf(e)?.Value == null:
            {
                var mid = NewBlock();
                Cond(andOp.X, mid, no);
                StartBlock(mid);
                Cond(andOp.Y!, yes, no);
                return;
            }
            case Ast.Operation { Op: Ast.Operator.OrOr } orOp when info.TypeOf(e)?.Value == null:
            {
                var mid = NewBlock();
                Cond(orOp.X, yes, mid);
                StartBlock(mid);
                Cond(orOp.Y!, yes, no);
                return;
            }
            case Ast.Operation { Op: Ast.Operator.Not, Y: null } notOp when info.TypeOf(e)?.Value == null:
                Cond(notOp.X, no, yes);
                return;
        }
        var c = Expr(e).Single;
        Branch(c, yes, no);
    }

    private void For(Ast.ForStmt s, string? label)
    {
        loopDepth++;
        try { ForLoop(s, label); }
        finally { loopDepth--; }
    }

    private void ForLoop(Ast.ForStmt s, string? label)
    {
        if (s.Init is Ast.RangeClause rc) { RangeLoop(s, rc, label); return; }
        if (s.Init != null) Stmt(s.Init);
        if (cur == null) return;
        var header = NewBlock();
        var body = NewBlock();
        var post = NewBlock();
        var exit = NewBlock();
        Jump(header);
        StartBlock(header, seal: false);
        if (s.Cond != null) Cond(s.Cond, body, exit);
        else Jump(body);
        StartBlock(body);
        targets.Add((s, exit, post, label));
        Stmt(s.Body);
        targets.RemoveAt(targets.Count - 1);
        Jump(post);
        StartBlock(post);
        if (post.Preds.Count == 0) cur = null;
        else
        {
            // Go 1.22: each iteration has its own loop variables. A variable that lives in a heap cell
            // (a closure may hold the old one) gets a new cell, a copy of the old, before the post statement.
            foreach (var lv in info.LoopVars.GetValueOrDefault(s) ?? [])
                if (heapVars.Contains(lv))
                {
                    var old = ReadVar(lv, s.Pos);
                    DeclareVar(lv, old, s.Pos);
                }
            if (s.Post != null) Stmt(s.Post);
            Jump(header);
        }
        vars.Seal(header);
        StartBlock(exit);
        if (exit.Preds.Count == 0) cur = null;
    }

    /// <summary>
    /// for k, v := range x: x is evaluated once; integers, arrays, pointers to arrays and slices are
    /// walked by index, strings by UTF-8 sequence (runtime.decoderune past ASCII). Variables declared
    /// by := are new in every iteration (Go 1.22).
    /// </summary>
    private void RangeLoop(Ast.ForStmt s, Ast.RangeClause rc, string? label)
    {
        var ri = info.Ranges[s];
        if (ri.Kind == RangeKind.Map) { MapRange(s, rc, label); return; }
        var pos = rc.Pos;
        var keyExpr = rc.Lhs.Length > 0 ? rc.Lhs[0] : null;
        var valExpr = rc.Lhs.Length > 1 ? rc.Lhs[1] : null;
        bool Used(Ast.Expr? e) => e != null && Unparen(e) is not Ast.Name { Value: "_" };
        Value len;
        Func<Value, GoVal>? elem = null;
        GoVal? str = null;
        switch (ri.Kind)
        {
            case RangeKind.Int:
                len = Convert(Expr(rc.X), Universe.Int, pos).Single;
                break;
            case RangeKind.Array:
            {
                var at = (ArrayType)ri.XType.Underlying;
                len = Const64(at.Len, pos);
                if (Used(valExpr))
                {
                    // Iterate over a copy of the array value (the spec: x is evaluated once).
                    var arr = Expr(rc.X);
                    var tmp = f.NewSlot("range", Math.Max(8, Layout.Sizeof(at)), Math.Max(8, Layout.Alignof(at)), true);
                    var ta = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
                    ta.Aux = tmp;
                    StoreTo(ta, arr, pos);
                    elem = i => { var a = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos); a.Aux = tmp; return Load(Offset(a, i, Layout.Sizeof(at.Elem), pos), at.Elem, pos); };
                }
                else if (ContainsCall(rc.X)) Expr(rc.X);
                break;
            }
            case RangeKind.ArrayPointer:
            {
                var at = (ArrayType)((PointerType)ri.XType.Underlying).Elem.Underlying;
                var p = Expr(rc.X).Single;
                len = Const64(at.Len, pos);
                elem = i => Load(Offset(p, i, Layout.Sizeof(at.Elem), pos), at.Elem, pos);
                break;
            }
            case RangeKind.Slice:
            {
                var sv = Expr(rc.X);
                var et = ((SliceType)ri.XType.Underlying).Elem;
                len = sv.Parts![1];
                var p = sv.Parts[0];
                elem = i => Load(Offset(p, i, Layout.Sizeof(et), pos), et, pos);
                break;
            }
            case RangeKind.String:
                str = Expr(rc.X);
                len = str.Parts![1];
                break;
            default:
                throw Unsupported(pos, $"range over {ri.Kind.ToString().ToLowerInvariant()}s");
        }

        var index = new object();
        vars.Write(index, cur!, Const64(0, pos), IrType.I64);
        var header = NewBlock();
        var body = NewBlock();
        var post = NewBlock();
        var exit = NewBlock();
        Jump(header);
        StartBlock(header, seal: false);
        var i = vars.Read(index, cur!, pos);
        Branch(cur!.NewValue(Op.Lt, IrType.Bool, pos, i, len), body, exit);
        StartBlock(body);
        i = vars.Read(index, cur!, pos);
        Value next;
        GoVal? key = null, val = null;
        if (str != null)
        {
            // One rune: ASCII inline, anything else through runtime.decoderune.
            var b = Load(cur!.NewValue(Op.Add, IrType.Ptr, pos, str.Parts![0], i), Universe.Byte, pos).Single;
            var runeVar = new object();
            var nextVar = new object();
            var ascii = NewBlock();
            var multi = NewBlock();
            var joined = NewBlock();
            Branch(cur!.NewValue(Op.LtU, IrType.Bool, pos, b, ConstPart(IrType.I8, 0x80, pos)), ascii, multi);
            StartBlock(ascii);
            vars.Write(runeVar, cur!, cur!.NewValue(Op.Ext, IrType.I32, pos, b), IrType.I32);
            vars.Write(nextVar, cur!, cur!.NewValue(Op.Add, IrType.I64, pos, i, Const64(1, pos)), IrType.I64);
            Jump(joined);
            StartBlock(multi);
            var dr = Call("runtime.decoderune", CallAbi.Internal, [str with { Type = Universe.String }, new GoVal(Universe.Int, [i], null)], [Universe.Rune, Universe.Int], pos);
            vars.Write(runeVar, cur!, dr[0].Single, IrType.I32);
            vars.Write(nextVar, cur!, dr[1].Single, IrType.I64);
            Jump(joined);
            StartBlock(joined);
            key = new GoVal(Universe.Int, [i], null);
            val = new GoVal(Universe.Rune, [vars.Read(runeVar, cur!, pos)], null);
            next = vars.Read(nextVar, cur!, pos);
        }
        else
        {
            key = new GoVal(Universe.Int, [i], null);
            if (Used(valExpr) && elem != null) val = elem(i);
            next = cur!.NewValue(Op.Add, IrType.I64, pos, i, Const64(1, pos));
        }
        if (ri.Kind == RangeKind.Int && ri.Key != null) key = Convert(key, ri.Key, pos);
        AssignRangeVar(keyExpr, key, rc.IsDefine, pos);
        if (valExpr != null && val != null) AssignRangeVar(valExpr, val, rc.IsDefine, pos);
        var nextVarOuter = new object();
        targets.Add((s, exit, post, label));
        // The next index is computed before the body, which may change the loop variables.
        vars.Write(nextVarOuter, cur!, next, IrType.I64);
        Stmt(s.Body);
        targets.RemoveAt(targets.Count - 1);
        Jump(post);
        StartBlock(post);
        if (post.Preds.Count == 0) cur = null;
        else
        {
            vars.Write(index, cur!, vars.Read(nextVarOuter, cur!, pos), IrType.I64);
            Jump(header);
        }
        vars.Seal(header);
        StartBlock(exit);
        if (exit.Preds.Count == 0) cur = null;
    }

    private static bool ContainsCall(Ast.Expr e) => e switch
    {
        Ast.CallExpr => true,
        Ast.ParenExpr p => ContainsCall(p.X),
        Ast.SelectorExpr s => ContainsCall(s.X),
        Ast.IndexExpr ix => ContainsCall(ix.X) || ContainsCall(ix.Index),
        Ast.Operation o => ContainsCall(o.X) || (o.Y != null && ContainsCall(o.Y)),
        _ => false,
    };

    private void AssignRangeVar(Ast.Expr? target, GoVal? v, bool define, SourcePos pos)
    {
        if (target == null || v == null || Unparen(target) is Ast.Name { Value: "_" }) return;
        if (define && target is Ast.Name n && info.Defs.GetValueOrDefault(n) is VarObj dv)
        {
            DeclareVar(dv, Convert(v, dv.Type, pos), pos);
            return;
        }
        var lv = LValue(target);
        lv.Write(this, Convert(v, lv.Type, pos), pos);
    }

    private void Switch(Ast.SwitchStmt s, string? label)
    {
        if (s.Init != null) Stmt(s.Init);
        if (cur == null) return;
        if (s.Tag is Ast.TypeSwitchGuard g) { TypeSwitch(s, g, label); return; }
        GoVal? tag = s.Tag != null ? Expr(s.Tag) : null;
        var tagType = s.Tag != null ? info.TypeOf(s.Tag)!.Type : Universe.Bool;
        var exit = NewBlock();
        var bodies = s.Body.Select(_ => NewBlock()).ToList();
        int defaultIndex = -1;
        // Tests in order; the default case is taken when no test matches.
        for (int i = 0; i < s.Body.Length; i++)
        {
            var cc = s.Body[i];
            if (cc.IsDefault) { defaultIndex = i; continue; }
            foreach (var ce in cc.Cases)
            {
                var next = NewBlock();
                if (tag == null) Cond(ce, bodies[i], next);
                else
                {
                    var cv = Expr(ce);
                    // A concrete tag against an interface case (switch t { case i: }): compared as interfaces.
                    var eq = cv.Type.Underlying is InterfaceType && tagType.Underlying is not InterfaceType
                        ? Compare(Ast.Operator.Eql, Convert(tag, cv.Type, ce.Pos), cv, cv.Type, ce.Pos)
                        : Compare(Ast.Operator.Eql, tag, Convert(cv, tagType, ce.Pos), tagType, ce.Pos);
                    Branch(eq, bodies[i], next);
                }
                StartBlock(next);
            }
        }
        Jump(defaultIndex >= 0 ? bodies[defaultIndex] : exit);
        targets.Add((s, exit, null, label));
        for (int i = 0; i < s.Body.Length; i++)
        {
            StartBlock(bodies[i]);
            if (bodies[i].Preds.Count == 0) { cur = null; }
            var body = s.Body[i].Body;
            var fall = body.LastOrDefault(x => x is not Ast.EmptyStmt) is Ast.BranchStmt { Tok: Ast.BranchToken.Fallthrough };
            foreach (var st in body)
            {
                if (st is Ast.BranchStmt { Tok: Ast.BranchToken.Fallthrough }) continue;
                if (cur == null && st is not Ast.LabeledStmt) continue;
                Stmt(st);
            }
            Jump(fall && i + 1 < bodies.Count ? bodies[i + 1] : exit);
        }
        targets.RemoveAt(targets.Count - 1);
        StartBlock(exit);
        if (exit.Preds.Count == 0) cur = null;
    }

    private void BranchStmt(Ast.BranchStmt br)
    {
        switch (br.Tok)
        {
            case Ast.BranchToken.Break:
            {
                var t = br.Label == null ? targets.Last() : targets.Last(x => x.Label == br.Label.Value);
                Jump(t.Break!);
                break;
            }
            case Ast.BranchToken.Continue:
            {
                var t = br.Label == null ? targets.Last(x => x.Continue != null) : targets.Last(x => x.Label == br.Label.Value);
                Jump(t.Continue!);
                break;
            }
            case Ast.BranchToken.Goto:
                Jump(LabelBlock(br.Label!.Value));
                break;
            case Ast.BranchToken.Fallthrough:
                break; // handled by Switch
        }
    }

    private Block LabelBlock(string name)
    {
        if (!labelBlocks.TryGetValue(name, out var b))
        {
            b = NewBlock();
            labelBlocks[name] = b;
        }
        return b;
    }

    private void Labeled(Ast.LabeledStmt ls)
    {
        var b = LabelBlock(ls.Label.Value);
        Jump(b);
        // A label block may get more predecessors from later gotos: it is sealed at the end.
        StartBlock(b, seal: false);
        Stmt(ls.Stmt, ls.Label.Value);
    }
}
