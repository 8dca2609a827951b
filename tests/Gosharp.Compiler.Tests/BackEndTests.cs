using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Arm64;
using Gosharp.Compiler.Driver;
using Gosharp.Compiler.IR;
using Gosharp.Compiler.Passes;
using Gosharp.TestSupport;

namespace Gosharp.Compiler.Tests;

/// <summary>
/// The optimizing back end's later additions on small hand-built functions: inlining's limits and
/// -m notes, float constant folding, FMA fusion, TBZ/TBNZ, branch elimination into CSEL.
/// </summary>
public class BackEndTests
{
    private static Value Const(Block b, long c, IrType t = IrType.I64)
    {
        var v = b.NewValue(Op.Const, t, default);
        v.AuxInt = c;
        return v;
    }

    private static Value ConstF(Block b, double d) => ConstBits(b, IrType.F64, BitConverter.DoubleToInt64Bits(d));

    private static Value ConstF32(Block b, float d) => ConstBits(b, IrType.F32, BitConverter.SingleToInt32Bits(d));

    private static Value ConstBits(Block b, IrType t, long bits)
    {
        var v = b.NewValue(Op.ConstF, t, default);
        v.AuxInt = bits;
        return v;
    }

    private static Value Arg(Block b, int reg, IrType t = IrType.I64)
    {
        var v = b.NewValue(Op.Arg, t, default);
        v.AuxInt = reg;
        return v;
    }

    private static void Ret(Block b, Value mem, params Value[] results)
    {
        b.Kind = BlockKind.Ret;
        b.Control = b.NewValue(Op.Return, IrType.Mem, default, [.. results, mem]);
    }

    private static (Func F, Block B, Value Mem) NewFunc(int results = 1)
    {
        var f = new Func("t", "t");
        for (int i = 0; i < results; i++) f.ResultRegs.Add(i);
        var b = f.NewBlock(BlockKind.Plain);
        return (f, b, b.NewValue(Op.InitMem, IrType.Mem, default));
    }

    private static string Emit(Func f)
    {
        var sb = new System.Text.StringBuilder();
        new FuncEmitter(f, sb, s => s).Emit();
        return sb.ToString();
    }

    private static double F64(Value v) => BitConverter.Int64BitsToDouble(v.Resolve().AuxInt);

    // ---- inlining ----

    /// <summary>A caller of a one-block callee whose body <paramref name="body"/> builds (args in R0, R1).</summary>
    private static (Func Caller, Func Callee, Value Call) CallerOf(Func<Block, Value, Value> body, SourcePos callPos = default)
    {
        var callee = new Func("main.(*T).get", "main.(*T).get") { Pos = new SourcePos("x.go", 3, 6) };
        callee.ResultRegs.Add(0);
        var cb = callee.NewBlock(BlockKind.Plain);
        var cmem = cb.NewValue(Op.InitMem, IrType.Mem, default);
        Ret(cb, cmem, body(cb, cmem));
        var caller = new Func("main.f", "main.f") { Pos = new SourcePos("x.go", 5, 6) };
        caller.ResultRegs.Add(0);
        var b = caller.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var call = b.NewValue(Op.StaticCall, IrType.Mem, callPos, Arg(b, 0), Const(b, 2), mem);
        call.Aux = new CallInfo("main.(*T).get", CallAbi.Internal, [0, 1], [0], 0);
        var r = b.NewValue(Op.SelectN, IrType.I64, default, call);
        Ret(b, call, r);
        return (caller, callee, call);
    }

    [Fact]
    public void InlineLeavesCalleesThatCanFaultAndReportsDecisionsAsGcDoes()
    {
        // return p.x: a nil p faults inside the callee, whose frame the traceback must show.
        var (caller, callee, call) = CallerOf((b, mem) => b.NewValue(Op.Load, IrType.I64, default, Arg(b, 0, IrType.Ptr), mem));
        Assert.False(Inline.Qualifies(callee));
        var notes = new List<string>();
        Inline.Run([caller, callee], (p, m) => notes.Add($"{p}: {m}"));
        Assert.Equal(Op.StaticCall, call.Op);
        Assert.Empty(notes);

        // A global's address cannot be nil: return g + a.
        (caller, callee, call) = CallerOf((b, mem) =>
        {
            var g = b.NewValue(Op.Addr, IrType.Ptr, default);
            g.Aux = "main.g";
            var at = b.NewValue(Op.Add, IrType.Ptr, default, g, Const(b, 8));
            return b.NewValue(Op.Add, IrType.I64, default, b.NewValue(Op.Load, IrType.I64, default, at, mem), Arg(b, 0));
        }, new SourcePos("x.go", 6, 12));
        Assert.True(Inline.Qualifies(callee));
        Inline.Run([caller, callee], (p, m) => notes.Add($"{p}: {m}"));
        Verifier.Check(caller, "inline");
        Assert.Equal(Op.Copy, call.Op);
        Assert.Equal(["x.go:3:6: can inline (*T).get", "x.go:6:12: inlining call to (*T).get"], notes);
    }

