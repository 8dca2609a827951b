using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Rewrites generic ops into arm64 ops, one rule per generic op (<see cref="Rules"/>), choosing immediate
/// forms where the encoding allows, and turns If blocks into flag or CBZ/CBNZ branches.
/// </summary>
public static class Lower
{
    private static readonly Dictionary<Op, Action<Value>> Rules = new()
    {
        [Op.Const] = v => v.Op = Op.A64MOVDconst,
        [Op.ConstF] = v => v.Op = v.Type == IrType.F32 ? Op.A64FMOVSconst : Op.A64FMOVDconst,
        [Op.CvtI2F] = v => v.Op = (v.Type == IrType.F32, v.Signed) switch
        {
            (false, true) => Op.A64SCVTFD, (false, false) => Op.A64UCVTFD, (true, true) => Op.A64SCVTFS, _ => Op.A64UCVTFS,
        },
        [Op.CvtF2I] = v => v.Op = (v.Args[0].Type == IrType.F32, v.Signed) switch
        {
            (false, true) => Op.A64FCVTZSD, (false, false) => Op.A64FCVTZUD, (true, true) => Op.A64FCVTZSS, _ => Op.A64FCVTZUS,
        },
        // To the same size: an explicit conversion, which rounds nothing but keeps FMA fusion from crossing it.
        [Op.CvtF] = v =>
        {
            if (v.Type == v.Args[0].Type) v.BecomeCopy(v.Args[0]);
            else v.Op = v.Type == IrType.F64 ? Op.A64FCVTSD : Op.A64FCVTDS;
        },
        [Op.Addr] = v => v.Op = Op.A64MOVDaddr,
        [Op.LocalAddr] = v => v.Op = Op.A64MOVDstackaddr,
        [Op.InArgAddr] = v => v.Op = Op.A64MOVDinarg,
        [Op.OutArgAddr] = v => v.Op = Op.A64MOVDoutarg,
        [Op.Add] = v => ArithImm(v, Op.A64ADD, Op.A64ADDconst, AddImm),
        [Op.Sub] = v => ArithImm(v, Op.A64SUB, Op.A64SUBconst, AddImm),
        [Op.Mul] = v => v.Op = Op.A64MUL,
        [Op.Neg] = v => v.Op = Op.A64NEG,
        [Op.And] = v => ArithImm(v, Op.A64AND, Op.A64ANDconst, LogicalImm),
        [Op.Or] = v => ArithImm(v, Op.A64ORR, Op.A64ORRconst, LogicalImm),
        [Op.Xor] = v => ArithImm(v, Op.A64EOR, Op.A64EORconst, LogicalImm),
        [Op.AndNot] = v => v.Op = Op.A64BIC,
        [Op.Com] = v => v.Op = Op.A64MVN,
        [Op.Not] = v => { v.Op = Op.A64EORconst; v.AuxInt = 1; },
        [Op.Div] = v => v.Op = Op.A64SDIV,
        [Op.DivU] = v => v.Op = Op.A64UDIV,
        [Op.Mod] = v => Mod(v, Op.A64SDIV),
        [Op.ModU] = v => Mod(v, Op.A64UDIV),
        [Op.Lsh] = v => Shift(v, Op.A64LSL, Op.A64LSLconst),
        [Op.RshU] = v => Shift(v, Op.A64LSR, Op.A64LSRconst),
        [Op.Rsh] = v => Shift(v, Op.A64ASR, Op.A64ASRconst),
        [Op.Ext] = v =>
        {
            v.Op = v.AuxInt switch { 8 => Op.A64SXTB, 16 => Op.A64SXTH, 32 => Op.A64SXTW, -8 => Op.A64UXTB, -16 => Op.A64UXTH, _ => Op.A64UXTW };
            v.AuxInt = 0;
        },
        [Op.Eq] = v => SetCond(v, Cond.EQ),
        [Op.Ne] = v => SetCond(v, Cond.NE),
        [Op.Lt] = v => SetCond(v, Cond.LT),
        [Op.Le] = v => SetCond(v, Cond.LE),
        [Op.Gt] = v => SetCond(v, Cond.GT),
        [Op.Ge] = v => SetCond(v, Cond.GE),
        [Op.LtU] = v => SetCond(v, Cond.LO),
        [Op.LeU] = v => SetCond(v, Cond.LS),
        [Op.GtU] = v => SetCond(v, Cond.HI),
        [Op.GeU] = v => SetCond(v, Cond.HS),
        [Op.Load] = v =>
        {
            v.Op = v.Type switch
            {
                IrType.Bool or IrType.I8 => v.Signed ? Op.A64MOVBload : Op.A64MOVBUload,
                IrType.I16 => v.Signed ? Op.A64MOVHload : Op.A64MOVHUload,
                IrType.I32 => v.Signed ? Op.A64MOVWload : Op.A64MOVWUload,
                _ => Op.A64MOVDload,
            };
        },
        [Op.Store] = v =>
        {
            v.Op = v.Args[1].Type switch
            {
                IrType.Bool or IrType.I8 => Op.A64MOVBstore,
                IrType.I16 => Op.A64MOVHstore,
                IrType.I32 => Op.A64MOVWstore,
                _ => Op.A64MOVDstore,
            };
        },
        [Op.Zero] = v => v.Op = Op.A64LoweredZero,
        [Op.Move] = v => v.Op = Op.A64LoweredMove,
        [Op.NilCheck] = v => v.Op = Op.A64LoweredNilCheck,
        [Op.StaticCall] = v => v.Op = Op.A64CALLstatic,
        [Op.ClosureCall] = v => v.Op = Op.A64CALLclosure,
        [Op.CodeCall] = v => v.Op = Op.A64CALLcode,
    };

