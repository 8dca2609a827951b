using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

/// <summary>
/// A Go value during IR building: its register parts (see <see cref="TypeParts"/>), or the address of
/// memory holding it (structs, arrays).
/// </summary>
public sealed record GoVal(GoType Type, Value[]? Parts, Value? Addr)
{
    public Value Single => Parts![0];
}

/// <summary>
/// Builds one function's SSA from the checked AST: statements into blocks, expressions into values,
/// local variables into SSA variables (or stack slots when their address is taken), memory threaded
/// through loads, stores and calls.
/// </summary>
public sealed partial class FuncBuilder
{
    private readonly PackageInfo pkg;
    private readonly Info info;
    private readonly PackageIr ir;
    private readonly DiagnosticBag errors;
    private Func f = null!;
    private SsaVars vars = null!;
    /// <summary>The block being filled; null after a return/branch (code that follows is unreachable).</summary>
    private Block? cur;
    private readonly object memVar = new();
    private readonly Dictionary<VarObj, StackSlot> slots = new(ReferenceEqualityComparer.Instance);
    /// <summary>Parameters living in the caller's outgoing area: their offset there (x+off(FP)).</summary>
    private readonly Dictionary<VarObj, long> argVars = new(ReferenceEqualityComparer.Instance);
    private Signature sig = null!;
    private AbiLayout layout = null!;
    private List<VarObj> resultVars = [];

    /// <summary>break/continue targets of the enclosing loops and switches, innermost last.</summary>
    private readonly List<(Ast.Stmt Stmt, Block? Break, Block? Continue, string? Label)> targets = [];
    private readonly Dictionary<string, Block> labelBlocks = new(StringComparer.Ordinal);

    public FuncBuilder(PackageInfo pkg, Info info, PackageIr ir, DiagnosticBag errors)
    {
        this.pkg = pkg; this.info = info; this.ir = ir; this.errors = errors;
    }

    private readonly record struct PartKey(VarObj Var, int Part);

    // ---- functions ----

    public Func BuildFunc(FuncObj obj, Ast.FuncDecl decl)
    {
        var name = obj.Signature.Recv != null ? obj.LinkSymbol : obj.FullName;
        var symbol = obj.Name == "init" && obj.Signature.Recv == null ? InitSymbol(obj) : obj.LinkSymbol;
        Begin(name, symbol, decl.Pos);
        f.NoSplit = obj.NoSplit;
        f.NoInline = obj.NoInline;
        closurePrefix = symbol;
        return BuildBody(obj.Signature, decl.Body!, decl.Pos, captures: null);
    }

    /// <summary>
    /// The function of a function literal, named after its enclosing function (main.main.func1, and
    /// main.main.func1.1 for one inside it). Its captured variables' cells come in through the closure
    /// object, whose address is in R26 on entry.
    /// </summary>
    private Func BuildClosureFunc(Ast.FuncLit fl, string symbol, IReadOnlyList<VarObj> captures)
    {
        Begin(symbol, symbol, fl.Pos);
        closurePrefix = symbol;
        var sigT = (Signature)info.TypeOf(fl)!.Type;
        return BuildBody(sigT, fl.Body, fl.Pos, captures);
    }

