using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Combines lowered arm64 operations into the richer forms the instruction set has (gc's ARM64.rules
/// in spirit): multiply-add and multiply-subtract, shifted second operands, register-offset and
/// scaled-index addressing, constant offsets folded into loads and stores, compare-with-zero branches
/// as CBZ/CBNZ, and AND-then-compare-with-zero as TST. A value is folded into its user only when
/// the user is its only use (or, for addresses, when every use is a memory access that can take the
/// form), so nothing is computed twice.
/// </summary>
public static class Combine
{
    private static readonly Dictionary<Op, Op> ShiftForms = new()
    {
        [Op.A64ADD] = Op.A64ADDshift, [Op.A64SUB] = Op.A64SUBshift, [Op.A64AND] = Op.A64ANDshift,
        [Op.A64ORR] = Op.A64ORRshift, [Op.A64EOR] = Op.A64EORshift, [Op.A64BIC] = Op.A64BICshift, [Op.A64CMP] = Op.A64CMPshift,
    };

    private static readonly Dictionary<Op, Shift> ShiftKinds = new()
    {
        [Op.A64LSLconst] = Shift.LL, [Op.A64LSRconst] = Shift.RL, [Op.A64ASRconst] = Shift.RA,
    };

    /// <summary>Access size of the plain load and store ops (their scaled index shifts by log2 of it).</summary>
    private static readonly Dictionary<Op, int> MemOps = new()
    {
        [Op.A64MOVBload] = 1, [Op.A64MOVBUload] = 1, [Op.A64MOVHload] = 2, [Op.A64MOVHUload] = 2,
        [Op.A64MOVWload] = 4, [Op.A64MOVWUload] = 4, [Op.A64MOVDload] = 8, [Op.A64FMOVSload] = 4, [Op.A64FMOVDload] = 8,
        [Op.A64MOVBstore] = 1, [Op.A64MOVHstore] = 2, [Op.A64MOVWstore] = 4, [Op.A64MOVDstore] = 8,
        [Op.A64FMOVSstore] = 4, [Op.A64FMOVDstore] = 8,
    };

    private static bool IsStore(Op op) => op is Op.A64MOVBstore or Op.A64MOVHstore or Op.A64MOVWstore or Op.A64MOVDstore or Op.A64FMOVSstore or Op.A64FMOVDstore;

    public static void Run(Func f)
    {
        // Lowering leaves comparisons it turned into flag branches behind: their uses do not count.
        DeadCode.Run(f);
        var uses = CountUses(f);
        foreach (var b in f.Blocks)
            foreach (var v in b.Values.ToList())
                if (!MulAdd(v, uses)) ShiftedOperand(v, uses);
        var users = Users(f);
        foreach (var b in f.Blocks)
            foreach (var v in b.Values.ToList())
                Address(v, users);
        uses = CountUses(f);
        foreach (var b in f.Blocks) Branch(b, uses);
        users = Users(f);
        foreach (var b in f.Blocks)
            foreach (var v in b.Values)
                TestBits(v, users);
    }

    /// <summary>The values using each value, and (as users with a null op position) block controls.</summary>
    private static Dictionary<Value, List<Value>> Users(Func f)
    {
        var users = new Dictionary<Value, List<Value>>(ReferenceEqualityComparer.Instance);
        foreach (var b in f.Blocks)
            foreach (var v in b.Values)
                foreach (var a in v.Args)
                {
                    if (!users.TryGetValue(a, out var l)) users[a] = l = [];
                    if (!l.Contains(v)) l.Add(v);
                }
        return users;
    }

    private static Dictionary<Value, int> CountUses(Func f)
    {
        var uses = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        void Use(Value v) => uses[v] = uses.GetValueOrDefault(v) + 1;
        foreach (var b in f.Blocks)
        {
            foreach (var v in b.Values)
                foreach (var a in v.Args) Use(a);
            if (b.Control != null) Use(b.Control);
        }
        return uses;
    }

    private static bool Single(Value v, Dictionary<Value, int> uses) => uses.GetValueOrDefault(v) == 1;

    /// <summary>x + y*z → MADD, x - y*z → MSUB, -(y*z) → MNEG.</summary>
    private static bool MulAdd(Value v, Dictionary<Value, int> uses)
    {
        if (v.Type.IsFloat()) return false;
        bool IsMul(Value m) => m.Op == Op.A64MUL && Single(m, uses) && m.Block == v.Block;
        switch (v.Op)
        {
            case Op.A64ADD:
                for (int i = 0; i < 2; i++)
                    if (IsMul(v.Args[i]))
                    {
                        var (m, x) = (v.Args[i], v.Args[1 - i]);
                        v.Op = Op.A64MADD;
                        v.SetArgs(m.Args[0], m.Args[1], x);
                        uses[m] = 0;
                        return true;
                    }
                return false;
            case Op.A64SUB when IsMul(v.Args[1]):
            {
                var m = v.Args[1];
                v.Op = Op.A64MSUB; // MSUB(q, y, x) = x - q*y
                v.SetArgs(m.Args[0], m.Args[1], v.Args[0]);
                uses[m] = 0;
                return true;
            }
            case Op.A64NEG when IsMul(v.Args[0]):
            {
                var m = v.Args[0];
                v.Op = Op.A64MNEG;
                v.SetArgs(m.Args[0], m.Args[1]);
                uses[m] = 0;
                return true;
            }
        }
        return false;
    }

    /// <summary>op(x, y SHIFT c) in one instruction when the shift has no other use.</summary>
    private static void ShiftedOperand(Value v, Dictionary<Value, int> uses)
    {
        if (!ShiftForms.TryGetValue(v.Op, out var form) || v.Args.Count != 2) return;
        var commutative = v.Op is Op.A64ADD or Op.A64AND or Op.A64ORR or Op.A64EOR;
        for (int i = commutative ? 0 : 1; i < 2; i++)
        {
            var s = v.Args[i];
            if (!ShiftKinds.TryGetValue(s.Op, out var kind) || !Single(s, uses) || s.AuxInt is <= 0 or >= 64) continue;
            var x = v.Args[1 - i];
            v.Op = form;
            v.Aux = kind;
            v.AuxInt = s.AuxInt;
            v.SetArgs(x, s.Args[0]);
            uses[s] = 0;
            return;
        }
    }

    /// <summary>Loads and stores at p+i, p+i&lt;&lt;log2(size), or p+c take the address apart.</summary>
    private static void Address(Value v, Dictionary<Value, List<Value>> users)
    {
        if (!MemOps.TryGetValue(v.Op, out var size)) return;
        var p = v.Args[0];
        switch (p.Op)
        {
            case Op.A64ADDconst when v.AuxInt + p.AuxInt is > -256 and < 1 << 24:
                v.AuxInt += p.AuxInt;
                v.Args[0] = p.Args[0];
                return;
            case Op.A64ADD when v.AuxInt == 0 && OnlyAddressOf(p, users, 0):
                ToIndexed(v, p.Args[0], p.Args[1], 0);
                return;
            case Op.A64ADDshift when v.AuxInt == 0 && (Shift)p.Aux! == Shift.LL && (1L << (int)p.AuxInt) == size && OnlyAddressOf(p, users, size):
                ToIndexed(v, p.Args[0], p.Args[1], p.AuxInt);
                return;
        }
    }

    /// <summary>
    /// Whether every use of address p is as the address (at offset 0) of a load or store (of the given
    /// size, unless 0): then all of them take the indexed form and p is no longer computed.
    /// </summary>
    private static bool OnlyAddressOf(Value p, Dictionary<Value, List<Value>> users, int size)
    {
        if (!users.TryGetValue(p, out var us)) return false;
        foreach (var u in us)
        {
            if (u.Op is Op.A64Loadidx or Op.A64Storeidx && u.Args[0] != p && u.Args[1] != p) continue; // folded already
            if (!MemOps.TryGetValue(u.Op, out var s) || (size != 0 && s != size) || u.AuxInt != 0 || u.Args[0] != p) return false;
            if (u.Args.Skip(1).Contains(p)) return false;
        }
        return true;
    }

    private static void ToIndexed(Value v, Value ptr, Value idx, long shift)
    {
        var plain = v.Op;
        var rest = v.Args.Skip(1).ToList(); // (mem) or (val, mem)
        v.Aux = plain;
        v.Op = IsStore(plain) ? Op.A64Storeidx : Op.A64Loadidx;
        v.AuxInt = shift;
        v.SetArgs([ptr, idx, .. rest]);
    }

    private static bool IsFlagBranch(BlockKind k) => k is BlockKind.A64EQ or BlockKind.A64NE;

    /// <summary>
    /// Branches on a register compared with 0, as gc's rules make them: x &amp; 2^k == 0 (or != 0) is
    /// TBZ/TBNZ $k, x when the AND has no other use; x &lt; 0 and x &gt;= 0 test the sign bit
    /// (TBNZ/TBZ $63: narrow values are kept sign-extended); x == 0 and x != 0 are CBZ/CBNZ x.
    /// </summary>
    private static void Branch(Block b, Dictionary<Value, int> uses)
    {
        if (b.Control is not { Op: Op.A64CMPconst, AuxInt: 0 } cmp) return;
        var x = cmp.Args[0];
        if (!x.Type.IsInt()) return;
        if (IsFlagBranch(b.Kind) && x.Op == Op.A64ANDconst && x.AuxInt != 0 && (x.AuxInt & (x.AuxInt - 1)) == 0 && Single(x, uses))
        {
            b.Kind = b.Kind == BlockKind.A64EQ ? BlockKind.A64TBZ : BlockKind.A64TBNZ;
            b.AuxInt = System.Numerics.BitOperations.Log2((ulong)x.AuxInt);
            b.Control = x.Args[0];
            uses[x] = 0;
            return;
        }
        if (b.Kind is BlockKind.A64LT or BlockKind.A64GE)
        {
            b.Kind = b.Kind == BlockKind.A64LT ? BlockKind.A64TBNZ : BlockKind.A64TBZ;
            b.AuxInt = 63;
            b.Control = x;
            return;
        }
        if (!IsFlagBranch(b.Kind)) return;
        b.Kind = b.Kind == BlockKind.A64EQ ? BlockKind.A64Z : BlockKind.A64NZ;
        b.Control = x;
    }

    /// <summary>(x &amp; c) compared with 0 for equality is TST $c, x.</summary>
    private static void TestBits(Value v, Dictionary<Value, List<Value>> users)
    {
        if (v.Op != Op.A64CMPconst || v.AuxInt != 0) return;
        var a = v.Args[0];
        if (a.Op is not (Op.A64ANDconst or Op.A64AND) || !users.TryGetValue(a, out var au) || au.Count != 1) return;
        if (v.Block.Func.Blocks.Any(b => b.Control == a)) return;
        // Only EQ/NE readers: TST leaves C and V clear, unlike the compare it replaces.
        if (users.TryGetValue(v, out var readers) && readers.Any(u => !(u.Op == Op.A64CSET && u.Aux is Cond.EQ or Cond.NE))) return;
        var controls = v.Block.Func.Blocks.Where(b => b.Control == v).ToList();
        if (controls.Any(b => !IsFlagBranch(b.Kind))) return;
        if (a.Op == Op.A64ANDconst) { v.Op = Op.A64TSTconst; v.AuxInt = a.AuxInt; v.SetArgs(a.Args[0]); }
        else { v.Op = Op.A64TST; v.AuxInt = 0; v.SetArgs(a.Args[0], a.Args[1]); }
    }
}
