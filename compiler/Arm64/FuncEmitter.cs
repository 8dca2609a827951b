using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Arm64;

/// <summary>
/// Writes one lowered, scheduled function as Plan 9 arm64 assembly: block order, register allocation,
/// frame layout, then one or more instructions per value, with #line directives for source positions.
/// </summary>
public sealed class FuncEmitter
{
    private readonly Func f;
    private readonly StringBuilder sb;
    private readonly Func<string, string> sym;
    private List<Block> order = [];
    private Dictionary<Value, Loc> loc = null!;
    private RegAlloc ra = null!;
    private Dictionary<Value, StackSlot> save = null!;
    private Dictionary<Value, List<Value>> clobberedBy = null!;
    private Dictionary<Block, HashSet<Value>> staleAtEntry = null!;
    /// <summary>Values whose registers a call has clobbered since; they are in their save slots.</summary>
    private readonly HashSet<Value> stale = new(ReferenceEqualityComparer.Instance);
    private long outArgs;

    /// <param name="symbolText">how to write a symbol name in assembly (· for ., quoting).</param>
    public FuncEmitter(Func f, StringBuilder output, Func<string, string> symbolText)
    {
        this.f = f;
        sb = output;
        sym = symbolText;
    }

    /// <summary>gc's limit on a function's frame (its locals and outgoing arguments) and on its incoming arguments.</summary>
    public const long MaxStackSize = 1L << 30;

    /// <summary>
    /// Emits the function, or, when its frame or arguments exceed <see cref="MaxStackSize"/>, nothing:
    /// the returned diagnostic is gc's "stack frame too large" at the function's position.
    /// </summary>
    public Diagnostic? Emit()
    {
        order = BlockOrder.Compute(f);
        ra = new RegAlloc(f, order);
        ra.Run();
        loc = ra.Locations;
        save = ra.SaveSlots;
        clobberedBy = ra.ClobberedBy;
        staleAtEntry = ra.StaleAtEntry;
        var frame = LayoutFrame();
        if (TooLarge(frame) is { } tooLarge) return tooLarge;

        SetLine(f.Pos);
        var flags = string.Join('|', new[] { f.NoSplit ? "NOSPLIT" : null, f.DupOk ? "DUPOK" : null }.OfType<string>());
        Line($"TEXT\t{sym(f.Symbol)}<ABIInternal>(SB), {(flags.Length > 0 ? flags + ", " : "")}${frame}-{f.ArgSize}");
        for (int i = 0; i < order.Count; i++)
        {
            var b = order[i];
            var next = i + 1 < order.Count ? order[i + 1] : null;
            if (i > 0) Line(Label(b) + ":");
            stale.Clear();
            stale.UnionWith(staleAtEntry[b]);
            if (b == f.Entry) EntryMoves(b);
            foreach (var v in b.Values)
                if (v.Op == Op.Phi) { stale.Remove(v); Save(v); }
            foreach (var v in b.Values)
            {
                Value(v);
                // As the allocator's dataflow assumes: v's operands are fresh after it, v is, and a
                // call leaves the values living across it stale.
                if (v.Op != Op.Phi && RegAlloc.Reloads(v))
                    foreach (var a in v.Args) Fresh(a);
                stale.Remove(v);
                if (RegAlloc.IsCall(v) && clobberedBy.TryGetValue(v, out var clobbered)) stale.UnionWith(clobbered);
            }
            EndBlock(b, next);
        }
        return null;
    }

    /// <summary>
    /// gc checks the locals and the incoming arguments first, then the whole frame with the area for
    /// callees' arguments; sizes are printed in whole MB, rounded down.
    /// </summary>
    private Diagnostic? TooLarge(long frame)
    {
        long locals = frame - outArgs;
        if (locals >= MaxStackSize || f.ArgSize >= MaxStackSize)
            return new Diagnostic(f.Pos, $"stack frame too large (>1GB): {locals >> 20} MB locals + {f.ArgSize >> 20} MB args");
        if (frame >= MaxStackSize)
            return new Diagnostic(f.Pos, $"stack frame too large (>1GB): {locals >> 20} MB locals + {f.ArgSize >> 20} MB args + {outArgs >> 20} MB callee");
        return null;
    }

