using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Makes every use of a copy use the copied value; the copies then die. A phi whose arguments are all
/// one value (or the phi itself) is a copy of that value.
/// </summary>
public static class CopyElim
{
    public static void Run(Func f)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var b in f.Blocks)
                foreach (var v in b.Values)
                {
                    if (v.Op != Op.Phi || v.Args.Count == 0) continue;
                    Value? only = null;
                    var trivial = true;
                    foreach (var a in v.Args)
                    {
                        var r = a.Resolve();
                        if (r == v) continue;
                        if (only != null && only != r) { trivial = false; break; }
                        only = r;
                    }
                    if (trivial && only != null && only.Type == v.Type) { v.BecomeCopy(only); changed = true; }
                }
        }
        foreach (var b in f.Blocks)
        {
            foreach (var v in b.Values)
                for (int i = 0; i < v.Args.Count; i++)
                    if (v.Args[i].Op == Op.Copy && v.Args[i].Type == v.Args[i].Args[0].Type) v.Args[i] = v.Args[i].Resolve();
            if (b.Control is { Op: Op.Copy } c && c.Type == c.Args[0].Type) b.Control = c.Resolve();
        }
    }
}
