namespace Gosharp.Common.Diagnostics;

/// <summary>Collects diagnostics in the order they are reported; a stage stops when it has any errors.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    /// <summary>gc stops after 10 errors ("too many errors"); so do we.</summary>
    public int Limit { get; init; } = 10;

    public IReadOnlyList<Diagnostic> Items => items;
    public bool HasErrors => items.Count > 0;

    public void Add(Diagnostic d)
    {
        items.Add(d);
        if (items.Count >= Limit && Limit > 0)
        {
            items.Add(new Diagnostic(null, "too many errors"));
            throw new UserError(items.ToList());
        }
    }

    public void Add(SourcePos pos, string message) => Add(new Diagnostic(pos, message));

    /// <summary>Throws a <see cref="UserError"/> holding everything reported, if anything was.</summary>
    public void ThrowIfAny()
    {
        if (items.Count > 0) throw new UserError(items.ToList());
    }
}