    [Fact]
    public void MinusMPrintsInliningDecisionsFirstInGcsWords()
    {
        using var tmp = new TempDir();
        var src = tmp.Write("x.go", """
            package main

            func add(a, b int) int { return a + b }

            func get(p *int) int { return *p }

            //go:noinline
            func sub(a, b int) int { return a - b }

            func main() {
            	x := add(1, 2)
            	println(x, get(&x), sub(x, 1), add(x, 3))
            }

            """);
        var r = GoCompiler.Compile([src], new CompileOptions { Cwd = tmp.Path, EscapeReport = true });
        // get may fault (nil p) and sub is //go:noinline: both stay calls. Calls at their '(', as gc.
        Assert.Equal(["x.go:3:6: can inline add", "x.go:11:10: inlining call to add", "x.go:12:36: inlining call to add"],
            r.Notes.Where(n => n.Contains("inlin")).Select(n => Path.GetFileName(n)).ToList());
        Assert.Equal(r.Notes.Where(n => n.Contains("inlin")), r.Notes.Take(3));
    }

    [Theory]
    [InlineData("main.add", "add")]
    [InlineData("main.T.m", "T.m")]
    [InlineData("main.(*T).m", "(*T).m")]
    [InlineData("main.main.func1", "main.func1")]
    [InlineData("example.com/a.b/pkg.(*T).m", "(*T).m")]
    public void InlineNamesFunctionsAsGcsMinusM(string name, string shortName) =>
        Assert.Equal(shortName, Inline.ShortName(new Func(name, name)));

    [Fact]
    public void ProveTellsApartPhisWithTheSameArgumentsInDifferentBlocks()
    {
        // Two inlined `a || b` leave phi(true, false) in two join blocks; knowing the first holds says
        // nothing about the second.
        var f = new Func("t", "t");
        f.ResultRegs.Add(0);
        var entry = f.NewBlock(BlockKind.If);
        var mem = entry.NewValue(Op.InitMem, IrType.Mem, default);
        var (t, fl) = (Const(entry, 1, IrType.Bool), Const(entry, 0, IrType.Bool));
        Block Join(Block from, Value cond, out Value phi)
        {
            from.Kind = BlockKind.If;
            from.Control = cond;
            var (y, n, j) = (f.NewBlock(BlockKind.Plain), f.NewBlock(BlockKind.Plain), f.NewBlock(BlockKind.If));
            from.AddEdgeTo(y);
            from.AddEdgeTo(n);
            y.AddEdgeTo(j);
            n.AddEdgeTo(j);
            phi = j.NewValue(Op.Phi, IrType.Bool, default, t, fl);
            j.Control = phi;
            return j;
        }
        var (c1, c2) = (Arg(entry, 0, IrType.Bool), Arg(entry, 1, IrType.Bool));
        var j1 = Join(entry, c1, out _);
        var second = f.NewBlock(BlockKind.If);
        var out1 = f.NewBlock(BlockKind.Plain);
        j1.AddEdgeTo(second);
        j1.AddEdgeTo(out1);
        Ret(out1, mem, Const(out1, 1));
        var j2 = Join(second, c2, out _);
        var (yes, no) = (f.NewBlock(BlockKind.Plain), f.NewBlock(BlockKind.Plain));
        j2.AddEdgeTo(yes);
        j2.AddEdgeTo(no);
        Ret(yes, mem, Const(yes, 2));
        Ret(no, mem, Const(no, 3));
        Prove.Run(f);
        Verifier.Check(f, "prove");
        Assert.Equal(BlockKind.If, j2.Kind);
        Assert.Contains(no, f.Blocks);
    }

    // ---- float constant folding ----