    private static string Label(Block b) => $"b{b.Id}";

    // ---- frame ----

    /// <summary>
    /// Frame above the saved LR at 0(RSP): the outgoing argument area for stack-ABI calls at 8(RSP),
    /// then locals and spill slots. Returns the TEXT frame size (the assembler adds the LR/FP words).
    /// </summary>
    private long LayoutFrame()
    {
        outArgs = 0;
        foreach (var v in f.AllValues())
            if (v.Op is Op.A64CALLstatic or Op.A64CALLclosure or Op.A64CALLcode && v.Aux is CallInfo ci)
                outArgs = Math.Max(outArgs, ci.StackSize);
        long off = 8 + outArgs;
        foreach (var s in f.Slots.OrderByDescending(s => s.Align).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            off = (off + s.Align - 1) / s.Align * s.Align;
            s.Offset = off;
            off += s.Size;
        }
        var size = off - 8;
        return (size + 7) / 8 * 8;
    }

    // ---- source lines ----

    /// <summary>
    /// The source position of the instructions that follow. "#line N" gives the NEXT line of the .s
    /// file line N and counts up from there (gc's rule), so a directive is written before an
    /// instruction unless the counting already gives its line.
    /// </summary>
    private void SetLine(SourcePos p)
    {
        if (p.Line <= 0 || string.IsNullOrEmpty(p.File)) return;
        wantFile = p.File;
        wantLine = p.Line;
    }

    private string? wantFile, curFile;
    private int wantLine, nextLine;

