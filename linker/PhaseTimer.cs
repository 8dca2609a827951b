using System.Diagnostics;
using System.Globalization;

namespace Gosharp.Linker;

/// <summary>
/// Times the linker's named phases; with -v they are printed as a table when the link ends, in the
/// spirit of mold's <c>--perf</c>: wall time per phase, with a note of what it did.
/// </summary>
public sealed class PhaseTimer(TextWriter? output)
{
    private readonly List<(string Name, TimeSpan Time, string Note)> phases = [];
    private readonly Stopwatch total = Stopwatch.StartNew();

    public IReadOnlyList<(string Name, TimeSpan Time, string Note)> Phases => phases;

    public T Run<T>(string name, Func<T> phase, Func<T, string>? note = null)
    {
        var sw = Stopwatch.StartNew();
        var result = phase();
        phases.Add((name, sw.Elapsed, note?.Invoke(result) ?? ""));
        return result;
    }

    public void Run(string name, Action phase) => Run<object?>(name, () => { phase(); return null; });

    public void Report()
    {
        if (output == null) return;
        output.WriteLine("     Real  Phase");
        foreach (var (name, time, note) in phases)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds,9:F6}  {name}{(note.Length > 0 ? "  (" + note + ")" : "")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total.Elapsed.TotalSeconds,9:F6}  total"));
    }
}
