using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.IR;

/// <summary>Where one scalar part of an argument or result travels: a register, or the stack area.</summary>
public readonly record struct PartLoc(int Reg, long StackOffset, IrType Type)
{
    public bool InReg => Reg >= 0;
}

/// <summary>How one Go argument or result travels: its scalar leaves in registers, or the whole value on the stack.</summary>
public sealed record ValueLoc(GoType Type, bool InRegs, IReadOnlyList<(long Offset, IrType Type, int Reg)> Leaves, long StackOffset);

/// <summary>The register/stack assignment of a signature's arguments and results.</summary>
public sealed record AbiLayout(IReadOnlyList<ValueLoc> Args, IReadOnlyList<ValueLoc> Results, long StackSize)
{
    public IEnumerable<(long Offset, IrType Type, int Reg)> RegisterArgs => Args.Where(a => a.InRegs).SelectMany(a => a.Leaves);
    public IEnumerable<(long Offset, IrType Type, int Reg)> RegisterResults => Results.Where(a => a.InRegs).SelectMany(a => a.Leaves);
}

/// <summary>
/// gc's arm64 ABIInternal rules (abi-internal.md): each argument, then each result, is assigned to
/// registers as a whole, its scalar leaves taking the next of R0–R15 (integers, pointers) or F0–F15
/// (floats); structs and arrays of length ≤ 1 are taken apart recursively; a value that does not fit
/// (too few registers left, or an array longer than 1) goes on the stack instead, at its alignment in
/// the caller's outgoing area, arguments first, then results from the next word. ABI0 (assembly
/// functions) puts everything on the stack.
/// </summary>
public static class Abi
{
    public const int IntRegs = 16, FloatRegs = 16, FloatRegBase = 32;

    /// <summary>The scalar leaves of t with their offsets, or null when t cannot travel in registers.</summary>
    public static List<(long Offset, IrType Type)>? Leaves(GoType t)
    {
        var result = new List<(long, IrType)>();
        return AddLeaves(t, 0, result) ? result : null;
    }

    private static bool AddLeaves(GoType t, long off, List<(long, IrType)> acc)
    {
        switch (t.Underlying)
        {
            case StructType st:
            {
                var offs = Layout.Offsets(st);
                for (int i = 0; i < st.Fields.Length; i++)
                    if (!AddLeaves(st.Fields[i].Type, off + offs[i], acc)) return false;
                return true;
            }
            case ArrayType a:
                if (a.Len == 0) return true;
                if (a.Len > 1) return false;
                return AddLeaves(a.Elem, off, acc);
            default:
                var parts = Build.TypeParts.Of(t);
                if (parts == null) return false;
                var poffs = Build.TypeParts.Offsets(t);
                for (int i = 0; i < parts.Length; i++) acc.Add((off + poffs[i], parts[i]));
                return true;
        }
    }

    public static AbiLayout Assign(IReadOnlyList<GoType> args, IReadOnlyList<GoType> results, CallAbi abi)
    {
        long stack = 0;
        var argLocs = AssignList(args, abi, ref stack);
        stack = Layout.Align(stack, 8);
        var resLocs = AssignList(results, abi, ref stack);
        return new AbiLayout(argLocs, resLocs, Layout.Align(stack, 8));
    }

    private static List<ValueLoc> AssignList(IReadOnlyList<GoType> types, CallAbi abi, ref long stack)
    {
        var locs = new List<ValueLoc>();
        int nextInt = 0, nextFloat = 0;
        foreach (var t in types)
        {
            var leaves = abi == CallAbi.Internal ? Leaves(t) : null;
            if (leaves != null)
            {
                var ints = leaves.Count(l => !l.Type.IsFloat());
                var floats = leaves.Count - ints;
                if (nextInt + ints <= IntRegs && nextFloat + floats <= FloatRegs)
                {
                    var assigned = new List<(long, IrType, int)>();
                    foreach (var (off, lt) in leaves)
                        assigned.Add((off, lt, lt.IsFloat() ? FloatRegBase + nextFloat++ : nextInt++));
                    locs.Add(new ValueLoc(t, true, assigned, -1));
                    continue;
                }
            }
            stack = Layout.Align(stack, Math.Max(1, Layout.Alignof(t)));
            locs.Add(new ValueLoc(t, false, [], stack));
            stack += Layout.Sizeof(t);
        }
        return locs;
    }
}