    /// <summary>Floating-point forms of the generic ops (chosen by the value's or operands' type).</summary>
    private static readonly Dictionary<(Op, IrType), Op> FloatOps = new()
    {
        [(Op.Add, IrType.F64)] = Op.A64FADDD, [(Op.Sub, IrType.F64)] = Op.A64FSUBD, [(Op.Mul, IrType.F64)] = Op.A64FMULD,
        [(Op.Div, IrType.F64)] = Op.A64FDIVD, [(Op.Neg, IrType.F64)] = Op.A64FNEGD,
        [(Op.Add, IrType.F32)] = Op.A64FADDS, [(Op.Sub, IrType.F32)] = Op.A64FSUBS, [(Op.Mul, IrType.F32)] = Op.A64FMULS,
        [(Op.Div, IrType.F32)] = Op.A64FDIVS, [(Op.Neg, IrType.F32)] = Op.A64FNEGS,
    };

    /// <summary>
    /// Float comparisons: FCMP sets the flags so that an unordered result (a NaN) makes every condition
    /// below false except NE, as Go requires (a &lt; b is MI, not LT, which an unordered result satisfies).
    /// </summary>
    private static readonly Dictionary<Op, Cond> FloatConds = new()
    {
        [Op.Eq] = Cond.EQ, [Op.Ne] = Cond.NE, [Op.Lt] = Cond.MI, [Op.Le] = Cond.LS, [Op.Gt] = Cond.GT, [Op.Ge] = Cond.GE,
    };

    public static void Run(Func f)
    {
        foreach (var b in f.Blocks)
            foreach (var v in b.Values.ToList())
            {
                if (FloatOps.TryGetValue((v.Op, v.Type), out var fop)) { v.Op = fop; continue; }
                if (FloatConds.TryGetValue(v.Op, out var fc) && v.Args.Count == 2 && v.Args[0].Type.IsFloat())
                {
                    var cmp = InsertBefore(v, v.Args[0].Type == IrType.F32 ? Op.A64FCMPS : Op.A64FCMPD, IrType.Flags, v.Args[0], v.Args[1]);
                    v.Op = Op.A64CSET;
                    v.Aux = fc;
                    v.SetArgs(cmp);
                    continue;
                }
                if (v.Op == Op.Load && v.Type.IsFloat()) { v.Op = v.Type == IrType.F32 ? Op.A64FMOVSload : Op.A64FMOVDload; continue; }
                if (v.Op == Op.Store && v.Args[1].Type.IsFloat()) { v.Op = v.Args[1].Type == IrType.F32 ? Op.A64FMOVSstore : Op.A64FMOVDstore; continue; }
                if (Rules.TryGetValue(v.Op, out var rule)) rule(v);
            }
        foreach (var b in f.Blocks)
            foreach (var v in b.Values.ToList())
                if (v.Op == Op.CondSelect) CondSelect(v);
        FuseMultiplyAdd(f);
        foreach (var b in f.Blocks) LowerBranch(b);
        SplitSharedFlags(f);
    }

