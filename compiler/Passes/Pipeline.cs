using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>One pass over a function: its name (for dumps), what it does, and whether it may be skipped.</summary>
public sealed record Pass(string Name, Action<Func> Run, bool Required);

/// <summary>
/// The optimization and lowering passes, in order: a list to read top to bottom (QBE's and gc's idea).
/// GOSHARPSSAFUNC=name dumps that function after every pass (to standard error).
/// </summary>
public static class Pipeline
{
    public static readonly IReadOnlyList<Pass> Passes =
    [
        new("copyelim", CopyElim.Run, true),
        new("deadcode", DeadCode.Run, true),
        new("opt", ConstFold.Run, false),
        new("copyelim", CopyElim.Run, true),
        new("deadcode", DeadCode.Run, true),
        new("lower", Lower.Run, true),
        new("lowered deadcode", DeadCode.Run, true),
        new("split critical edges", CriticalEdges.Run, true),
        new("schedule", Schedule.Run, true),
    ];

    /// <summary>Run the IR verifier after every pass (tests turn this on; so does GOSHARPVERIFY=1).</summary>
    public static bool Verify { get; set; } = Environment.GetEnvironmentVariable("GOSHARPVERIFY") == "1";

    public static void Run(Func f, TextWriter? dump)
    {
        var dumpThis = dump != null && (Environment.GetEnvironmentVariable("GOSHARPSSAFUNC") is { } want && (want == f.Name || want == f.Symbol));
        if (dumpThis) dump!.Write($"=== {f.Name} after build ===\n{f.Dump()}");
        if (Verify) Verifier.Check(f, "build");
        foreach (var p in Passes)
        {
            p.Run(f);
            if (dumpThis) dump!.Write($"=== {f.Name} after {p.Name} ===\n{f.Dump()}");
            if (Verify) Verifier.Check(f, p.Name, scheduled: p.Name == "schedule");
        }
    }
}