    private Func BuildBody(Signature signature, Ast.BlockStmt body, SourcePos pos, IReadOnlyList<VarObj>? captures)
    {
        sig = signature;
        hasDefer = HasDefer(body);
        hasGoto = HasGoto(body);
        // Variables that must live on the heap: captured by a closure, or with an escaping address.
        var captured = CapturedIn(body);
        var escape = Escape.Analyze(info, body, captured, signature.Results.Vars, hasGoto);
        heapVars = escape.HeapVars;
        stackAllocs = escape.StackAllocs;
        foreach (var v in heapVars) ir.EscapeNotes.Add((v.Pos, "moved to heap: " + v.Name));
        // Results too big for a frame are kept in heap cells and copied out at the return (gc keeps
        // them where the caller will find them; gosharp's return copies, which could overwrite one
        // result with another's old value).
        foreach (var r in signature.Results.Vars) if (Layout.Sizeof(r.Type) > Escape.MaxStackVarSize) heapVars.Add(r);
        if (captures != null && captures.Count > 0)
        {
            // Cells of captured variables: words 1.. of the closure object.
            var ctx = cur!.NewValue(Op.ClosurePtr, IrType.Ptr, pos);
            for (int i = 0; i < captures.Count; i++)
            {
                var cellAddr = cur.NewValue(Op.Add, IrType.Ptr, pos, ctx, Const64(8 + 8 * i, pos));
                var cell = Load(cellAddr, Universe.UnsafePointer, pos).Single;
                vars.Write(CellKey(captures[i]), cur, cell, IrType.Ptr);
                heapVars.Add(captures[i]);
            }
        }

        // Parameters arrive as the ABI assigned them: register leaves (Arg values), or in the caller's
        // outgoing area (x+off(FP)). Each becomes a variable of this function.
        var ps = new List<VarObj>();
        if (sig.Recv != null) ps.Add(sig.Recv);
        ps.AddRange(sig.Params.Vars);
        layout = Abi.Assign(ps.Select(p => p.Type).ToList(), sig.Results.Vars.Select(r => r.Type).ToList(), CallAbi.Internal);
        f.ArgSize = layout.StackSize;
        for (int k = 0; k < ps.Count; k++)
        {
            var p = ps[k];
            var pl = layout.Args[k];
            GoVal val;
            if (pl.InRegs)
            {
                var leaves = pl.Leaves.Select(l =>
                {
                    var a = cur!.NewValue(Op.Arg, l.Type, pos);
                    a.AuxInt = l.Reg;
                    return a;
                }).ToList();
                val = FromLeaves(p.Type, pl, leaves, pos);
            }
            else
            {
                if (!heapVars.Contains(p) && !InRegisters(p))
                {
                    // A parameter in memory stays where the caller stored it, as gc's do (a huge one
                    // is no second copy in the frame).
                    argVars[p] = pl.StackOffset;
                    continue;
                }
                var addr = cur!.NewValue(Op.InArgAddr, IrType.Ptr, pos);
                addr.AuxInt = pl.StackOffset;
                val = Load(addr, p.Type, pos);
            }
            DeclareVar(p, val, pos);
        }
        resultVars = sig.Results.Vars.ToList();
        foreach (var r in layout.Results) if (r.InRegs) f.ResultRegs.AddRange(r.Leaves.Select(l => l.Reg));
        foreach (var r in resultVars)
        {
            // An unnamed result is read only by the return after deferred calls; a huge one needs no cell otherwise.
            if (!hasDefer && r.Name == "" && Layout.Sizeof(r.Type) > Escape.MaxStackVarSize) continue;
            DeclareVar(r, Zero(r.Type, pos), pos);
        }

        Block(body.Stmts);
        if (cur != null)
        {
            if (sig.Results.Count > 0) { cur.Kind = BlockKind.Exit; cur = null; }
            else Return(body.Rbrace, null);
        }
        return Finish();
    }

    /// <summary>Variables of this function captured by function literals in it (at any depth).</summary>
    private HashSet<VarObj> CapturedIn(Ast.BlockStmt body)
    {
        var set = new HashSet<VarObj>(ReferenceEqualityComparer.Instance);
        foreach (var (lit, caps) in info.Captures)
            foreach (var v in caps) set.Add(v);
        return set;
    }

    /// <summary>
    /// pkg.(*T).m for a value method T.m: takes *T (an interface's data word for a boxed T), loads the
    /// value and calls T.m. DUPOK: every package that needs it makes the same one.
    /// </summary>
    public Func BuildValueMethodWrapper(FuncObj m, string symbol)
    {
        var pos = Autogenerated;
        var msig = m.Signature;
        var named = msig.Recv!.Type;
        var args = BeginForwarder(symbol, pos, [new PointerType(named), .. msig.Params.Vars.Select(v => v.Type)], msig.Results);
        PanicWrapIfNil(args[0].Single, symbol, pos);
        args[0] = Load(args[0].Single, named, pos);
        var results = Call(m.LinkSymbol, CallAbi.Internal, args, resultVars.Select(v => v.Type).ToList(), pos);
        Return(pos, results);
        return Finish();
    }