    /// <summary>
    /// CondSelect(x, y, c) is CSEL: on the flags of c's comparison (compared again right before, as
    /// flags live from one producer to one consumer), or on c != 0 for another bool.
    /// </summary>
    private static void CondSelect(Value v)
    {
        var c = v.Args[2];
        Value flags;
        if (c.Op == Op.A64CSET && c.Args[0].Type == IrType.Flags)
        {
            flags = CloneBefore(v, c.Args[0]);
            v.Aux = c.Aux;
        }
        else
        {
            flags = InsertBefore(v, Op.A64CMPconst, IrType.Flags, c);
            flags.AuxInt = 0;
            v.Aux = Cond.NE;
        }
        v.Op = Op.A64CSEL;
        v.AuxInt = 0;
        v.SetArgs(v.Args[0], v.Args[1], flags);
    }

    private readonly record struct FusedOps(Op Add, Op Sub, Op Mul, Op Neg, Op MAdd, Op MSub, Op NMSub, Op NMAdd);

    private static readonly FusedOps Fused64 = new(Op.A64FADDD, Op.A64FSUBD, Op.A64FMULD, Op.A64FNEGD, Op.A64FMADDD, Op.A64FMSUBD, Op.A64FNMSUBD, Op.A64FNMADDD);
    private static readonly FusedOps Fused32 = new(Op.A64FADDS, Op.A64FSUBS, Op.A64FMULS, Op.A64FNEGS, Op.A64FMADDS, Op.A64FMSUBS, Op.A64FNMSUBS, Op.A64FNMADDS);

    /// <summary>
    /// Float a + x*y, a - x*y, x*y - a (and the same with a negated product) become one fused
    /// instruction, rounding once, as gc's arm64 rules always make them (the spec allows fusing), so
    /// results agree with gc's to the last bit. The multiply stays if something else uses it. The
    /// rules are tried in gc's order: a product on the right before one on the left, a plain product
    /// before a negated one (gc first turns -(x*y) and (-x)*y into FNMUL).
    /// </summary>
    private static void FuseMultiplyAdd(Func f)
    {
        foreach (var b in f.Blocks)
            foreach (var v in b.Values)
            {
                if (v.Args.Count != 2 || !v.Type.IsFloat()) continue;
                var o = v.Type == IrType.F32 ? Fused32 : Fused64;
                if (v.Op != o.Add && v.Op != o.Sub) continue;
                var (l, r) = (Product(v.Args[0], o), Product(v.Args[1], o));
                var (a, b2) = (v.Args[0], v.Args[1]);
                if (v.Op == o.Add)
                {
                    if (r is (false, _, _)) Fuse(v, o.MAdd, r.Value, a);
                    else if (l is (false, _, _)) Fuse(v, o.MAdd, l.Value, b2);
                    else if (r is (true, _, _)) Fuse(v, o.MSub, r.Value, a);
                    else if (l is (true, _, _)) Fuse(v, o.MSub, l.Value, b2);
                }
                else
                {
                    if (r is (false, _, _)) Fuse(v, o.MSub, r.Value, a);
                    else if (l is (false, _, _)) Fuse(v, o.NMSub, l.Value, b2);
                    else if (r is (true, _, _)) Fuse(v, o.MAdd, r.Value, a);
                    else if (l is (true, _, _)) Fuse(v, o.NMAdd, l.Value, b2);
                }
            }
    }

    private static void Fuse(Value v, Op op, (bool Negated, Value X, Value Y) p, Value a)
    {
        v.Op = op;
        v.SetArgs(p.X, p.Y, a);
    }

    /// <summary>
    /// v as a product x*y (Negated false) or -(x*y) (true): a multiply, with the negations of its
    /// operands or of its result counted.
    /// </summary>
    private static (bool Negated, Value X, Value Y)? Product(Value v, FusedOps o)
    {
        var negated = false;
        if (v.Op == o.Neg) { negated = true; v = v.Args[0]; }
        if (v.Op != o.Mul) return null;
        var (x, y) = (v.Args[0], v.Args[1]);
        if (x.Op == o.Neg) { negated = !negated; x = x.Args[0]; }
        if (y.Op == o.Neg) { negated = !negated; y = y.Args[0]; }
        return (negated, x, y);
    }

    /// <summary>ADD/SUB take a 12-bit unsigned immediate, optionally shifted by 12.</summary>
    public static bool AddImm(long c) => (c >= 0 && c < 4096) || (c >= 0 && (c & 0xfff) == 0 && c < (4096L << 12));

