using System.Diagnostics;

namespace Gosharp.TestSupport;

/// <summary>The result of running a program: exit status and everything it printed.</summary>
public sealed record ProcResult(int ExitCode, string Stdout, string Stderr)
{
    public string Combined => Stdout + Stderr;
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs external programs (oracles such as qemu-aarch64 and binutils, or the gosharp command).</summary>
public static class Proc
{
    public static ProcResult Run(string exe, IEnumerable<string> args, string? workDir = null,
        string? stdin = null, int timeoutMs = 120_000, IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin != null,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (env != null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + exe);
        var so = p.StandardOutput.ReadToEndAsync();
        var se = p.StandardError.ReadToEndAsync();
        if (stdin != null) { p.StandardInput.Write(stdin); p.StandardInput.Close(); }
        if (!p.WaitForExit(timeoutMs))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"{exe} {string.Join(' ', args)} did not finish in {timeoutMs} ms");
        }
        p.WaitForExit();
        return new ProcResult(p.ExitCode, so.Result, se.Result);
    }

    public static ProcResult Run(string exe, params string[] args) => Run(exe, (IEnumerable<string>)args);

    /// <summary>Runs and fails the test (with everything printed) unless the exit status is 0.</summary>
    public static ProcResult Check(string exe, params string[] args)
    {
        var r = Run(exe, args);
        if (r.ExitCode != 0) throw new InvalidOperationException($"{exe} {string.Join(' ', args)} failed: {r}");
        return r;
    }
}
