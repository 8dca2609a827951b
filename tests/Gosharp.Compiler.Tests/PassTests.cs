using Gosharp.Compiler.Arm64;
using Gosharp.Compiler.IR;
using Gosharp.Compiler.Passes;

namespace Gosharp.Compiler.Tests;

/// <summary>Passes on small hand-built functions: what each must do, and that the IR stays valid.</summary>
public class PassTests
{
    private static (Func F, Block B, Value Mem) NewFunc()
    {
        var f = new Func("t", "t");
        var b = f.NewBlock(BlockKind.Plain);
        var mem = b.NewValue(Op.InitMem, IrType.Mem, default);
        return (f, b, mem);
    }

    private static Value Const(Block b, long c, IrType t = IrType.I64)
    {
        var v = b.NewValue(Op.Const, t, default);
        v.AuxInt = c;
        return v;
    }

    private static void Ret(Block b, Value mem, params Value[] results)
    {
        b.Kind = BlockKind.Ret;
        b.Control = b.NewValue(Op.Return, IrType.Mem, default, [.. results, mem]);
    }

    [Fact]
    public void ConstFoldFoldsArithmeticWithWraparound()
    {
        var (f, b, mem) = NewFunc();
        var sum = b.NewValue(Op.Add, IrType.I64, default, Const(b, long.MaxValue), Const(b, 1));
        var ext = b.NewValue(Op.Ext, IrType.I8, default, Const(b, 0x1ff));
        ext.AuxInt = 8; // sign-extend the low byte: 0xff is -1
        var div = b.NewValue(Op.Div, IrType.I64, default, Const(b, long.MinValue), Const(b, -1));
        Ret(b, mem, sum, ext, div);
        ConstFold.Run(f);
        Verifier.Check(f, "test");
        var results = b.Control!.Args.Take(3).Select(v => v.Resolve()).ToList();
        Assert.All(results, v => Assert.Equal(Op.Const, v.Op));
        Assert.Equal(long.MinValue, results[0].AuxInt);
        Assert.Equal(-1, results[1].AuxInt);
        Assert.Equal(long.MinValue, results[2].AuxInt); // Go: MinInt64 / -1 == MinInt64
    }

    [Fact]
    public void ConstantBranchBecomesJumpAndDeadCodeRemovesTheOtherSide()
    {
        var (f, b, mem) = NewFunc();
        var yes = f.NewBlock(BlockKind.Plain);
        var no = f.NewBlock(BlockKind.Plain);
        b.Kind = BlockKind.If;
        b.Control = b.NewValue(Op.Lt, IrType.Bool, default, Const(b, 1), Const(b, 2));
        b.AddEdgeTo(yes);
        b.AddEdgeTo(no);
        Ret(yes, mem);
        Ret(no, mem);
        ConstFold.Run(f);
        DeadCode.Run(f);
        Verifier.Check(f, "test");
        Assert.Equal(BlockKind.Plain, b.Kind);
        Assert.Equal([yes], b.Succs);
        Assert.DoesNotContain(no, f.Blocks);
    }

    [Fact]
    public void DeadCodeKeepsEffectsAndDropsUnusedValues()
    {
        var (f, b, mem) = NewFunc();
        var unused = b.NewValue(Op.Mul, IrType.I64, default, Const(b, 6), Const(b, 7));
        var addr = b.NewValue(Op.Addr, IrType.Ptr, default);
        addr.Aux = "x";
        var store = b.NewValue(Op.Store, IrType.Mem, default, addr, Const(b, 1), mem);
        Ret(b, store);
        DeadCode.Run(f);
        Verifier.Check(f, "test");
        Assert.DoesNotContain(unused, b.Values);
        Assert.Contains(store, b.Values);
    }

    [Fact]
    public void VerifierRejectsUseNotDominatedByDefinition()
    {
        var (f, b, mem) = NewFunc();
        var left = f.NewBlock(BlockKind.Plain);
        var right = f.NewBlock(BlockKind.Plain);
        var join = f.NewBlock(BlockKind.Plain);
        b.Kind = BlockKind.If;
        b.Control = b.NewValue(Op.Arg, IrType.Bool, default);
        b.AddEdgeTo(left);
        b.AddEdgeTo(right);
        var onlyLeft = Const(left, 5);
        left.AddEdgeTo(join);
        right.AddEdgeTo(join);
        Ret(join, mem, onlyLeft);
        var e = Assert.Throws<Verifier.IrError>(() => Verifier.Check(f, "test"));
        Assert.Contains("does not dominate", e.Message);
    }