    /// <summary>Logical ops take a "bitmask immediate": a rotated run of ones repeating in 2..64-bit elements.</summary>
    public static bool LogicalImm(long c)
    {
        var x = (ulong)c;
        if (x == 0 || x == ulong.MaxValue) return false;
        for (int size = 2; size <= 64; size *= 2)
        {
            var mask = size == 64 ? ulong.MaxValue : (1UL << size) - 1;
            var elem = x & mask;
            bool repeats = true;
            for (int i = size; i < 64; i += size)
                if (((x >> i) & mask) != elem) { repeats = false; break; }
            if (!repeats) continue;
            // elem must be a rotation of a contiguous run of ones within size bits.
            for (int r = 0; r < size; r++)
            {
                var rot = size == 64 ? (elem >> r) | (elem << (64 - r)) : ((elem >> r) | (elem << (size - r))) & mask;
                if (r == 0) rot = elem;
                // contiguous ones starting at bit 0: rot+1 is a power of two.
                if (rot != 0 && rot != mask && ((rot + 1) & rot) == 0) return true;
            }
            return false;
        }
        return false;
    }

    private static bool ConstArg(Value v, out long c)
    {
        c = v.AuxInt;
        return v.Op is Op.Const or Op.A64MOVDconst;
    }

    private static void ArithImm(Value v, Op reg, Op imm, Func<long, bool> fits)
    {
        var commutative = v.Op is Op.Add or Op.And or Op.Or or Op.Xor;
        if (ConstArg(v.Args[1], out var c) && fits(c))
        {
            v.Op = imm; v.AuxInt = c; v.SetArgs(v.Args[0]);
            return;
        }
        if (commutative && ConstArg(v.Args[0], out c) && fits(c))
        {
            v.Op = imm; v.AuxInt = c; v.SetArgs(v.Args[1]);
            return;
        }
        if (v.Op == Op.Sub && ConstArg(v.Args[1], out c) && c != long.MinValue && AddImm(-c))
        {
            v.Op = Op.A64ADDconst; v.AuxInt = -c; v.SetArgs(v.Args[0]);
            return;
        }
        if (v.Op == Op.Add)
            for (int i = 0; i < 2; i++)
                if (ConstArg(v.Args[i], out c) && c != long.MinValue && AddImm(-c))
                {
                    v.Op = Op.A64SUBconst; v.AuxInt = -c; v.SetArgs(v.Args[1 - i]);
                    return;
                }
        v.Op = reg;
    }

    /// <summary>x % y = x - (x/y)*y: a divide and a multiply-subtract.</summary>
    private static void Mod(Value v, Op div)
    {
        var (x, y) = (v.Args[0], v.Args[1]);
        var q = InsertBefore(v, div, v.Type, x, y);
        v.Op = Op.A64MSUB; // MSUB q, y, x: x - q*y
        v.SetArgs(q, y, x);
    }

    /// <summary>
    /// Go shifts: a count ≥ the width gives 0 (or all sign bits), unlike the hardware's count mod 64.
    /// Constant counts use the immediate forms; variable counts compare and select.
    /// </summary>
    private static void Shift(Value v, Op reg, Op imm)
    {
        var (x, s) = (v.Args[0], v.Args[1]);
        if (ConstArg(s, out var c))
        {
            if ((ulong)c < 64) { v.Op = imm; v.AuxInt = c; v.SetArgs(x); return; }
            if (imm == Op.A64ASRconst) { v.Op = imm; v.AuxInt = 63; v.SetArgs(x); return; }
            v.Op = Op.A64MOVDconst; v.AuxInt = 0; v.Args.Clear();
            return;
        }
        if (imm == Op.A64ASRconst)
        {
            // count = count < 64 ? count : 63, then shift.
            var c63 = InsertBefore(v, Op.A64MOVDconst, IrType.I64);
            c63.AuxInt = 63;
            var cmp = InsertBefore(v, Op.A64CMPconst, IrType.Flags, s);
            cmp.AuxInt = 64;
            var clamped = InsertBefore(v, Op.A64CSEL, IrType.I64, s, c63, cmp);
            clamped.Aux = Cond.LO;
            v.Op = reg;
            v.SetArgs(x, clamped);
            return;
        }
        // result = count < 64 ? x << count : 0
        var shifted = InsertBefore(v, reg, v.Type, x, s);
        var zero = InsertBefore(v, Op.A64MOVDconst, v.Type);
        zero.AuxInt = 0;
        var cmp64 = InsertBefore(v, Op.A64CMPconst, IrType.Flags, s);
        cmp64.AuxInt = 64;
        v.Op = Op.A64CSEL;
        v.Aux = Cond.LO;
        v.AuxInt = 0;
        v.SetArgs(shifted, zero, cmp64);
    }

