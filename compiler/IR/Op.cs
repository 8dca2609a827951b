namespace Gosharp.Compiler.IR;

/// <summary>
/// SSA operations. Generic ops come from building the IR; the A64* ops are arm64 instructions that
/// lowering rewrites generic ops into. <see cref="OpInfo"/> describes each.
/// </summary>
public enum Op : ushort
{
    Invalid,

    // ---- generic: values and memory ----
    /// <summary>Integer/bool/pointer constant in AuxInt.</summary>
    Const,
    /// <summary>Float constant: AuxInt holds the IEEE bits (float64 bits, or float32 bits for F32).</summary>
    ConstF,
    /// <summary>Address of a global symbol (Aux: string symbol name) plus AuxInt.</summary>
    Addr,
    /// <summary>Address of a stack slot (Aux: StackSlot).</summary>
    LocalAddr,
    /// <summary>An incoming register parameter: AuxInt is the register (0–15 for R0–R15, 32–47 for F0–F15).</summary>
    Arg,
    /// <summary>Address of the incoming stack argument/result area at AuxInt (x+off(FP)).</summary>
    InArgAddr,
    /// <summary>Address of the outgoing stack argument/result area at AuxInt (8+off(RSP)).</summary>
    OutArgAddr,
    Copy,
    Phi,
    /// <summary>The memory state on entry.</summary>
    InitMem,
    /// <summary>The closure object a closure's code was called with (R26 on entry).</summary>
    ClosurePtr,

    // ---- generic: arithmetic (64-bit registers; narrow values are kept extended, see Ext) ----
    Add, Sub, Mul, Neg, And, Or, Xor, AndNot, Com,
    Lsh, Rsh, RshU,
    Div, DivU, Mod, ModU,
    /// <summary>Sign- (AuxInt &gt; 0) or zero- (AuxInt &lt; 0) extend the low |AuxInt| bits.</summary>
    Ext,
    Not,
    Eq, Ne, Lt, Le, Gt, Ge, LtU, LeU, GtU, GeU,
    /// <summary>Integer (signed when Value.Signed) to float of the result type.</summary>
    CvtI2F,
    /// <summary>Float to a 64-bit integer (signed when Value.Signed), truncating toward zero.</summary>
    CvtF2I,
    /// <summary>Float to float of the other size, or of the same size for an explicit conversion (a fusion barrier).</summary>
    CvtF,
    /// <summary>CondSelect(x, y, cond): x when the bool cond holds, else y (branch elimination makes them).</summary>
    CondSelect,

    // ---- generic: memory ----
    /// <summary>Load(ptr, mem): AuxInt = offset; signedness of narrow loads from AuxInt2 (see Value.Signed).</summary>
    Load,
    /// <summary>Store(ptr, val, mem) → mem. AuxInt = offset; size from the value's type.</summary>
    Store,
    /// <summary>Zero(ptr, mem) → mem: clear AuxInt bytes.</summary>
    Zero,
    /// <summary>Move(dst, src, mem) → mem: copy AuxInt bytes.</summary>
    Move,
    /// <summary>NilCheck(ptr, mem) → mem: faults (and so panics with gc's nil-dereference error) when ptr is nil.</summary>
    NilCheck,

    // ---- generic: calls ----
    /// <summary>StaticCall(args..., mem) → mem. Aux: CallInfo.</summary>
    StaticCall,
    /// <summary>ClosureCall(fn, args..., mem) → mem: a call through a func value (a closure pointer). Aux: CallInfo.</summary>
    ClosureCall,
    /// <summary>CodeCall(code, args..., mem) → mem: a call through a code pointer (interface methods). Aux: CallInfo.</summary>
    CodeCall,
    /// <summary>Result AuxInt of the call that is Args[0].</summary>
    SelectN,
    /// <summary>The values a function returns: Return(results..., mem), the control of a Ret block.</summary>
    Return,

    // ---- arm64 ----
    A64MOVDconst, A64MOVDaddr, A64MOVDstackaddr, A64MOVDinarg, A64MOVDoutarg,
    A64ADD, A64ADDconst, A64SUB, A64SUBconst, A64MUL, A64NEG, A64MNEG,
    A64AND, A64ANDconst, A64ORR, A64ORRconst, A64EOR, A64EORconst, A64BIC, A64MVN,
    A64LSL, A64LSLconst, A64LSR, A64LSRconst, A64ASR, A64ASRconst,
    A64SDIV, A64UDIV, A64MSUB,
    /// <summary>CSEL cond, a, b: a when the condition (AuxInt: Cond) holds, else b.</summary>
    A64CSEL,
    A64SXTB, A64SXTH, A64SXTW, A64UXTB, A64UXTH, A64UXTW,
    A64CMP, A64CMPconst, A64CMN, A64CMNconst, A64TST, A64TSTconst,
    /// <summary>CSET cond: AuxInt holds a Cond.</summary>
    A64CSET,
    A64MOVBload, A64MOVBUload, A64MOVHload, A64MOVHUload, A64MOVWload, A64MOVWUload, A64MOVDload,
    A64MOVBstore, A64MOVHstore, A64MOVWstore, A64MOVDstore,
    A64MOVDstorezero,
    A64CALLstatic, A64CALLclosure, A64CALLcode,
    A64FADDD, A64FSUBD, A64FMULD, A64FDIVD, A64FNEGD, A64FADDS, A64FSUBS, A64FMULS, A64FDIVS, A64FNEGS,
    /// <summary>
    /// Fused multiply-add, args (x, y, a), one rounding: FMADD a+x*y, FMSUB a-x*y, FNMSUB x*y-a,
    /// FNMADD -(x*y)-a.
    /// </summary>
    A64FMADDD, A64FMSUBD, A64FNMSUBD, A64FNMADDD, A64FMADDS, A64FMSUBS, A64FNMSUBS, A64FNMADDS,
    A64FCMPD, A64FCMPS,
    A64SCVTFD, A64UCVTFD, A64SCVTFS, A64UCVTFS, A64FCVTZSD, A64FCVTZUD, A64FCVTZSS, A64FCVTZUS,
    A64FCVTSD, A64FCVTDS,
    A64FMOVDload, A64FMOVSload, A64FMOVDstore, A64FMOVSstore,
    /// <summary>A float constant (AuxInt: its bits), made from an integer register.</summary>
    A64FMOVDconst, A64FMOVSconst,
    A64LoweredZero, A64LoweredMove,
    /// <summary>A one-byte load from the pointer into ZR: the fault is the nil check.</summary>
    A64LoweredNilCheck,
    /// <summary>MADD(y, z, x) = x + y*z.</summary>
    A64MADD,
    /// <summary>Data processing with a shifted second operand: op(x, y SHIFT AuxInt); Aux holds the Shift.</summary>
    A64ADDshift, A64SUBshift, A64ANDshift, A64ORRshift, A64EORshift, A64BICshift, A64CMPshift,
    /// <summary>Loadidx(ptr, idx, mem): a load at ptr + idx&lt;&lt;AuxInt; Aux holds the plain load op (A64MOVDload, ...).</summary>
    A64Loadidx,
    /// <summary>Storeidx(ptr, idx, val, mem): a store at ptr + idx&lt;&lt;AuxInt; Aux holds the plain store op.</summary>
    A64Storeidx,
}

