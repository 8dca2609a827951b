using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Moves constants and symbol addresses to the entry block: out of loops, and next to each other so
/// CSE makes one of each. Costs nothing where they are cheap (the register allocator recomputes
/// them at each use); a loop that uses an expensive one (a wide integer, a float, an address) finds
/// it in a register.
/// </summary>
public static class HoistConst
{
    public static void Run(Func f)
    {
        var entry = f.Entry;
        foreach (var b in f.Blocks)
        {
            if (b == entry) continue;
            var moved = b.Values.Where(v => v.Op is Op.Const or Op.ConstF or Op.Addr && v.Args.Count == 0).ToList();
            foreach (var v in moved)
            {
                b.Values.Remove(v);
                v.Block = entry;
                entry.Values.Add(v);
            }
        }
    }
}
