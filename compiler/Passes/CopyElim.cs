using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>Makes every use of a copy use the copied value; the copies then die.</summary>
public static class CopyElim
{
    public static void Run(Func f)
    {
        foreach (var b in f.Blocks)
        {
            foreach (var v in b.Values)
                for (int i = 0; i < v.Args.Count; i++)
                    if (v.Args[i].Op == Op.Copy && v.Args[i].Type == v.Args[i].Args[0].Type) v.Args[i] = v.Args[i].Resolve();
            if (b.Control is { Op: Op.Copy } c && c.Type == c.Args[0].Type) b.Control = c.Resolve();
        }
    }
}