/// <summary>The shift applied to a shifted register operand.</summary>
public enum Shift : byte { LL, RL, RA }

/// <summary>arm64 condition codes (and their meaning after CMP a, b: a ? b).</summary>
public enum Cond : byte { EQ, NE, LT, LE, GT, GE, LO, LS, HI, HS, MI, PL }

[Flags]
public enum OpFlags
{
    None = 0,
    Commutative = 1,
    /// <summary>Has an effect beyond its result (memory, calls): never removed as dead, never CSE'd.</summary>
    SideEffect = 2,
    Call = 4,
    /// <summary>Produces condition flags.</summary>
    SetsFlags = 8,
    /// <summary>Generic op that lowering must replace.</summary>
    Generic = 16,
}

public readonly record struct OpInfo(string Name, OpFlags Flags, string Asm = "")
{
    public bool Is(OpFlags f) => (Flags & f) != 0;

    private static readonly OpInfo[] table = Build();

    public static OpInfo Of(Op op) => table[(int)op];

    private static OpInfo[] Build()
    {
        var t = new OpInfo[Enum.GetValues<Op>().Length];
        foreach (var op in Enum.GetValues<Op>())
        {
            var name = op.ToString();
            var generic = !name.StartsWith("A64");
            var flags = generic ? OpFlags.Generic : OpFlags.None;
            var asm = generic ? "" : name[3..].Replace("const", "").Replace("load", "").Replace("store", "");
            t[(int)op] = new OpInfo(generic ? name : name[3..], flags, asm);
        }
        void Set(Op op, OpFlags f, string? asm = null) => t[(int)op] = t[(int)op] with { Flags = t[(int)op].Flags | f, Asm = asm ?? t[(int)op].Asm };
        foreach (var op in new[] { Op.Add, Op.Mul, Op.And, Op.Or, Op.Xor, Op.Eq, Op.Ne, Op.A64ADD, Op.A64MUL, Op.A64AND, Op.A64ORR, Op.A64EOR })
            Set(op, OpFlags.Commutative);
        foreach (var op in new[] { Op.A64ADDshift, Op.A64SUBshift, Op.A64ANDshift, Op.A64ORRshift, Op.A64EORshift, Op.A64BICshift, Op.A64CMPshift })
            Set(op, OpFlags.None, op.ToString()[3..^5]);
        foreach (var op in new[] { Op.Store, Op.Zero, Op.Move, Op.NilCheck, Op.A64LoweredNilCheck, Op.InitMem, Op.Return,
                     Op.A64MOVBstore, Op.A64MOVHstore, Op.A64MOVWstore, Op.A64MOVDstore, Op.A64MOVDstorezero, Op.A64LoweredZero, Op.A64LoweredMove, Op.A64Storeidx })
            Set(op, OpFlags.SideEffect);
        Set(Op.StaticCall, OpFlags.SideEffect | OpFlags.Call);
        Set(Op.ClosureCall, OpFlags.SideEffect | OpFlags.Call);
        Set(Op.CodeCall, OpFlags.SideEffect | OpFlags.Call);
        Set(Op.A64CALLcode, OpFlags.SideEffect | OpFlags.Call, "CALL");
        Set(Op.A64CALLclosure, OpFlags.SideEffect | OpFlags.Call, "CALL");
        Set(Op.A64CALLstatic, OpFlags.SideEffect | OpFlags.Call, "CALL");
        foreach (var op in new[] { Op.A64FMOVDstore, Op.A64FMOVSstore })
            Set(op, OpFlags.SideEffect);
        foreach (var op in new[] { Op.A64CMPshift, Op.A64CMP, Op.A64CMPconst, Op.A64CMN, Op.A64CMNconst, Op.A64TST, Op.A64TSTconst, Op.A64FCMPD, Op.A64FCMPS })
            Set(op, OpFlags.SetsFlags);
        Set(Op.A64MOVDconst, OpFlags.None, "MOVD");
        Set(Op.A64MOVDaddr, OpFlags.None, "MOVD");
        Set(Op.A64MOVDstackaddr, OpFlags.None, "ADD");
        Set(Op.A64MOVDstorezero, OpFlags.None, "MOVD");
        return t;
    }
}