    [Fact]
    public void ConstFoldFoldsFloatsExactlyInTheirOwnPrecision()
    {
        var (f, b, mem) = NewFunc(6);
        var sum = b.NewValue(Op.Add, IrType.F64, default, ConstF(b, 0.1), ConstF(b, 0.2));
        var f32 = b.NewValue(Op.Add, IrType.F32, default, ConstF32(b, 16777216f), ConstF32(b, 1f));
        var nan = b.NewValue(Op.Div, IrType.F64, default, ConstF(b, 0), ConstF(b, 0));
        var negZero = b.NewValue(Op.Neg, IrType.F64, default, ConstF(b, 0));
        var lt = b.NewValue(Op.Lt, IrType.Bool, default, ConstF(b, double.NaN), ConstF(b, 1));
        var narrow = b.NewValue(Op.CvtF, IrType.F32, default, ConstF(b, 0.1));
        Ret(b, mem, sum, f32, nan, negZero, lt, narrow);
        ConstFold.Run(f);
        Verifier.Check(f, "opt");
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.1 + 0.2), sum.Resolve().AuxInt); // 0.30000000000000004
        Assert.Equal(16777216f, BitConverter.Int32BitsToSingle((int)f32.Resolve().AuxInt)); // float32 rounding
        Assert.Equal(Op.Div, nan.Op); // a NaN is left to run time, as gc does
        Assert.Equal(Op.Neg, negZero.Op); // so is -0
        Assert.Equal((Op.Const, 0L), (lt.Resolve().Op, lt.Resolve().AuxInt));
        Assert.Equal(0.1f, BitConverter.Int32BitsToSingle((int)narrow.Resolve().AuxInt));
    }

    [Fact]
    public void ConstFoldRewritesFloatMultipliesAndDivisionsAsGc()
    {
        var (f, b, mem) = NewFunc(4);
        var x = Arg(b, 32, IrType.F64);
        var twice = b.NewValue(Op.Mul, IrType.F64, default, ConstF(b, 2), x);
        var neg = b.NewValue(Op.Mul, IrType.F64, default, x, ConstF(b, -1));
        var quarter = b.NewValue(Op.Div, IrType.F64, default, x, ConstF(b, 4));
        var third = b.NewValue(Op.Div, IrType.F64, default, x, ConstF(b, 3));
        Ret(b, mem, twice, neg, quarter, third);
        ConstFold.Run(f);
        Verifier.Check(f, "opt");
        Assert.Equal((Op.Add, x, x), (twice.Op, twice.Args[0], twice.Args[1]));
        Assert.Equal(Op.Neg, neg.Op);
        Assert.Equal(Op.Mul, quarter.Op);
        Assert.Equal(0.25, F64(quarter.Args[1]));
        Assert.Equal(Op.Div, third.Op); // 1/3 is not exact
    }

    // ---- FMA fusion ----

    [Theory]
    [InlineData(IrType.F64, Op.Add, true, Op.A64FMADDD)]   // a + x*y
    [InlineData(IrType.F64, Op.Add, false, Op.A64FMADDD)]  // x*y + a
    [InlineData(IrType.F64, Op.Sub, true, Op.A64FMSUBD)]   // a - x*y
    [InlineData(IrType.F64, Op.Sub, false, Op.A64FNMSUBD)] // x*y - a
    [InlineData(IrType.F32, Op.Add, true, Op.A64FMADDS)]
    [InlineData(IrType.F32, Op.Sub, true, Op.A64FMSUBS)]
    [InlineData(IrType.F32, Op.Sub, false, Op.A64FNMSUBS)]
    public void LowerFusesFloatMultiplyAdd(IrType t, Op op, bool productRight, Op fused)
    {
        var (f, b, mem) = NewFunc(2);
        var (a, x, y) = (Arg(b, 32, t), Arg(b, 33, t), Arg(b, 34, t));
        var mul = b.NewValue(Op.Mul, t, default, x, y);
        var v = b.NewValue(op, t, default, productRight ? a : mul, productRight ? mul : a);
        Ret(b, mem, v, mul); // the product has another use: fused all the same, as gc does
        Lower.Run(f);
        Verifier.Check(f, "lower");
        Assert.Equal(fused, v.Op);
        Assert.Equal([x, y, a], v.Args);
        Assert.Contains(mul, b.Values);
    }

    [Fact]
    public void LowerFusesTheProductOnTheRightFirstAndNegatedProducts()
    {
        var (f, b, mem) = NewFunc(2);
        var (x, y, z, w, a) = (Arg(b, 32, IrType.F64), Arg(b, 33, IrType.F64), Arg(b, 34, IrType.F64), Arg(b, 35, IrType.F64), Arg(b, 36, IrType.F64));
        var xy = b.NewValue(Op.Mul, IrType.F64, default, x, y);
        var zw = b.NewValue(Op.Mul, IrType.F64, default, z, w);
        var diff = b.NewValue(Op.Sub, IrType.F64, default, xy, zw); // x*y - z*w: z*w fused
        var negated = b.NewValue(Op.Neg, IrType.F64, default, b.NewValue(Op.Mul, IrType.F64, default, x, w));
        var plusNeg = b.NewValue(Op.Add, IrType.F64, default, a, negated); // a + -(x*w) is a - x*w
        Ret(b, mem, diff, plusNeg);
        Lower.Run(f);
        Assert.Equal((Op.A64FMSUBD, z, w, xy), (diff.Op, diff.Args[0], diff.Args[1], diff.Args[2]));
        Assert.Equal((Op.A64FMSUBD, x, w, a), (plusNeg.Op, plusNeg.Args[0], plusNeg.Args[1], plusNeg.Args[2]));
    }

    [Fact]
    public void FusedMultiplyAddIsWrittenInPlan9OperandOrder()
    {
        // return a - x*y with a, x, y in F0, F1, F2: FMSUBD Fm, Fa, Fn, Fd computes Fa - Fn*Fm.
        var f = new Func("t", "t");
        f.ResultRegs.Add(32);
        var b = f.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var (a, x, y) = (Arg(b, 32, IrType.F64), Arg(b, 33, IrType.F64), Arg(b, 34, IrType.F64));
        Ret(b, mem, b.NewValue(Op.Sub, IrType.F64, default, a, b.NewValue(Op.Mul, IrType.F64, default, x, y)));
        foreach (var p in Pipeline.Passes) p.Run(f);
        Verifier.Check(f, "pipeline", scheduled: true);
        Assert.Contains("FMSUBD\tF2, F0, F1, F0", Emit(f));
    }

    // ---- TBZ/TBNZ ----

    private static (Func F, Block B) Branch(Func<Block, Value, Value> cond)
    {
        var f = new Func("t", "t");
        f.ResultRegs.Add(0);
        var b = f.NewBlock(BlockKind.If);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        b.Control = cond(b, Arg(b, 0));
        var (yes, no) = (f.NewBlock(BlockKind.Plain), f.NewBlock(BlockKind.Plain));
        b.AddEdgeTo(yes);
        b.AddEdgeTo(no);
        Ret(yes, mem, Const(yes, 1));
        Ret(no, mem, Const(no, 2));
        return (f, b);
    }

    [Theory]
    [InlineData(Op.Ne, 8, BlockKind.A64TBNZ, 3)]
    [InlineData(Op.Eq, 1L << 63, BlockKind.A64TBZ, 63)]
    [InlineData(Op.Ne, 6, BlockKind.A64NZ, 0)] // two bits: AND, then CBNZ
    public void CombineTestsSingleBitsWithTbz(Op op, long mask, BlockKind kind, long bit)
    {
        var (f, b) = Branch((b, x) => b.NewValue(op, IrType.Bool, default, b.NewValue(Op.And, IrType.I64, default, x, Const(b, mask)), Const(b, 0)));
        foreach (var p in Pipeline.Passes) p.Run(f);
        Verifier.Check(f, "pipeline", scheduled: true);
        Assert.Equal(kind, b.Kind);
        if (kind is BlockKind.A64TBZ or BlockKind.A64TBNZ)
        {
            Assert.Equal((Op.Arg, bit), (b.Control!.Op, b.AuxInt));
            Assert.Contains($"${bit}, R0, ", Emit(f));
        }
    }

    [Theory]
    [InlineData(Op.Lt, BlockKind.A64TBNZ)]
    [InlineData(Op.Ge, BlockKind.A64TBZ)]
    [InlineData(Op.Le, BlockKind.A64LE)] // x <= 0 is no single bit
    public void CombineTestsTheSignBitForSignedComparisonsWithZero(Op op, BlockKind kind)
    {
        var (f, b) = Branch((b, x) => b.NewValue(op, IrType.Bool, default, x, Const(b, 0)));
        foreach (var p in Pipeline.Passes) p.Run(f);
        Verifier.Check(f, "pipeline", scheduled: true);
        Assert.Equal(kind, b.Kind);
        if (kind != BlockKind.A64LE) Assert.Equal(63, b.AuxInt);
    }

    // ---- branch elimination ----

    /// <summary>if cond { r = yesVal } else { r = noVal }; return r, as a diamond (or a triangle without the else).</summary>
    private static (Func F, Value Phi, Block Entry) Diamond(IrType t, bool triangle, Func<Block, Value, Value> yesVal, Action<Block>? hint = null)
    {
        var f = new Func("t", "t");
        f.ResultRegs.Add(t.IsFloat() ? 32 : 0);
        var entry = f.NewBlock(BlockKind.If);
        var mem = entry.NewValue(Op.InitMem, IrType.Mem, default);
        var (a, c) = (Arg(entry, t.IsFloat() ? 32 : 0, t), Arg(entry, t.IsFloat() ? 33 : 1, t));
        entry.Control = entry.NewValue(Op.Lt, IrType.Bool, default, a, c);
        hint?.Invoke(entry);
        var yes = f.NewBlock(BlockKind.Plain);
        var join = f.NewBlock(BlockKind.Plain);
        entry.AddEdgeTo(yes);
        Value noVal = c;
        if (triangle) entry.AddEdgeTo(join);
        else
        {
            var no = f.NewBlock(BlockKind.Plain);
            entry.AddEdgeTo(no);
            no.AddEdgeTo(join);
        }
        var y = yesVal(yes, a);
        yes.AddEdgeTo(join);
        // Phi arguments follow join's predecessors: the triangle's entry edge came first.
        var phi = join.NewValue(Op.Phi, t, default);
        foreach (var p in join.Preds) phi.AddArg(p == yes ? y : noVal);
        Ret(join, mem, phi);
        return (f, phi, entry);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BranchElimTurnsAnIfElseAssignmentIntoCsel(bool triangle)
    {
        // min: if a < b { r = a } else { r = b }
        var (f, phi, entry) = Diamond(IrType.I64, triangle, (b, a) => a);
        foreach (var p in Pipeline.Passes) p.Run(f);
        Verifier.Check(f, "pipeline", scheduled: true);
        Assert.Single(f.Blocks);
        Assert.Equal(BlockKind.Ret, entry.Kind);
        Assert.Equal((Op.A64CSEL, Cond.LT), (phi.Op, (Cond)phi.Aux!));
        var asm = Emit(f);
        Assert.Contains("CMP\tR1, R0", asm);
        Assert.Contains("CSEL\tLT, R0, R1, R0", asm);
    }

    [Fact]
    public void BranchElimComputesASmallArmOnBothPaths()
    {
        // if a < b { r = a + 1 } else { r = b } (constants are in the entry block, as hoisting leaves them)
        var (f, phi, _) = Diamond(IrType.I64, triangle: false, (b, a) => b.NewValue(Op.Add, IrType.I64, default, a, Const(b.Func.Entry, 1)));
        BranchElim.Run(f);
        Verifier.Check(f, "branchelim");
        Assert.Equal(Op.CondSelect, phi.Op);
        Assert.Single(f.Blocks);
    }

    public static TheoryData<string> BranchesToKeep => new() { "float", "load", "likely", "address" };

    [Theory]
    [MemberData(nameof(BranchesToKeep))]
    public void BranchElimKeepsBranchesGcKeeps(string why)
    {
        var t = why == "float" ? IrType.F64 : why == "address" ? IrType.Ptr : IrType.I64;
        Func<Block, Value, Value> arm = why == "load"
            ? (b, a) => b.NewValue(Op.Load, IrType.I64, default, a, b.Func.Entry.Values[0]) // may fault
            : (b, a) => a;
        var (f, phi, _) = Diamond(t, triangle: false, arm, why == "likely" ? b => b.Likely = 1 : null);
        if (why == "address")
        {
            // The selected pointer is loaded from: a branch predicts, a CSEL would make the load wait.
            var ret = f.Blocks.Single(b => b.Kind == BlockKind.Ret);
            var load = ret.NewValue(Op.Load, IrType.I64, default, phi, f.Entry.Values[0]);
            ret.Values.Remove(load);
            ret.Values.Insert(1, load);
            ret.Control!.Args[0] = load;
        }
        BranchElim.Run(f);
        Verifier.Check(f, "branchelim");
        Assert.Equal(Op.Phi, phi.Op);
    }
}
