using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>One pass over a function: its name (for dumps), what it does, and whether it may be skipped.</summary>
public sealed record Pass(string Name, Action<Func> Run, bool Required);

/// <summary>
/// The optimization and lowering passes, in order: a list to read top to bottom (QBE's and gc's idea).
/// A package goes through <see cref="Early"/> function by function, then inlining (a pass over the
/// whole package: <see cref="Inline"/>), then <see cref="Late"/> function by function.
/// GOSHARPSSAFUNC=name dumps that function after every pass (to standard error); GOSHARPNOOPT=1 runs
/// only the required passes; GOSHARPVERIFY=1 runs the IR verifier after each.
/// </summary>
public static class Pipeline
{
    /// <summary>Clean-up before inlining, so a callee's cost is that of what it really computes.</summary>
    public static readonly IReadOnlyList<Pass> Early =
    [
        new("copyelim", CopyElim.Run, true),
        new("deadcode", DeadCode.Run, true),
        new("opt", ConstFold.Run, false),
        new("copyelim", CopyElim.Run, true),
        new("deadcode", DeadCode.Run, true),
        new("branch simplify", BranchSimplify.Run, false),
    ];

    public static readonly IReadOnlyList<Pass> Late =
    [
        new("hoist constants", HoistConst.Run, false),
        new("cse", Cse.Run, false),
        new("prove", Prove.Run, false),
        new("late opt", ConstFold.Run, false),
        new("late cse", Cse.Run, false),
        new("late deadcode", DeadCode.Run, true),
        new("late branch simplify", BranchSimplify.Run, false),
        new("branchelim", BranchElim.Run, false),
        new("lower", Lower.Run, true),
        new("combine", Combine.Run, false),
        new("lowered deadcode", DeadCode.Run, true),
        new("split critical edges", CriticalEdges.Run, true),
        new("schedule", Schedule.Run, true),
    ];

    /// <summary>Every per-function pass, in order.</summary>
    public static IReadOnlyList<Pass> Passes { get; } = [.. Early, .. Late];

    /// <summary>Run the IR verifier after every pass (tests turn this on; so does GOSHARPVERIFY=1).</summary>
    public static bool Verify { get; set; } = Environment.GetEnvironmentVariable("GOSHARPVERIFY") == "1";

    /// <summary>Skip the optional passes and inlining (GOSHARPNOOPT=1), to tell an optimization's bug from another.</summary>
    public static bool Optimize { get; set; } = Environment.GetEnvironmentVariable("GOSHARPNOOPT") != "1";

    /// <summary>A package's functions: the early passes, inlining across the package, the late passes.</summary>
    /// <param name="note">receives inlining decisions in gc's -m words, when -m asks for them.</param>
    public static void RunPackage(IReadOnlyList<Func> funcs, TextWriter? dump, Action<Gosharp.Common.Diagnostics.SourcePos, string>? note = null)
    {
        foreach (var f in funcs) RunPasses(f, Early, dump, first: true);
        if (Optimize)
        {
            Inline.Run(funcs, note);
            foreach (var f in funcs)
                if (Wants(f, dump)) dump!.Write($"=== {f.Name} after inline ===\n{f.Dump()}");
        }
        foreach (var f in funcs) RunPasses(f, Late, dump, first: false);
    }

    /// <summary>One function through every pass (no inlining).</summary>
    public static void Run(Func f, TextWriter? dump)
    {
        RunPasses(f, Early, dump, first: true);
        RunPasses(f, Late, dump, first: false);
    }

    private static bool Wants(Func f, TextWriter? dump) =>
        dump != null && Environment.GetEnvironmentVariable("GOSHARPSSAFUNC") is { } want && (want == f.Name || want == f.Symbol);

    private static void RunPasses(Func f, IReadOnlyList<Pass> passes, TextWriter? dump, bool first)
    {
        var dumpThis = Wants(f, dump);
        if (first)
        {
            if (dumpThis) dump!.Write($"=== {f.Name} after build ===\n{f.Dump()}");
            if (Verify) Verifier.Check(f, "build");
        }
        foreach (var p in passes)
        {
            if (!p.Required && !Optimize) continue;
            p.Run(f);
            if (dumpThis) dump!.Write($"=== {f.Name} after {p.Name} ===\n{f.Dump()}");
            if (Verify) Verifier.Check(f, p.Name, scheduled: p.Name == "schedule");
        }
    }
}