    /// <summary>
    /// A value method called through a nil pointer (pkg.(*T).m, from an interface holding a nil *T)
    /// panics with gc's message, "value method pkg.T.m called using nil *T pointer", not a fault.
    /// </summary>
    private void PanicWrapIfNil(Value p, string symbol, SourcePos pos)
    {
        var open = symbol.IndexOf(".(*", StringComparison.Ordinal);
        var close = open < 0 ? -1 : symbol.IndexOf(").", open, StringComparison.Ordinal);
        if (close < 0) return;
        var (pkgPath, typ, meth) = (symbol[..open], symbol[(open + 3)..close], symbol[(close + 2)..]);
        var isNil = NewBlock();
        var ok = NewBlock();
        Branch(cur!.NewValue(Op.Eq, IrType.Bool, pos, p, Const64(0, pos)), isNil, ok);
        isNil.Likely = -1;
        StartBlock(isNil);
        var msg = Constant(ConstValue.Of($"value method {pkgPath}.{typ}.{meth} called using nil *{typ} pointer"), Universe.String, pos);
        Call("runtime.plainPanic", CallAbi.Internal, [msg], [], pos);
        cur!.Kind = BlockKind.Exit;
        cur = null;
        StartBlock(ok);
    }

    /// <summary>Records an allocation that escapes to the heap, for compile -m.</summary>
    private void EscapesToHeap(SourcePos pos, string what) => ir.EscapeNotes.Add((pos, what + " escapes to heap"));

    /// <summary>A type as gc's -m messages show it: relative to this package.</summary>
    private string ShortType(GoType t) => TypeString.Relative(t, pkg);

    /// <summary>See PackageIr.PromotedMethodWrapper.</summary>
    public Func BuildPromotedMethodWrapper(MethodEntry entry, GoType named, bool direct, string symbol)
    {
        var pos = Autogenerated;
        var m = entry.Method;
        var msig = m.Signature;
        var recvParam = direct ? (GoType)named : new PointerType(named);
        var args = BeginForwarder(symbol, pos, [recvParam, .. msig.Params.Vars.Select(v => v.Type)], msig.Results);
        var addr = direct ? StoreToTemp("recv", args[0], pos) : args[0].Single;
        // Down the embedded fields: each one's address, loading the pointer of an embedded *E.
        GoType at = named;
        foreach (var i in entry.Path)
        {
            var st = (StructType)at.Underlying;
            var field = st.Fields[i];
            var off = Layout.Offsets(st)[i];
            var fa = off == 0 ? addr : cur!.NewValue(Op.Add, IrType.Ptr, pos, addr, Const64(off, pos));
            if (field.Type is PointerType fp) { addr = Load(fa, field.Type, pos).Single; at = fp.Elem; }
            else { addr = fa; at = field.Type; }
        }
        var rest = args.Skip(1).ToList();
        var resultTypes = resultVars.Select(v => v.Type).ToList();
        List<GoVal> results;
        if (entry.ViaInterface) results = InterfaceCall(Load(addr, at, pos), m, rest, resultTypes, pos);
        else if (entry.PtrRecv) results = Call(m.LinkSymbol, CallAbi.Internal, [new GoVal(new PointerType(at), [addr], null), .. rest], resultTypes, pos);
        else results = Call(m.LinkSymbol, CallAbi.Internal, [Load(addr, at, pos), .. rest], resultTypes, pos);
        Return(pos, results);
        return Finish();
    }