    /// <summary>Appends one line of assembly, preceded by a #line directive when the position needs one.</summary>
    private void Line(string text)
    {
        if (wantFile != null && (wantFile != curFile || wantLine != nextLine))
        {
            sb.Append($"#line {wantLine} {Quote(wantFile)}\n");
            curFile = wantFile;
            nextLine = wantLine;
        }
        sb.Append(text).Append('\n');
        nextLine++;
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private void Ins(string text) => Line("\t" + text);

    // ---- operands ----

    private static string R(int r) => Registers.Name(r);

    /// <summary>
    /// The register holding value a, loading (or recomputing) it into scratch register number
    /// <paramref name="scratch"/> (0–2, see <see cref="Registers.Scratch"/>) if needed.
    /// </summary>
    private string Use(Value a, int scratch)
    {
        var s = Registers.Scratch(scratch, a.Type.IsFloat());
        if (ra.IsRemat(a))
        {
            Materialize(a, s);
            return R(s);
        }
        var l = loc[a];
        if (l.IsReg)
        {
            Fresh(a);
            return R(l.Reg);
        }
        Ins($"{LoadOp(a.Type)}\t{l.Slot!.Offset}(RSP), {R(s)}");
        return R(s);
    }

    /// <summary>Brings a stale value back into its register from its save slot.</summary>
    private void Fresh(Value a)
    {
        if (stale.Remove(a)) Ins($"{LoadOp(a.Type)}\t{save[a].Offset}(RSP), {R(loc[a].Reg)}");
    }

    /// <summary>Where a value is now: its register, or its save slot while the register is stale.</summary>
    private Loc Where(Value a) => stale.Contains(a) ? Loc.InSlot(save[a]) : loc[a];

    /// <summary>The register to compute v into; <see cref="Def"/> then stores it if v is spilled.</summary>
    private string Dst(Value v) => loc[v] is { IsReg: true } l ? R(l.Reg) : R(v.Type.IsFloat() ? Registers.FScratch0 : Registers.Scratch0);

    /// <summary>Computes a rematerializable value (constant, address) into register r.</summary>
    private void Materialize(Value v, int r)
    {
        switch (v.Op)
        {
            case Op.A64MOVDconst: Ins($"MOVD\t${v.AuxInt}, {R(r)}"); break;
            case Op.A64FMOVDconst or Op.A64FMOVSconst:
                // Through the integer scratch register: exact for every value, no literal pool needed.
                Ins($"MOVD\t${(v.Op == Op.A64FMOVSconst ? (uint)v.AuxInt : v.AuxInt)}, {R(Registers.Scratch2)}");
                Ins($"{(v.Op == Op.A64FMOVSconst ? "FMOVS" : "FMOVD")}\t{R(Registers.Scratch2)}, {R(r)}");
                break;
            case Op.A64MOVDaddr: Ins($"MOVD\t${sym((string)v.Aux!)}{(v.AuxInt != 0 ? $"+{v.AuxInt}" : "")}(SB), {R(r)}"); break;
            case Op.A64MOVDstackaddr: Ins($"ADD\t${((StackSlot)v.Aux!).Offset}, RSP, {R(r)}"); break;
            case Op.A64MOVDinarg: Ins($"MOVD\t$arg{v.AuxInt}+{v.AuxInt}(FP), {R(r)}"); break;
            case Op.A64MOVDoutarg: Ins($"ADD\t${8 + v.AuxInt}, RSP, {R(r)}"); break;
        }
    }

    /// <summary>
    /// Moves values into locations all at once: parallel moves for values that have locations, then the
    /// rematerialized ones computed straight into their destinations.
    /// </summary>
    private void MoveAll(IEnumerable<(Value Src, Loc Dst)> moves)
    {
        var list = moves.ToList();
        ParallelMove.Resolve(list.Where(m => !ra.IsRemat(m.Src)).Select(m => (Where(m.Src), m.Dst, m.Src.Type.IsFloat())).ToList(), Move);
        foreach (var (v, dst) in list.Where(m => ra.IsRemat(m.Src)))
        {
            if (dst.IsReg) Materialize(v, dst.Reg);
            else
            {
                var t = v.Type.IsFloat() ? Registers.FScratch0 : Registers.Scratch0;
                Materialize(v, t);
                Ins($"{StoreOp(v.Type)}\t{R(t)}, {dst.Slot!.Offset}(RSP)");
            }
        }
    }

    private void Def(Value v)
    {
        var l = loc[v];
        if (!l.IsReg) Ins($"{StoreOp(v.Type)}\t{R(v.Type.IsFloat() ? Registers.FScratch0 : Registers.Scratch0)}, {l.Slot!.Offset}(RSP)");
        else Save(v);
    }

    /// <summary>A value in a register that lives across calls is stored to its save slot once defined.</summary>
    private void Save(Value v)
    {
        if (save.TryGetValue(v, out var s) && loc[v] is { IsReg: true } l)
            Ins($"{StoreOp(v.Type)}\t{R(l.Reg)}, {s.Offset}(RSP)");
    }

    private static string LoadOp(IrType t) => t switch { IrType.F32 => "FMOVS", IrType.F64 => "FMOVD", _ => "MOVD" };
    private static string StoreOp(IrType t) => LoadOp(t);

    private void Move(Loc src, Loc dst, bool isFloat)
    {
        if (src == dst) return;
        var mov = isFloat ? "FMOVD" : "MOVD";
        if (src.IsReg && dst.IsReg) Ins($"{mov}\t{R(src.Reg)}, {R(dst.Reg)}");
        else if (src.IsReg) Ins($"{mov}\t{R(src.Reg)}, {dst.Slot!.Offset}(RSP)");
        else if (dst.IsReg) Ins($"{mov}\t{src.Slot!.Offset}(RSP), {R(dst.Reg)}");
        else
        {
            var t = isFloat ? Registers.FScratch0 : Registers.Scratch0;
            Ins($"{mov}\t{src.Slot!.Offset}(RSP), {R(t)}");
            Ins($"{mov}\t{R(t)}, {dst.Slot!.Offset}(RSP)");
        }
    }

    // ---- values ----

    private void EntryMoves(Block b)
    {
        var args = b.Values.Where(v => v.Op == Op.Arg && loc.ContainsKey(v)).ToList();
        var moves = args.Select(a => (Loc.InReg((int)a.AuxInt), loc[a], a.Type.IsFloat())).ToList();
        // The closure context arrives in R26, which the moves below may use as a temporary: set it
        // aside in R17 first.
        if (b.Values.FirstOrDefault(v => v.Op == Op.ClosurePtr && loc.ContainsKey(v)) is { } ctx)
        {
            Ins("MOVD\tR26, R17");
            moves.Add((Loc.InReg(Registers.Scratch1), loc[ctx], false));
        }
        ParallelMove.Resolve(moves, Move);
        foreach (var v in b.Values)
            if (v.Op is Op.Arg or Op.ClosurePtr && loc.ContainsKey(v)) Save(v);
    }

    private void Value(Value v)
    {
        SetLine(v.Pos);
        switch (v.Op)
        {
            case Op.Phi or Op.InitMem or Op.Arg or Op.ClosurePtr or Op.SelectN or Op.Return:
                return;
            case Op.Copy:
                if (loc.TryGetValue(v, out var cl)) { MoveAll([(v.Args[0], cl)]); Save(v); }
                return;
            case Op.A64MOVDconst or Op.A64MOVDaddr or Op.A64MOVDstackaddr or Op.A64MOVDinarg or Op.A64MOVDoutarg or Op.A64FMOVDconst or Op.A64FMOVSconst:
                // Computed where used, unless it was given a location (a loop uses it).
                if (!ra.IsRemat(v) && loc.TryGetValue(v, out var kl))
                {
                    var t = kl.IsReg ? kl.Reg : v.Type.IsFloat() ? Registers.FScratch0 : Registers.Scratch0;
                    Materialize(v, t);
                    Def(v);
                }
                return;
            case Op.A64CALLstatic or Op.A64CALLclosure or Op.A64CALLcode: Call(v); return;
        }
        if (v.Type == IrType.Flags) { Flags(v); return; }
        if (v.Type == IrType.Mem) { Store(v); return; }
        var d = Dst(v);
        string A(int i) => Use(v.Args[i], i);
        var asm = v.Info.Asm;
        switch (v.Op)
        {
            case Op.A64MOVDconst: Ins($"MOVD\t${v.AuxInt}, {d}"); break;
            case Op.A64MOVDaddr:
                Ins($"MOVD\t${sym((string)v.Aux!)}{(v.AuxInt != 0 ? $"+{v.AuxInt}" : "")}(SB), {d}");
                break;
            case Op.A64MOVDstackaddr: Ins($"ADD\t${((StackSlot)v.Aux!).Offset}, RSP, {d}"); break;
            case Op.A64ADD or Op.A64SUB or Op.A64MUL or Op.A64AND or Op.A64ORR or Op.A64EOR or Op.A64BIC
                or Op.A64LSL or Op.A64LSR or Op.A64ASR or Op.A64SDIV or Op.A64UDIV:
            {
                var x = A(0);
                var y = A(1);
                Ins($"{asm}\t{y}, {x}, {d}");
                break;
            }
            case Op.A64ADDconst or Op.A64SUBconst or Op.A64ANDconst or Op.A64ORRconst or Op.A64EORconst
                or Op.A64LSLconst or Op.A64LSRconst or Op.A64ASRconst:
                Ins($"{asm}\t${v.AuxInt}, {A(0)}, {d}");
                break;
            case Op.A64NEG or Op.A64MVN: Ins($"{asm}\t{A(0)}, {d}"); break;
            case Op.A64FADDD or Op.A64FSUBD or Op.A64FMULD or Op.A64FDIVD or Op.A64FADDS or Op.A64FSUBS or Op.A64FMULS or Op.A64FDIVS:
            {
                var x = A(0);
                var y = A(1);
                Ins($"{asm}\t{y}, {x}, {d}");
                break;
            }
            case Op.A64FMADDD or Op.A64FMSUBD or Op.A64FNMSUBD or Op.A64FNMADDD
                or Op.A64FMADDS or Op.A64FMSUBS or Op.A64FNMSUBS or Op.A64FNMADDS:
            {
                // Plan 9 order Fm, Fa, Fn, Fd: FMADDD makes Fd = Fa + Fn*Fm; args are (x, y, a).
                var x = A(0);
                var y = A(1);
                var a = A(2);
                Ins($"{asm}\t{y}, {a}, {x}, {d}");
                break;
            }
            case Op.A64FNEGD or Op.A64FNEGS
                or Op.A64SCVTFD or Op.A64UCVTFD or Op.A64SCVTFS or Op.A64UCVTFS
                or Op.A64FCVTZSD or Op.A64FCVTZUD or Op.A64FCVTZSS or Op.A64FCVTZUS
                or Op.A64FCVTSD or Op.A64FCVTDS:
                Ins($"{asm}\t{A(0)}, {d}");
                break;
            case Op.A64FMOVDload or Op.A64FMOVSload:
                Ins($"{asm}\t{v.AuxInt}({A(0)}), {d}");
                break;
            case Op.A64MSUB:
            {
                // MSUB Rm, Ra, Rn, Rd: Rd = Ra - Rn*Rm; args are (q, y, x) for x - q*y.
                var q = A(0);
                var y = A(1);
                var x = A(2);
                Ins($"MSUB\t{y}, {x}, {q}, {d}");
                break;
            }
            case Op.A64MADD:
            {
                // MADD Rm, Ra, Rn, Rd: Rd = Ra + Rn*Rm; args are (y, z, x) for x + y*z.
                var y = A(0);
                var z = A(1);
                var x = A(2);
                Ins($"MADD\t{z}, {x}, {y}, {d}");
                break;
            }
            case Op.A64MNEG:
            {
                var y = A(0);
                var z = A(1);
                Ins($"MNEG\t{z}, {y}, {d}");
                break;
            }
            case Op.A64ADDshift or Op.A64SUBshift or Op.A64ANDshift or Op.A64ORRshift or Op.A64EORshift or Op.A64BICshift:
            {
                var x = A(0);
                var y = A(1);
                Ins($"{asm}\t{Shifted(y, v)}, {x}, {d}");
                break;
            }
            case Op.A64Loadidx:
            {
                var p = A(0);
                var i = A(1);
                Ins($"{OpInfo.Of((Op)v.Aux!).Asm}\t{Indexed(p, i, v.AuxInt)}, {d}");
                break;
            }
            case Op.A64SXTB: Ins($"MOVB\t{A(0)}, {d}"); break;
            case Op.A64SXTH: Ins($"MOVH\t{A(0)}, {d}"); break;
            case Op.A64SXTW: Ins($"MOVW\t{A(0)}, {d}"); break;
            case Op.A64UXTB: Ins($"MOVBU\t{A(0)}, {d}"); break;
            case Op.A64UXTH: Ins($"MOVHU\t{A(0)}, {d}"); break;
            case Op.A64UXTW: Ins($"MOVWU\t{A(0)}, {d}"); break;
            case Op.A64CSET:
                Ins($"CSET\t{(Cond)v.Aux!}, {d}");
                break;
            case Op.A64CSEL:
            {
                var a = A(0);
                var b = A(1);
                Ins($"CSEL\t{(Cond)v.Aux!}, {a}, {b}, {d}");
                break;
            }
            case Op.A64MOVBload or Op.A64MOVBUload or Op.A64MOVHload or Op.A64MOVHUload or Op.A64MOVWload or Op.A64MOVWUload or Op.A64MOVDload:
                Ins($"{asm}\t{v.AuxInt}({A(0)}), {d}");
                break;
            default:
                throw new InvalidOperationException($"arm64: no emission for {v.LongString()} in {f.Name}");
        }
        Def(v);
    }

    /// <summary>Flag producers; the scheduler placed them right before their consumer.</summary>
    private void Flags(Value v)
    {
        switch (v.Op)
        {
            case Op.A64CMP:
            {
                var x = Use(v.Args[0], 0);
                var y = Use(v.Args[1], 1);
                Ins($"CMP\t{y}, {x}");
                break;
            }
            case Op.A64CMPconst: Ins($"CMP\t${v.AuxInt}, {Use(v.Args[0], 0)}"); break;
            case Op.A64CMNconst: Ins($"CMN\t${v.AuxInt}, {Use(v.Args[0], 0)}"); break;
            case Op.A64TSTconst: Ins($"TST\t${v.AuxInt}, {Use(v.Args[0], 0)}"); break;
            case Op.A64TST:
            {
                var x = Use(v.Args[0], 0);
                var y = Use(v.Args[1], 1);
                Ins($"TST\t{y}, {x}");
                break;
            }
            case Op.A64CMPshift:
            {
                var x = Use(v.Args[0], 0);
                var y = Use(v.Args[1], 1);
                Ins($"CMP\t{Shifted(y, v)}, {x}");
                break;
            }
            case Op.A64FCMPD or Op.A64FCMPS:
            {
                var x = Use(v.Args[0], 0);
                var y = Use(v.Args[1], 1);
                Ins($"{v.Info.Asm}\t{y}, {x}");
                break;
            }
            default: throw new InvalidOperationException($"arm64: no emission for flags {v.LongString()}");
        }
    }

    /// <summary>Zeroing and copying of this many bytes or more is a loop rather than unrolled.</summary>
    private const long LoopBytes = 128;

    private void Store(Value v)
    {
        switch (v.Op)
        {
            case Op.A64MOVBstore or Op.A64MOVHstore or Op.A64MOVWstore or Op.A64MOVDstore or Op.A64FMOVDstore or Op.A64FMOVSstore:
            {
                var p = Use(v.Args[0], 0);
                var x = v.Args[1] is { Op: Op.A64MOVDconst, AuxInt: 0 } ? "ZR" : Use(v.Args[1], 1);
                Ins($"{v.Info.Asm}\t{x}, {v.AuxInt}({p})");
                break;
            }
            case Op.A64Storeidx:
            {
                var p = Use(v.Args[0], 0);
                var i = Use(v.Args[1], 1);
                var x = v.Args[2] is { Op: Op.A64MOVDconst, AuxInt: 0 } ? "ZR" : Use(v.Args[2], 2);
                Ins($"{OpInfo.Of((Op)v.Aux!).Asm}\t{x}, {Indexed(p, i, v.AuxInt)}");
                break;
            }
            case Op.A64LoweredZero:
            {
                var p = Use(v.Args[0], 0);
                if (v.AuxInt >= LoopBytes && p != "RSP")
                {
                    // 16 bytes a turn through p itself (post-increment), the rest unrolled, then p
                    // put back: code size stays constant however large the object.
                    var aligned = v.AuxInt & ~15L;
                    var n = R(Registers.Scratch2);
                    Ins($"MOVD\t${aligned / 16}, {n}");
                    Ins($"STP.P\t(ZR, ZR), 16({p})");
                    Ins($"SUB\t$1, {n}, {n}");
                    Ins($"CBNZ\t{n}, -2(PC)");
                    for (long o = 0; o < v.AuxInt - aligned;)
                    {
                        var (op, k) = (v.AuxInt - aligned - o) switch { >= 8 => ("MOVD", 8), >= 4 => ("MOVW", 4), >= 2 => ("MOVH", 2), _ => ("MOVB", 1) };
                        Ins($"{op}\tZR, {o}({p})");
                        o += k;
                    }
                    Ins($"SUB\t${aligned}, {p}, {p}");
                    break;
                }
                for (long o = 0; o < v.AuxInt;)
                {
                    var (op, n) = (v.AuxInt - o) switch { >= 8 => ("MOVD", 8), >= 4 => ("MOVW", 4), >= 2 => ("MOVH", 2), _ => ("MOVB", 1) };
                    Ins($"{op}\tZR, {o}({p})");
                    o += n;
                }
                break;
            }
            case Op.A64LoweredNilCheck:
                Ins($"MOVB\t0({Use(v.Args[0], 0)}), ZR");
                break;
            case Op.A64LoweredMove:
            {
                var dst = Use(v.Args[0], 0);
                var src = Use(v.Args[1], 1);
                var t = R(Registers.Scratch2);
                if (v.AuxInt >= LoopBytes && dst != src && dst != "RSP" && src != "RSP")
                {
                    // As for Zero: 16 bytes a turn through V31 (a scratch vector register), both
                    // pointers post-incremented and put back afterwards.
                    var aligned = v.AuxInt & ~15L;
                    Ins($"MOVD\t${aligned / 16}, {t}");
                    Ins($"VLD1.P\t16({src}), [V31.B16]");
                    Ins($"VST1.P\t[V31.B16], 16({dst})");
                    Ins($"SUB\t$1, {t}, {t}");
                    Ins($"CBNZ\t{t}, -3(PC)");
                    for (long o = 0; o < v.AuxInt - aligned;)
                    {
                        var (op, k) = (v.AuxInt - aligned - o) switch { >= 8 => ("MOVD", 8), >= 4 => ("MOVWU", 4), >= 2 => ("MOVHU", 2), _ => ("MOVBU", 1) };
                        Ins($"{op}\t{o}({src}), {t}");
                        Ins($"{op.TrimEnd('U')}\t{t}, {o}({dst})");
                        o += k;
                    }
                    Ins($"SUB\t${aligned}, {src}, {src}");
                    Ins($"SUB\t${aligned}, {dst}, {dst}");
                    break;
                }
                for (long o = 0; o < v.AuxInt;)
                {
                    var (op, n) = (v.AuxInt - o) switch { >= 8 => ("MOVD", 8), >= 4 => ("MOVWU", 4), >= 2 => ("MOVHU", 2), _ => ("MOVBU", 1) };
                    Ins($"{op}\t{o}({src}), {t}");
                    Ins($"{op.TrimEnd('U')}\t{t}, {o}({dst})");
                    o += n;
                }
                break;
            }
            default: throw new InvalidOperationException($"arm64: no emission for {v.LongString()}");
        }
    }

    private void Call(Value v)
    {
        var ci = (CallInfo)v.Aux!;
        var closure = v.Op is Op.A64CALLclosure or Op.A64CALLcode;
        var args = v.Args.Skip(closure ? 1 : 0).Take(v.Args.Count - 1 - (closure ? 1 : 0)).ToList();
        var results = v.Block.Values.Where(x => x.Op == Op.SelectN && x.Args[0] == v && loc.ContainsKey(x)).ToList();
        if (closure)
        {
            // The closure pointer goes aside to R17 (the argument moves use R16 and R26), then into
            // R26, the context register, and its first word is the code to call.
            var fn = Use(v.Args[0], 1);
            if (fn != "R17") Ins($"MOVD\t{fn}, R17");
        }
        MoveAll(args.Select((a, i) => (a, Loc.InReg(ci.ArgRegs[i]))));
        if (v.Op == Op.A64CALLclosure)
        {
            Ins("MOVD\tR17, R26");
            Ins("MOVD\t(R26), R16");
            Ins("CALL\t(R16)");
        }
        else if (v.Op == Op.A64CALLcode) Ins("CALL\t(R17)");
        else Ins($"CALL\t{sym(ci.Symbol)}(SB)");
        ParallelMove.Resolve(results.Select(r => (Loc.InReg(ci.ResultRegs[(int)r.AuxInt]), loc[r], r.Type.IsFloat())).ToList(), Move);
        foreach (var r in results) Save(r);
    }

    /// <summary>A shifted register operand: R1&lt;&lt;3, R1&gt;&gt;3 (logical), R1-&gt;3 (arithmetic).</summary>
    private static string Shifted(string reg, Value v) => reg + ((Shift)v.Aux!) switch { Shift.LL => "<<", Shift.RL => ">>", _ => "->" } + v.AuxInt;

    private static string Indexed(string ptr, string idx, long shift) => shift == 0 ? $"({ptr})({idx})" : $"({ptr})({idx}<<{shift})";

    // ---- block ends ----

    private void EndBlock(Block b, Block? next)
    {
        // Phi moves into a single successor happen before the branch.
        if (b.Succs.Count == 1)
        {
            var s = b.Succs[0];
            var k = s.Preds.IndexOf(b);
            MoveAll(s.Values.Where(p => p.Op == Op.Phi && loc.ContainsKey(p)).Select(p => (p.Args[k], loc[p])));
        }
        switch (b.Kind)
        {
            case BlockKind.Plain:
                if (b.Succs[0] != next) Ins($"JMP\t{Label(b.Succs[0])}");
                break;
            case BlockKind.Ret:
            {
                var ret = b.Control!;
                var vals = ret.Args.Take(ret.Args.Count - 1).ToList();
                MoveAll(vals.Select((x, i) => (x, Loc.InReg(f.ResultRegs[i]))));
                SetLine(ret.Pos);
                Ins("RET");
                break;
            }
            case BlockKind.Exit:
                break;
            case BlockKind.A64NZ or BlockKind.A64Z:
            {
                var r = Use(b.Control!, 0);
                var (yes, no) = (b.Succs[0], b.Succs[1]);
                var nz = b.Kind == BlockKind.A64NZ;
                if (yes == next) Ins($"{(nz ? "CBZ" : "CBNZ")}\t{r}, {Label(no)}");
                else
                {
                    Ins($"{(nz ? "CBNZ" : "CBZ")}\t{r}, {Label(yes)}");
                    if (no != next) Ins($"JMP\t{Label(no)}");
                }
                break;
            }
            case BlockKind.A64TBZ or BlockKind.A64TBNZ:
            {
                var r = Use(b.Control!, 0);
                var (yes, no) = (b.Succs[0], b.Succs[1]);
                var nz = b.Kind == BlockKind.A64TBNZ;
                if (yes == next) Ins($"{(nz ? "TBZ" : "TBNZ")}\t${b.AuxInt}, {r}, {Label(no)}");
                else
                {
                    Ins($"{(nz ? "TBNZ" : "TBZ")}\t${b.AuxInt}, {r}, {Label(yes)}");
                    if (no != next) Ins($"JMP\t{Label(no)}");
                }
                break;
            }
            default:
            {
                var cond = CondOf(b.Kind);
                var (yes, no) = (b.Succs[0], b.Succs[1]);
                if (yes == next) Ins($"B{Invert(cond)}\t{Label(no)}");
                else
                {
                    Ins($"B{cond}\t{Label(yes)}");
                    if (no != next) Ins($"JMP\t{Label(no)}");
                }
                break;
            }
        }
    }

    private static Cond CondOf(BlockKind k) => k switch
    {
        BlockKind.A64EQ => Cond.EQ, BlockKind.A64NE => Cond.NE, BlockKind.A64LT => Cond.LT, BlockKind.A64LE => Cond.LE,
        BlockKind.A64GT => Cond.GT, BlockKind.A64GE => Cond.GE, BlockKind.A64LO => Cond.LO, BlockKind.A64LS => Cond.LS,
        BlockKind.A64HI => Cond.HI, BlockKind.A64HS => Cond.HS, BlockKind.A64MI => Cond.MI,
        _ => throw new InvalidOperationException($"not a conditional block kind: {k}"),
    };

    private static Cond Invert(Cond c) => c switch
    {
        Cond.EQ => Cond.NE, Cond.NE => Cond.EQ, Cond.LT => Cond.GE, Cond.GE => Cond.LT, Cond.LE => Cond.GT, Cond.GT => Cond.LE,
        Cond.LO => Cond.HS, Cond.HS => Cond.LO, Cond.LS => Cond.HI, Cond.HI => Cond.LS,
        // After FCMP, "not less" must include unordered: PL is N clear, the exact complement of MI.
        Cond.MI => Cond.PL, _ => throw new InvalidOperationException($"cannot invert {c}"),
    };
}