    private static Value InsertBefore(Value v, Op op, IrType t, params Value[] args)
    {
        var n = v.Block.NewValue(op, t, v.Pos, args);
        v.Block.Values.Remove(n);
        v.Block.Values.Insert(v.Block.Values.IndexOf(v), n);
        return n;
    }

    /// <summary>A comparison producing a bool: CMP then CSET.</summary>
    private static void SetCond(Value v, Cond c)
    {
        var cmp = Compare(v, v.Args[0], v.Args[1], ref c);
        v.Op = Op.A64CSET;
        v.Aux = c;
        v.SetArgs(cmp);
    }

    private static Value Compare(Value at, Value x, Value y, ref Cond c)
    {
        if (ConstArg(y, out var k) && AddImm(k))
        {
            var cmp = InsertBefore(at, Op.A64CMPconst, IrType.Flags, x);
            cmp.AuxInt = k;
            return cmp;
        }
        if (ConstArg(y, out k) && k != long.MinValue && AddImm(-k))
        {
            // x ? -k as CMN x, k: the flags of x + k are those of x - (-k) for every condition (k ≠ 0).
            var cmn = InsertBefore(at, Op.A64CMNconst, IrType.Flags, x);
            cmn.AuxInt = -k;
            return cmn;
        }
        if (ConstArg(x, out k) && AddImm(k))
        {
            // k ? y: swap the operands and the condition.
            var cmp = InsertBefore(at, Op.A64CMPconst, IrType.Flags, y);
            cmp.AuxInt = k;
            c = Swap(c);
            return cmp;
        }
        return InsertBefore(at, Op.A64CMP, IrType.Flags, x, y);
    }

    private static Cond Swap(Cond c) => c switch
    {
        Cond.LT => Cond.GT, Cond.GT => Cond.LT, Cond.LE => Cond.GE, Cond.GE => Cond.LE,
        Cond.LO => Cond.HI, Cond.HI => Cond.LO, Cond.LS => Cond.HS, Cond.HS => Cond.LS,
        _ => c,
    };

    private static BlockKind BranchKind(Cond c) => c switch
    {
        Cond.EQ => BlockKind.A64EQ, Cond.NE => BlockKind.A64NE, Cond.LT => BlockKind.A64LT, Cond.LE => BlockKind.A64LE,
        Cond.GT => BlockKind.A64GT, Cond.GE => BlockKind.A64GE, Cond.LO => BlockKind.A64LO, Cond.LS => BlockKind.A64LS,
        Cond.HI => BlockKind.A64HI, Cond.MI => BlockKind.A64MI, _ => BlockKind.A64HS,
    };

    /// <summary>If on a comparison branches on the flags directly; on another bool, CBNZ.</summary>
    private static void LowerBranch(Block b)
    {
        if (b.Kind != BlockKind.If) return;
        var c = b.Control!;
        if (c.Op == Op.A64CSET && c.Block == b && c.Args[0].Op is Op.A64CMP or Op.A64CMPconst or Op.A64FCMPD or Op.A64FCMPS)
        {
            b.Kind = BranchKind((Cond)c.Aux!);
            b.Control = c.Args[0];
            return;
        }
        b.Kind = BlockKind.A64NZ;
    }

    /// <summary>
    /// Flags live only from their producer to one consumer (the scheduler keeps them adjacent): a CMP
    /// used twice is duplicated next to its second user.
    /// </summary>
    private static void SplitSharedFlags(Func f)
    {
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        foreach (var b in f.Blocks)
        {
            foreach (var v in b.Values.ToList())
                for (int i = 0; i < v.Args.Count; i++)
                    if (v.Args[i].Type == IrType.Flags && !seen.Add(v.Args[i]))
                        v.Args[i] = CloneBefore(v, v.Args[i]);
            if (b.Control is { Type: IrType.Flags } ctl && !seen.Add(ctl))
            {
                var n = b.NewValue(ctl.Op, ctl.Type, ctl.Pos, ctl.Args.ToArray());
                n.AuxInt = ctl.AuxInt; n.Aux = ctl.Aux;
                b.Control = n;
            }
        }
    }

    private static Value CloneBefore(Value user, Value flags)
    {
        var n = InsertBefore(user, flags.Op, flags.Type, flags.Args.ToArray());
        n.AuxInt = flags.AuxInt;
        n.Aux = flags.Aux;
        return n;
    }
}