    /// <summary>
    /// Starts a generated function (DUPOK: every package that needs it makes the same one) taking
    /// parameters of the given types and returning the given results; returns its parameters' values.
    /// </summary>
    /// <summary>
    /// The position of generated forwarders' code, gc's: tracebacks show it, and recover() looks
    /// through frames there to the deferred call (runtime.gorecover).
    /// </summary>
    private static readonly SourcePos Autogenerated = new("<autogenerated>", 1);

    private List<GoVal> BeginForwarder(string symbol, SourcePos pos, List<GoType> ps, TupleType results)
    {
        var pvars = ps.Select((t, k) => new VarObj("a" + k, default, pkg, t) { IsParam = true }).ToList();
        sig = new Signature(null, new TupleType([.. pvars]), results, false);
        Begin(symbol, symbol, pos);
        f.DupOk = true;
        f.Wrapper = true;
        layout = Abi.Assign(ps, results.Vars.Select(v => v.Type).ToList(), CallAbi.Internal);
        f.ArgSize = layout.StackSize;
        var args = new List<GoVal>();
        for (int k = 0; k < ps.Count; k++)
        {
            var pl = layout.Args[k];
            if (pl.InRegs)
            {
                var leaves = pl.Leaves.Select(l => { var a = cur!.NewValue(Op.Arg, l.Type, pos); a.AuxInt = l.Reg; return a; }).ToList();
                args.Add(FromLeaves(ps[k], pl, leaves, pos));
            }
            else
            {
                var addr = cur!.NewValue(Op.InArgAddr, IrType.Ptr, pos);
                addr.AuxInt = pl.StackOffset;
                args.Add(Load(addr, ps[k], pos));
            }
        }
        foreach (var r in layout.Results) if (r.InRegs) f.ResultRegs.AddRange(r.Leaves.Select(l => l.Reg));
        resultVars = results.Vars.ToList();
        return args;
    }

    private string InitSymbol(FuncObj obj)
    {
        var n = PackageBuilder.InitFuncs(info).IndexOf(obj);
        return PackageBuilder.InitFuncSymbol(pkg, n);
    }

    /// <summary>
    /// PKG.init runs once (guarded by the PKG..inittask flag): it first initializes every imported
    /// package, then the package's variables in dependency order, then its init functions. The runtime
    /// calls runtime.init and then main.init, which reaches every package.
    /// </summary>
    public Func BuildPackageInit(PackageInfo p, IReadOnlyList<Initializer> order, IReadOnlyList<FuncObj> inits)
    {
        sig = new Signature(null, TupleType.Empty, TupleType.Empty, false);
        Begin(p.Path + ".init", p.Path + ".init", default);
        var flagSym = PackageBuilder.InitFlagSymbol(p);
        var flagAddr = cur!.NewValue(Op.Addr, IrType.Ptr, default);
        flagAddr.Aux = flagSym;
        var done = cur.NewValue(Op.Load, IrType.I8, default, flagAddr, Mem(default));
        var already = NewBlock();
        var run = NewBlock();
        Branch(cur.NewValue(Op.Ne, IrType.Bool, default, done, ConstPart(IrType.I8, 0, default)), already, run);
        StartBlock(already);
        Return(default, null);
        StartBlock(run);
        var one = ConstPart(IrType.I8, 1, default);
        var addr2 = cur!.NewValue(Op.Addr, IrType.Ptr, default);
        addr2.Aux = flagSym;
        SetMem(cur.NewValue(Op.Store, IrType.Mem, default, addr2, one, Mem(default)));
        foreach (var imp in p.Imports.Where(i => i.Path != "unsafe").OrderBy(i => i.Path, StringComparer.Ordinal))
            ScalarCall(imp.Path + ".init", [], [], default);
        foreach (var init in order)
        {
            if (cur == null) break;
            var pos = init.Rhs.Pos;
            if (init.Lhs.Count == 1)
            {
                var v = Expr(init.Rhs);
                if (init.Lhs[0].Name != "_") StoreGlobal(init.Lhs[0], Convert(v, init.Lhs[0].Type, pos), pos);
            }
            else
            {
                var results = MultiValue(init.Rhs);
                for (int i = 0; i < init.Lhs.Count; i++)
                    if (init.Lhs[i].Name != "_") StoreGlobal(init.Lhs[i], Convert(results[i], init.Lhs[i].Type, pos), pos);
            }
        }
        for (int i = 0; i < inits.Count && cur != null; i++)
            ScalarCall(PackageBuilder.InitFuncSymbol(p, i), [], [], default);
        if (cur != null) Return(default, null);
        return Finish();
    }

