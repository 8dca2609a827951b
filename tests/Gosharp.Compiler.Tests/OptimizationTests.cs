using Gosharp.Compiler.Arm64;
using Gosharp.Compiler.IR;
using Gosharp.Compiler.Passes;

namespace Gosharp.Compiler.Tests;

/// <summary>The optimizing passes on small hand-built functions: what each must change, what it must leave, and that the IR stays valid.</summary>
public class OptimizationTests
{
    private static Value Const(Block b, long c, IrType t = IrType.I64)
    {
        var v = b.NewValue(Op.Const, t, default);
        v.AuxInt = c;
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

    private static CallInfo Call(string sym, int args, int results) =>
        new(sym, CallAbi.Internal, [.. Enumerable.Range(0, args)], [.. Enumerable.Range(0, results)], 0);

    /// <summary>
    /// for i := start; i &lt; n; i++ { if i &gt;=u n { panicIndex } } return i — the shape the builder gives
    /// a loop indexing a slice of length n.
    /// </summary>
    private static (Func F, Block Check) CountingLoop(long start, Op test = Op.Lt, long step = 1)
    {
        var f = new Func("loop", "loop");
        var entry = f.NewBlock(BlockKind.Plain);
        var mem = entry.NewValue(Op.InitMem, IrType.Mem, default);
        var n = Arg(entry, 0);
        var init = Const(entry, start);
        var header = f.NewBlock(BlockKind.If);
        var body = f.NewBlock(BlockKind.If);
        var latch = f.NewBlock(BlockKind.Plain);
        var panic = f.NewBlock(BlockKind.Exit);
        var exit = f.NewBlock(BlockKind.Plain);
        entry.AddEdgeTo(header);
        var i = header.NewValue(Op.Phi, IrType.I64, default);
        header.Control = header.NewValue(test, IrType.Bool, default, i, n);
        header.AddEdgeTo(body);
        header.AddEdgeTo(exit);
        body.Control = body.NewValue(Op.GeU, IrType.Bool, default, i, n);
        body.AddEdgeTo(panic);
        body.AddEdgeTo(latch);
        panic.NewValue(Op.StaticCall, IrType.Mem, default, i, n, mem).Aux = Call("runtime.panicIndex", 2, 0);
        var inc = latch.NewValue(Op.Add, IrType.I64, default, i, Const(latch, step));
        latch.AddEdgeTo(header);
        i.AddArg(init);
        i.AddArg(inc);
        Ret(exit, mem, i);
        Verifier.Check(f, "build");
        return (f, body);
    }

    [Fact]
    public void ProveRemovesTheBoundsCheckOfACountingLoop()
    {
        var (f, check) = CountingLoop(0);
        Prove.Run(f);
        Verifier.Check(f, "prove");
        Assert.Equal(BlockKind.Plain, check.Kind);
        Assert.DoesNotContain(f.AllValues(), v => v.Op == Op.StaticCall);
    }

    [Theory]
    [InlineData(-1, Op.Lt, 1)]  // a negative index must still panic
    [InlineData(0, Op.Le, 1)]   // i == n is out of range
    [InlineData(0, Op.Lt, -1)]  // counting down from 0 goes negative
    public void ProveKeepsBoundsChecksThatCanFail(long start, Op test, long step)
    {
        var (f, check) = CountingLoop(start, test, step);
        Prove.Run(f);
        Verifier.Check(f, "prove");
        Assert.Equal(BlockKind.If, check.Kind);
        Assert.Contains(f.AllValues(), v => v.Op == Op.StaticCall);
    }

    [Fact]
    public void CseReplacesADominatedDuplicateButNotOneOnASiblingPath()
    {
        var f = new Func("t", "t");
        var entry = f.NewBlock(BlockKind.If);
        var mem = entry.NewValue(Op.InitMem, IrType.Mem, default);
        var (x, y) = (Arg(entry, 0), Arg(entry, 1));
        var sum = entry.NewValue(Op.Add, IrType.I64, default, x, y);
        entry.Control = entry.NewValue(Op.Lt, IrType.Bool, default, sum, Const(entry, 10));
        var left = f.NewBlock(BlockKind.Plain);
        var right = f.NewBlock(BlockKind.Plain);
        var join = f.NewBlock(BlockKind.Plain);
        entry.AddEdgeTo(left);
        entry.AddEdgeTo(right);
        var again = left.NewValue(Op.Add, IrType.I64, default, y, x); // commutative: the same sum
        var leftMul = left.NewValue(Op.Mul, IrType.I64, default, x, x);
        var rightMul = right.NewValue(Op.Mul, IrType.I64, default, x, x);
        left.AddEdgeTo(join);
        right.AddEdgeTo(join);
        var phi = join.NewValue(Op.Phi, IrType.I64, default, leftMul, rightMul);
        var phi2 = join.NewValue(Op.Phi, IrType.I64, default, again, sum);
        Ret(join, mem, phi, phi2);
        Cse.Run(f);
        Verifier.Check(f, "cse");
        Assert.Same(sum, phi2.Args[0]);
        Assert.Equal(Op.Mul, rightMul.Op); // the left one does not dominate it
        Assert.Same(rightMul, phi.Args[1]);
    }

    [Fact]
    public void CseMergesLoadsOfOneMemoryStateOnly()
    {
        var f = new Func("t", "t");
        var b = f.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var p = Arg(b, 0, IrType.Ptr);
        var l1 = b.NewValue(Op.Load, IrType.I64, default, p, mem);
        var l2 = b.NewValue(Op.Load, IrType.I64, default, p, mem);
        var st = b.NewValue(Op.Store, IrType.Mem, default, p, Const(b, 7), mem);
        var l3 = b.NewValue(Op.Load, IrType.I64, default, p, st);
        Ret(b, st, l1, l2, l3);
        Cse.Run(f);
        Verifier.Check(f, "cse");
        var results = b.Control!.Args;
        Assert.Same(l1, results[0]);
        Assert.Same(l1, results[1]);
        Assert.Same(l3, results[2]); // after the store: another load
    }

    [Fact]
    public void ConstFoldTurnsPowerOfTwoMultipliesIntoShiftsAndFoldsOffsets()
    {
        var f = new Func("t", "t");
        var b = f.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var x = Arg(b, 0);
        var mul = b.NewValue(Op.Mul, IrType.I64, default, Const(b, 8), x);
        var mul3 = b.NewValue(Op.Mul, IrType.I64, default, x, Const(b, 3));
        var inner = b.NewValue(Op.Add, IrType.I64, default, x, Const(b, 16));
        var outer = b.NewValue(Op.Add, IrType.I64, default, inner, Const(b, 8));
        Ret(b, mem, mul, mul3, outer);
        ConstFold.Run(f);
        DeadCode.Run(f);
        Verifier.Check(f, "opt");
        Assert.Equal(Op.Lsh, mul.Op);
        Assert.Equal(3, mul.Args[1].Resolve().AuxInt);
        Assert.Equal(Op.Mul, mul3.Op);
        Assert.Same(x, outer.Args[0]);
        Assert.Equal(24, outer.Args[1].Resolve().AuxInt);
    }

    [Fact]
    public void BranchSimplifyFlipsNotAndMergesStraightLines()
    {
        var f = new Func("t", "t");
        var entry = f.NewBlock(BlockKind.If);
        var mem = entry.NewValue(Op.InitMem, IrType.Mem, default);
        var c = Arg(entry, 0, IrType.Bool);
        entry.Control = entry.NewValue(Op.Not, IrType.Bool, default, c);
        var yes = f.NewBlock(BlockKind.Plain);
        var no = f.NewBlock(BlockKind.Plain);
        var tail = f.NewBlock(BlockKind.Plain);
        entry.AddEdgeTo(yes);
        entry.AddEdgeTo(no);
        yes.AddEdgeTo(tail);
        var five = Const(yes, 5); // not empty: jumps to it are not just skipped
        var one = Const(tail, 1);
        Ret(tail, mem, one, five);
        Ret(no, mem, Const(no, 2), Const(no, 3));
        BranchSimplify.Run(f);
        Verifier.Check(f, "branch simplify");
        Assert.Same(c, entry.Control);
        Assert.Same(no, entry.Succs[0]);   // !c true → no: c true → the old "yes" path
        Assert.Same(yes, entry.Succs[1]);
        Assert.Equal(BlockKind.Ret, yes.Kind); // yes absorbed tail
        Assert.DoesNotContain(tail, f.Blocks);
        Assert.Same(yes, one.Block);
    }

    [Fact]
    public void CombineFormsMaddShiftedOperandsIndexedLoadsAndCbz()
    {
        var f = new Func("t", "t");
        var b = f.NewBlock(BlockKind.If);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var (p, i, x, y) = (Arg(b, 0, IrType.Ptr), Arg(b, 1), Arg(b, 2), Arg(b, 3));
        var madd = b.NewValue(Op.Add, IrType.I64, default, x, b.NewValue(Op.Mul, IrType.I64, default, y, i));
        var shl = b.NewValue(Op.Lsh, IrType.I64, default, i, Const(b, 3));
        var addr = b.NewValue(Op.Add, IrType.Ptr, default, p, shl);
        var load = b.NewValue(Op.Load, IrType.I64, default, addr, mem);
        var shifted = b.NewValue(Op.Sub, IrType.I64, default, x, b.NewValue(Op.RshU, IrType.I64, default, y, Const(b, 5)));
        b.Control = b.NewValue(Op.Eq, IrType.Bool, default, x, Const(b, 0));
        var yes = f.NewBlock(BlockKind.Plain);
        var no = f.NewBlock(BlockKind.Plain);
        b.AddEdgeTo(yes);
        b.AddEdgeTo(no);
        Ret(yes, mem, madd, load, shifted);
        Ret(no, mem, x, x, x);
        Lower.Run(f);
        Combine.Run(f);
        DeadCode.Run(f);
        Verifier.Check(f, "combine");
        Assert.Equal(Op.A64MADD, madd.Op);
        Assert.Equal([y, i, x], madd.Args);
        Assert.Equal(Op.A64Loadidx, load.Op);
        Assert.Equal(3, load.AuxInt);
        Assert.Equal([p, i, mem], load.Args);
        Assert.Equal(Op.A64SUBshift, shifted.Op);
        Assert.Equal(Shift.RL, shifted.Aux);
        Assert.Equal(BlockKind.A64Z, b.Kind);
        Assert.Same(x, b.Control);
    }

    [Fact]
    public void CombineLeavesAMultiplyWithOtherUses()
    {
        var f = new Func("t", "t");
        var b = f.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var (x, y) = (Arg(b, 0), Arg(b, 1));
        var mul = b.NewValue(Op.Mul, IrType.I64, default, x, y);
        var add = b.NewValue(Op.Add, IrType.I64, default, x, mul);
        Ret(b, mem, add, mul);
        Lower.Run(f);
        Combine.Run(f);
        Assert.Equal(Op.A64ADD, add.Op);
        Assert.Equal(Op.A64MUL, mul.Op);
    }

    /// <summary>func add(a, b int) int { return a + b }, and a caller of it.</summary>
    private static (Func Caller, Func Callee, Value Call) CallerAndLeaf(bool noinline = false, bool callInCallee = false)
    {
        var callee = new Func("main.add", "main.add") { NoInline = noinline };
        callee.ResultRegs.Add(0);
        var cb = callee.NewBlock(BlockKind.Plain);
        var cmem = cb.NewValue(Op.InitMem, IrType.Mem, default);
        var sum = cb.NewValue(Op.Add, IrType.I64, default, Arg(cb, 0), Arg(cb, 1));
        if (callInCallee)
        {
            var c = cb.NewValue(Op.StaticCall, IrType.Mem, default, cmem);
            c.Aux = Call("runtime.printlock", 0, 0);
            cmem = c;
        }
        Ret(cb, cmem, sum);

        var caller = new Func("main.f", "main.f");
        caller.ResultRegs.Add(0);
        var b = caller.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var x = Arg(b, 0);
        var call = b.NewValue(Op.StaticCall, IrType.Mem, default, x, Const(b, 2), mem);
        call.Aux = Call("main.add", 2, 1);
        var r = b.NewValue(Op.SelectN, IrType.I64, default, call);
        var twice = b.NewValue(Op.Mul, IrType.I64, default, r, Const(b, 2));
        Ret(b, call, twice);
        return (caller, callee, call);
    }

    [Fact]
    public void InlineReplacesACallToASmallLeafByItsBody()
    {
        var (caller, callee, _) = CallerAndLeaf();
        Assert.True(Inline.Qualifies(callee));
        Inline.Run([caller, callee]);
        Verifier.Check(caller, "inline");
        Assert.DoesNotContain(caller.AllValues(), v => v.Op == Op.StaticCall);
        foreach (var p in Pipeline.Passes) p.Run(caller);
        Verifier.Check(caller, "pipeline", scheduled: true);
        // (x+2)*2 with x in R0: nothing but arithmetic is left.
        Assert.DoesNotContain(caller.AllValues(), v => v.Info.Is(OpFlags.Call));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void InlineHonoursNoinlineAndLeavesCalleesThatCall(bool noinline, bool callInCallee)
    {
        var (caller, callee, call) = CallerAndLeaf(noinline, callInCallee);
        Inline.Run([caller, callee]);
        Verifier.Check(caller, "inline");
        Assert.Equal(Op.StaticCall, call.Op);
    }

    [Fact]
    public void RegAllocGivesValuesOnDisjointPathsOneRegister()
    {
        // if x < 10 { r = x*3 } else { r = x*5 }: the two products are never live at once.
        var f = new Func("t", "t");
        f.ResultRegs.Add(0);
        var entry = f.NewBlock(BlockKind.If);
        var mem = entry.NewValue(Op.InitMem, IrType.Mem, default);
        var x = Arg(entry, 0);
        entry.Control = entry.NewValue(Op.Lt, IrType.Bool, default, x, Const(entry, 10));
        var a = f.NewBlock(BlockKind.Plain);
        var c = f.NewBlock(BlockKind.Plain);
        var join = f.NewBlock(BlockKind.Plain);
        entry.AddEdgeTo(a);
        entry.AddEdgeTo(c);
        var p3 = a.NewValue(Op.Mul, IrType.I64, default, x, Const(a, 3));
        var p5 = c.NewValue(Op.Mul, IrType.I64, default, x, Const(c, 5));
        a.AddEdgeTo(join);
        c.AddEdgeTo(join);
        var phi = join.NewValue(Op.Phi, IrType.I64, default, p3, p5);
        var y = join.NewValue(Op.Add, IrType.I64, default, phi, x);
        Ret(join, mem, y);
        // Without branch elimination, which would compute both products and select one with CSEL.
        foreach (var p in Pipeline.Passes.Where(p => p.Name != "branchelim")) p.Run(f);
        var order = BlockOrder.Compute(f);
        var ra = new RegAlloc(f, order);
        ra.Run();
        Assert.Equal(ra.Locations[p3], ra.Locations[p5]);
        Assert.Equal(ra.Locations[p3], ra.Locations[phi]); // no moves at the join
        Assert.NotEqual(ra.Locations[x], ra.Locations[phi]);
    }

    [Fact]
    public void SavedValuesAreReloadedOnlyWhereUsedAfterACall()
    {
        // v := x*x; g(); g(); return v — one save after the multiply, one reload before the return.
        var f = new Func("t", "t");
        f.ResultRegs.Add(0);
        var b = f.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        var x = Arg(b, 0);
        var v = b.NewValue(Op.Mul, IrType.I64, default, x, x);
        var c1 = b.NewValue(Op.StaticCall, IrType.Mem, default, mem);
        c1.Aux = Call("main.g", 0, 0);
        var c2 = b.NewValue(Op.StaticCall, IrType.Mem, default, c1);
        c2.Aux = Call("main.g", 0, 0);
        Ret(b, c2, v);
        foreach (var p in Pipeline.Passes) p.Run(f);
        var sb = new System.Text.StringBuilder();
        new FuncEmitter(f, sb, s => s).Emit();
        var asm = sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var calls = asm.Select((l, i) => (l, i)).Where(t => t.l.StartsWith("CALL")).Select(t => t.i).ToList();
        Assert.Equal(2, calls.Count);
        Assert.DoesNotContain(asm.Skip(calls[0] + 1).Take(calls[1] - calls[0] - 1), l => l.StartsWith("MOVD") && l.Contains("(RSP)"));
        Assert.Single(asm.Skip(calls[1] + 1), l => l.StartsWith("MOVD") && l.Contains("(RSP)"));
    }
}