    [Fact]
    public void VerifierRejectsPhiWithWrongArgumentCount()
    {
        var (f, b, mem) = NewFunc();
        var next = f.NewBlock(BlockKind.Plain);
        b.AddEdgeTo(next);
        var phi = next.NewValue(Op.Phi, IrType.I64, default, Const(b, 1), Const(b, 2));
        Ret(next, mem, phi);
        Assert.Throws<Verifier.IrError>(() => Verifier.Check(f, "test"));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(4095, true)]
    [InlineData(4096, true)]      // 1 << 12: the shifted form
    [InlineData(4097, false)]
    [InlineData(0xfff000, true)]
    [InlineData(0x1000000, false)]
    [InlineData(-1, false)]
    public void AddImmediates(long c, bool fits) => Assert.Equal(fits, Lower.AddImm(c));

    /// <summary>
    /// Bitmask immediates, checked against the definition: every element size 2..64, every run length
    /// and rotation, replicated to 64 bits. The lowering must accept exactly these.
    /// </summary>
    [Fact]
    public void LogicalImmediatesMatchTheArchitectureDefinition()
    {
        var valid = new HashSet<ulong>();
        for (int size = 2; size <= 64; size *= 2)
            for (int ones = 1; ones < size; ones++)
                for (int rot = 0; rot < size; rot++)
                {
                    ulong mask = size == 64 ? ulong.MaxValue : (1UL << size) - 1;
                    ulong run = (1UL << ones) - 1;
                    ulong elem = rot == 0 ? run : ((run >> rot) | (run << (size - rot))) & mask;
                    ulong v = 0;
                    for (int i = 0; i < 64; i += size) v |= elem << i;
                    valid.Add(v);
                }
        Assert.Equal(5334, valid.Count); // the architecture's count of distinct 64-bit bitmask immediates
        foreach (var v in valid) Assert.True(Lower.LogicalImm((long)v), $"{v:x} should be encodable");
        var rng = new Random(1);
        for (int i = 0; i < 20000; i++)
        {
            var v = (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40);
            Assert.Equal(valid.Contains(v), Lower.LogicalImm((long)v));
        }
        Assert.False(Lower.LogicalImm(0));
        Assert.False(Lower.LogicalImm(-1));
    }

    [Fact]
    public void ScheduleKeepsLoadsBeforeTheStoreThatReplacesTheirMemory()
    {
        var (f, b, mem) = NewFunc();
        var addr = b.NewValue(Op.Addr, IrType.Ptr, default);
        addr.Aux = "x";
        var store = b.NewValue(Op.Store, IrType.Mem, default, addr, Const(b, 1), mem);
        var load = b.NewValue(Op.Load, IrType.I64, default, addr, mem); // reads the old memory
        // Put the load after the store in the block's list: the scheduler must move it first.
        Ret(b, store, load);
        Schedule.Run(f);
        Verifier.Check(f, "test", scheduled: true);
        Assert.True(b.Values.IndexOf(load) < b.Values.IndexOf(store));
    }

    [Fact]
    public void ParallelMoveResolvesCycles()
    {
        // r0←r1, r1←r2, r2←r0 (a rotation) plus r3←r0.
        var regs = new Dictionary<int, int> { [0] = 100, [1] = 101, [2] = 102, [3] = 103, [Registers.Scratch2] = 0 };
        var moves = new List<(Loc, Loc, bool)>
        {
            (Loc.InReg(1), Loc.InReg(0), false), (Loc.InReg(2), Loc.InReg(1), false),
            (Loc.InReg(0), Loc.InReg(2), false), (Loc.InReg(0), Loc.InReg(3), false),
        };
        ParallelMove.Resolve(moves, (src, dst, _) => regs[dst.Reg] = regs[src.Reg]);
        Assert.Equal(101, regs[0]);
        Assert.Equal(102, regs[1]);
        Assert.Equal(100, regs[2]);
        Assert.Equal(100, regs[3]);
    }
}