    private void Begin(string name, string symbol, SourcePos pos)
    {
        f = new Func(name, symbol) { Pos = pos };
        vars = new SsaVars(f);
        cur = f.NewBlock(BlockKind.Plain);
        vars.Seal(cur);
        var mem = cur.NewValue(Op.InitMem, IrType.Mem, pos);
        vars.Write(memVar, cur, mem, IrType.Mem);
    }

    private Func Finish()
    {
        // Blocks still unsealed (only possible for label targets never jumped to) get sealed now;
        // blocks nothing reaches (after a return, an exhaustive switch) are dropped.
        foreach (var b in f.Blocks) vars.Seal(b);
        Passes.DeadCode.RemoveUnreachableBlocks(f);
        return f;
    }

    private UserError Unsupported(SourcePos pos, string what) => new(pos, $"{what} are not supported by gosharp yet");

    // ---- memory and variables ----

    private Value Mem(SourcePos pos) => vars.Read(memVar, cur!, pos);
    private void SetMem(Value m) => vars.Write(memVar, cur!, m, IrType.Mem);

    private bool InRegisters(VarObj v) => !v.AddressTaken && !heapVars.Contains(v) && TypeParts.Of(v.Type) != null
        && !(hasDefer && resultVars.Contains(v));

    /// <summary>Variables living in heap cells (captured or escaping): the SSA variable holding each cell's address.</summary>
    private HashSet<VarObj> heapVars = new(ReferenceEqualityComparer.Instance);
    private readonly record struct CellKeyT(VarObj Var);
    private static object CellKey(VarObj v) => new CellKeyT(v);
    /// <summary>Symbol prefix for closures made in this function (main.main → main.main.func1).</summary>
    private string closurePrefix = "";
    private int closureCount;

    /// <param name="cell">For a heap variable, its new cell when already allocated.</param>
    private void DeclareVar(VarObj v, GoVal init, SourcePos pos, Value? cell = null)
    {
        if (heapVars.Contains(v))
        {
            // A fresh cell each time the declaration runs (Go 1.22 loop variables get one per iteration).
            cell ??= New(v.Type, pos).Single;
            vars.Write(CellKey(v), cur!, cell, IrType.Ptr);
            StoreTo(cell, init, pos);
            return;
        }
        if (InRegisters(v))
        {
            var parts = TypeParts.Of(v.Type)!;
            for (int i = 0; i < parts.Length; i++) vars.Write(new PartKey(v, i), cur!, init.Parts![i], parts[i]);
            return;
        }
        var slot = f.NewSlot(v.Name, Layout.Sizeof(v.Type), Layout.Alignof(v.Type), HasPointers(v.Type));
        slots[v] = slot;
        var addr = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
        addr.Aux = slot;
        StoreTo(addr, init, pos);
    }

    private static bool HasPointers(GoType t) => t.Underlying switch
    {
        BasicType b => b.Kind is BasicKind.String or BasicKind.UnsafePointer,
        ArrayType a => HasPointers(a.Elem),
        StructType s => s.Fields.Any(x => HasPointers(x.Type)),
        _ => true,
    };

    private GoVal ReadVar(VarObj v, SourcePos pos)
    {
        if (v.IsGlobal) return Load(GlobalAddr(v, pos), v.Type, pos);
        if (InRegisters(v))
        {
            var parts = TypeParts.Of(v.Type)!;
            var vals = new Value[parts.Length];
            for (int i = 0; i < parts.Length; i++) vals[i] = vars.Read(new PartKey(v, i), cur!, pos);
            return new GoVal(v.Type, vals, null);
        }
        return Load(VarAddr(v, pos), v.Type, pos);
    }

    private void WriteVar(VarObj v, GoVal val, SourcePos pos)
    {
        if (v.IsGlobal) { StoreGlobal(v, val, pos); return; }
        if (InRegisters(v))
        {
            var parts = TypeParts.Of(v.Type)!;
            for (int i = 0; i < parts.Length; i++) vars.Write(new PartKey(v, i), cur!, val.Parts![i], parts[i]);
            return;
        }
        StoreTo(VarAddr(v, pos), val, pos);
    }

    private Value VarAddr(VarObj v, SourcePos pos)
    {
        if (v.IsGlobal) return GlobalAddr(v, pos);
        if (heapVars.Contains(v)) return vars.Read(CellKey(v), cur!, pos);
        if (argVars.TryGetValue(v, out var argOff))
        {
            var ia = cur!.NewValue(Op.InArgAddr, IrType.Ptr, pos);
            ia.AuxInt = argOff;
            return ia;
        }
        if (!slots.TryGetValue(v, out var slot)) throw new UserError(pos, $"internal: no storage for {v.Name}");
        var a = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
        a.Aux = slot;
        return a;
    }

    private Value GlobalAddr(VarObj v, SourcePos pos)
    {
        var a = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
        a.Aux = v.FullName;
        return a;
    }

    private void StoreGlobal(VarObj v, GoVal val, SourcePos pos) => StoreTo(GlobalAddr(v, pos), val, pos);

    /// <summary>Loads a value of type t from memory at addr.</summary>
    private GoVal Load(Value addr, GoType t, SourcePos pos)
    {
        var parts = TypeParts.Of(t);
        if (parts == null) return new GoVal(t, null, addr);
        var offs = TypeParts.Offsets(t);
        var vals = new Value[parts.Length];
        var signed = TypeParts.IsSigned(t);
        for (int i = 0; i < parts.Length; i++)
        {
            var l = cur!.NewValue(Op.Load, parts[i], pos, addr, Mem(pos));
            l.AuxInt = offs[i];
            l.Signed = signed;
            vals[i] = l;
        }
        return new GoVal(t, vals, null);
    }

    private void StoreTo(Value addr, GoVal val, SourcePos pos)
    {
        var parts = TypeParts.Of(val.Type);
        if (parts == null || val.Parts == null)
        {
            var size = Layout.Sizeof(val.Type);
            if (val.Addr == null) { var z = cur!.NewValue(Op.Zero, IrType.Mem, pos, addr, Mem(pos)); z.AuxInt = size; SetMem(z); return; }
            var m = cur!.NewValue(Op.Move, IrType.Mem, pos, addr, val.Addr, Mem(pos));
            m.AuxInt = size;
            SetMem(m);
            return;
        }
        var offs = TypeParts.Offsets(val.Type);
        for (int i = 0; i < parts.Length; i++)
        {
            var s = cur!.NewValue(Op.Store, IrType.Mem, pos, addr, val.Parts[i], Mem(pos));
            s.AuxInt = offs[i];
            SetMem(s);
        }
    }

    /// <summary>The zero value of t.</summary>
    private GoVal Zero(GoType t, SourcePos pos)
    {
        var parts = TypeParts.Of(t);
        if (parts == null) return new GoVal(t, null, null);
        return new GoVal(t, parts.Select(p => ConstPart(p, 0, pos)).ToArray(), null);
    }

    private Value ConstPart(IrType t, long v, SourcePos pos)
    {
        var c = cur!.NewValue(t.IsFloat() ? Op.ConstF : Op.Const, t, pos);
        c.AuxInt = v;
        return c;
    }

    private Value Const64(long v, SourcePos pos) => ConstPart(IrType.I64, v, pos);

    // ---- control flow helpers ----

    private Block NewBlock() => f.NewBlock(BlockKind.Plain);

    /// <summary>Ends the current block with a jump to b (if the current block is reachable).</summary>
    private void Jump(Block b)
    {
        if (cur == null) return;
        cur.Kind = BlockKind.Plain;
        cur.AddEdgeTo(b);
        cur = null;
    }

    private void StartBlock(Block b, bool seal = true)
    {
        cur = b;
        if (seal) vars.Seal(b);
    }

    /// <summary>Ends the current block with a conditional branch on a bool value.</summary>
    private void Branch(Value cond, Block yes, Block no)
    {
        cur!.Kind = BlockKind.If;
        cur.Control = cond;
        cur.AddEdgeTo(yes);
        cur.AddEdgeTo(no);
        cur = null;
    }

    private void Return(SourcePos pos, IReadOnlyList<GoVal>? results)
    {
        if (hasDefer)
        {
            // Results into the result variables, run the defers, then the shared return of the result variables.
            if (results != null)
            {
                var converted = results.Select((r, i) => Convert(r, resultVars[i].Type, pos)).ToList();
                for (int i = 0; i < resultVars.Count; i++) WriteVar(resultVars[i], converted[i], pos);
            }
            ScalarCall("runtime.deferreturn", [], [], pos);
            Jump(DeferredReturn());
            return;
        }
        ReturnValues(pos, results);
    }

    /// <summary>Returns the current values of the result variables.</summary>
    private void ReturnResultVars(SourcePos pos) => ReturnValues(pos, null);

    private void ReturnValues(SourcePos pos, IReadOnlyList<GoVal>? results)
    {
        var vals = new List<Value>();
        for (int i = 0; i < resultVars.Count; i++)
        {
            var v = results != null ? Convert(results[i], resultVars[i].Type, pos) : ReadVar(resultVars[i], pos);
            var rl = layout.Results[i];
            if (rl.InRegs) vals.AddRange(ToLeaves(v, rl, pos));
            else
            {
                var addr = cur!.NewValue(Op.InArgAddr, IrType.Ptr, pos);
                addr.AuxInt = rl.StackOffset;
                StoreTo(addr, v, pos);
            }
        }
        vals.Add(Mem(pos));
        var ret = cur!.NewValue(Op.Return, IrType.Mem, pos, vals.ToArray());
        cur.Kind = BlockKind.Ret;
        cur.Control = ret;
        cur = null;
    }

    /// <summary>A value's register leaves: its parts, or loads from its memory for aggregates.</summary>
    private List<Value> ToLeaves(GoVal v, ValueLoc vl, SourcePos pos)
    {
        if (v.Parts != null && TypeParts.Of(v.Type) != null) return [.. v.Parts];
        var addr = v.Addr ?? throw new UserError(pos, "internal: aggregate without storage");
        var signed = false;
        return vl.Leaves.Select(l =>
        {
            var ld = cur!.NewValue(Op.Load, l.Type, pos, addr, Mem(pos));
            ld.AuxInt = l.Offset;
            ld.Signed = signed;
            return ld;
        }).ToList();
    }

    /// <summary>A Go value from register leaves: the parts themselves, or an aggregate assembled in a temporary.</summary>
    private GoVal FromLeaves(GoType t, ValueLoc vl, List<Value> leaves, SourcePos pos)
    {
        if (TypeParts.Of(t) != null) return new GoVal(t, leaves.ToArray(), null);
        var tmp = f.NewSlot("tmp", Math.Max(8, Layout.Sizeof(t)), Math.Max(8, Layout.Alignof(t)), true);
        var addr = cur!.NewValue(Op.LocalAddr, IrType.Ptr, pos);
        addr.Aux = tmp;
        var z = cur.NewValue(Op.Zero, IrType.Mem, pos, addr, Mem(pos));
        z.AuxInt = Layout.Sizeof(t);
        SetMem(z);
        for (int i = 0; i < leaves.Count; i++)
        {
            var st = cur.NewValue(Op.Store, IrType.Mem, pos, addr, leaves[i], Mem(pos));
            st.AuxInt = vl.Leaves[i].Offset;
            SetMem(st);
        }
        return new GoVal(t, null, addr);
    }
}
